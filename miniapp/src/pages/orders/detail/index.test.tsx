import { render, screen } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { couponOrder, pickupOrder } from '../../../../../mocks/src/graphql/index.ts'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import OrderDetail from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const msw = useMswServer()

beforeEach(() => {
  localStorage.clear()
  navigationMock.pageParams = { id: pickupOrder.id }
})

it('shows the pickup code, its QR and the status timeline of a pickup order', async () => {
  render(<OrderDetail />)
  expect((await screen.findByText('482916')).className).toContain('pickup__code')
  expect(document.querySelector('.pickup__qr')).toBeTruthy()
  expect(screen.getAllByText('待取货')[0]).toBeTruthy()
  const events = [...document.querySelectorAll('.timeline__status')].map((node) => node.textContent)
  expect(events).toEqual(['已下单，待支付', '已支付', '门店拣货中', '已备好，待取货'])
  expect(screen.getByText('申请退款')).toBeTruthy()
  expect(screen.queryByText('取消订单')).toBeNull()
})

/** The order page's money rows as [label, signed fen]. */
function amountRows(): Array<[string, number]> {
  return [...document.querySelectorAll('.order-amounts .price-row')].map((row) => {
    const label = row.querySelector('.price-row__label')!.textContent!
    const amount = row.querySelector('.price-row__amount')!.textContent!
    const [, sign, yuan] = /^([-+]?)¥([\d.]+)$/.exec(amount)!
    return [label, Math.round(Number(yuan) * 100) * (sign === '-' ? -1 : 1)]
  })
}

it("shows every step of the order's price, the coupon included, and they add up to 实付", async () => {
  navigationMock.pageParams = { id: couponOrder.id }
  msw.use(graphql.query('Order', () => HttpResponse.json({ data: { order: couponOrder } })))
  render(<OrderDetail />)
  await screen.findByText('实付')

  const rows = amountRows()
  expect(rows).toEqual([
    ['商品金额', 10500],
    ['满减优惠', -1000],
    ['优惠券', -500],
    ['积分抵扣（1280积分）', -1280],
    ['配送费', 500],
    ['实付', 8220],
  ])
  const total = rows.pop()!
  expect(rows.reduce((sum, [, fen]) => sum + fen, 0)).toBe(total[1])
  // No other amount on the page competes with the breakdown's.
  const section = document.querySelector('.order-amounts')!.parentElement!
  const amountsElsewhere = [...section.querySelectorAll('*')].filter(
    (node) => node.children.length === 0 && /¥/.test(node.textContent ?? '') && !node.closest('.order-amounts'),
  )
  expect(amountsElsewhere.map((node) => node.textContent)).toEqual([])
})
