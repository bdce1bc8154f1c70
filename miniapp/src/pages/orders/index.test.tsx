import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { couponOrder, pickupOrder } from '../../../../mocks/src/graphql/index.ts'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Orders from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const feedback = vi.hoisted(() => ({ toast: vi.fn(), confirmDialog: vi.fn(async () => true), callPhone: vi.fn() }))
vi.mock('@/services/feedback', () => feedback)
const msw = useMswServer()

const unpaid = { ...couponOrder, id: 'o-unpaid', status: 'PENDING_PAYMENT' as const, statusLabel: '待支付', pickupCode: null }
const done = {
  ...couponOrder,
  id: 'o-done',
  status: 'COMPLETED' as const,
  statusLabel: '已完成',
  items: [{ ...couponOrder.items[0]!, image: { thumb: 'https://img.example/gift-240.jpg' } }],
}
const ALL = [unpaid, pickupOrder, done]
const asked: Array<string[] | null> = []

beforeEach(() => {
  asked.length = 0
  navigationMock.openOrder.mockClear()
  navigationMock.openCart.mockClear()
  feedback.toast.mockClear()
  msw.use(
    graphql.query('MyOrders', ({ variables }) => {
      const status = (variables.status as string[] | null) ?? null
      asked.push(status)
      return HttpResponse.json({ data: { myOrders: ALL.filter((order) => !status || status.includes(order.status)) } })
    }),
  )
})

const cards = () => [...document.querySelectorAll('.order-card')].map((card) => card.getAttribute('data-order-id'))

it('filters by status tab on the server', async () => {
  render(<Orders />)
  await waitFor(() => expect(cards()).toEqual(['o-unpaid', pickupOrder.id, 'o-done']))
  fireEvent.click(screen.getByText('待付款'))
  await waitFor(() => expect(cards()).toEqual(['o-unpaid']))
  fireEvent.click(screen.getByText('进行中'))
  await waitFor(() => expect(cards()).toEqual([pickupOrder.id]))
  fireEvent.click(screen.getByText('退款售后'))
  expect(await screen.findByText('没有退款售后的订单')).toBeTruthy()
  expect(asked).toEqual([null, ['PENDING_PAYMENT'], ['PAID', 'PICKING', 'READY_FOR_PICKUP', 'OUT_FOR_DELIVERY'], ['REFUND_REQUESTED', 'REFUNDED']])
  expect(document.querySelector('.orders-tab--active')!.textContent).toBe('退款售后')
})

it('shows thumbnails (a placeholder tile when a product has no image) and the next action of each order', async () => {
  render(<Orders />)
  await waitFor(() => expect(cards()).toHaveLength(3))
  const actions = [...document.querySelectorAll('.order-card__action')].map((node) => node.textContent)
  expect(actions).toEqual(['去支付', '查看取货码', '再来一单'])
  const done = document.querySelector('[data-order-id="o-done"]')!
  expect(done.querySelector('.order-thumb')!.getAttribute('src')).toBe('https://img.example/gift-240.jpg')
  const pickup = document.querySelector(`[data-order-id="${pickupOrder.id}"]`)!
  expect(pickup.querySelectorAll('.order-thumb--placeholder')).toHaveLength(2)

  fireEvent.click(screen.getByText('去支付'))
  expect(navigationMock.openOrder).toHaveBeenCalledWith('o-unpaid')
  fireEvent.click(screen.getByText('再来一单'))
  await waitFor(() => expect(navigationMock.openCart).toHaveBeenCalled())
  expect(feedback.toast).toHaveBeenCalledWith('「海苔薯片 70g」已售罄，其余已加入购物车')
})
