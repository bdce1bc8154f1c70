import { render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { pickupOrder } from '../../../../../mocks/src/graphql/index.ts'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import OrderDetail from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
useMswServer()

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
