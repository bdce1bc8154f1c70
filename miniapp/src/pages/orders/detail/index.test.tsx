import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { couponOrder, pickupOrder } from '../../../../../mocks/src/graphql/index.ts'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import OrderDetail from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const feedback = vi.hoisted(() => ({ toast: vi.fn(), confirmDialog: vi.fn(async () => true), callPhone: vi.fn() }))
vi.mock('@/services/feedback', () => feedback)
const msw = useMswServer()

beforeEach(() => {
  localStorage.clear()
  navigationMock.pageParams = { id: pickupOrder.id }
  navigationMock.openCart.mockClear()
  for (const fn of Object.values(feedback)) fn.mockClear()
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

it('shows when each step happened, and calls the store from 联系门店', async () => {
  render(<OrderDetail />)
  await screen.findByText('482916')
  const times = [...document.querySelectorAll('.timeline__meta')].map((node) => node.textContent!.split(' · ')[0])
  expect(times).toHaveLength(4)
  for (const time of times) expect(time).toMatch(/\d{2}:\d{2}/)
  expect(screen.getByText('静安寺店')).toBeTruthy()
  fireEvent.click(screen.getByText('联系门店'))
  expect(feedback.callPhone).toHaveBeenCalledWith('021-62481234')
})

it('再来一单 names the lines the store can no longer sell, and goes to the cart from there', async () => {
  render(<OrderDetail />)
  fireEvent.click(await screen.findByText('再来一单'))
  expect(await screen.findByText('「海苔薯片 70g」已售罄')).toBeTruthy()
  expect(navigationMock.openCart).not.toHaveBeenCalled()
  fireEvent.click(screen.getByText('去购物车'))
  expect(navigationMock.openCart).toHaveBeenCalled()
})

it('asks before requesting a refund, and sends nothing when the shopper declines', async () => {
  const asked: string[] = []
  msw.use(graphql.mutation('RequestRefund', ({ variables }) => {
    asked.push(variables.reason as string)
    return HttpResponse.json({ data: { requestRefund: { ...pickupOrder, status: 'REFUND_REQUESTED', statusLabel: '退款审核中' } } })
  }))
  feedback.confirmDialog.mockResolvedValueOnce(false)
  render(<OrderDetail />)
  fireEvent.click(await screen.findByText('申请退款'))
  fireEvent(document.querySelector('.refund-form__reason')!, new CustomEvent('input', { detail: { value: '买错了' } }))
  fireEvent.click(screen.getByText('提交申请'))
  await waitFor(() => expect(feedback.confirmDialog).toHaveBeenCalledWith('申请退款', '提交后由门店审核，确定申请退款吗？'))
  expect(asked).toEqual([])
})

it('names the product the store supplied instead (换货) under the line', async () => {
  const substituted = { ...pickupOrder, items: pickupOrder.items.map((item, i) => (i === 1 ? { ...item, substitute: { name: '海苔薯片 50g' } } : item)) }
  msw.use(graphql.query('Order', () => HttpResponse.json({ data: { order: substituted } })))
  render(<OrderDetail />)
  const line = (await screen.findByText('已换为 海苔薯片 50g')).closest('.order-item')!
  expect(line.textContent).toContain('海苔薯片 70g ×1')
  expect(document.querySelectorAll('.order-item__substitute')).toHaveLength(1)
})
