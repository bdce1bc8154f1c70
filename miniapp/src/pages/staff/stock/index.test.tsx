import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  staffHandlers,
  staffSetStockCountBelowReserved,
  staffStoresClerk,
} from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { recordStaffRequests, renderStaffPage, staffInput, typeInto } from '@/test/staff-page'

import StaffStockPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresClerk, ...staffHandlers))
afterEach(() => vi.useRealTimers())

it('a count below what open orders hold is refused with the reason, and the stock shown stays as it was', async () => {
  server.use(staffSetStockCountBelowReserved)
  await renderStaffPage(<StaffStockPage />)
  typeInto(staffInput('商品编号或条码'), '1')
  fireEvent.click(screen.getByText('查询库存'))
  const line = '测试饮料1号 500ml：在架 12，订单占用 3，可售 9'
  await screen.findByText(line)
  typeInto(staffInput('盘点数量'), '2')
  typeInto(staffInput('原因（必填）'), '盘点')
  fireEvent.click(screen.getByText('更新库存'))
  expect((await screen.findByText('未完成订单已占用3件，库存不能少于3')).className).toContain('staff-layout__error')
  expect(requests.sent.StaffSetStockCount).toEqual({ storeId: '1', productId: '1', onHand: 2, reason: '盘点' })
  expect(screen.getByText(line)).toBeTruthy()
})
