import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import {
  lockedClerk,
  readyPickupOrder,
  staffHandlers,
  staffLookupPickupRefused,
  staffPickupLocksHandlers,
  staffStoresClerk,
  staffStoresManager,
} from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { recordStaffRequests, renderStaffPage, staffInput, typeInto } from '@/test/staff-page'

import StaffPickupPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresClerk, ...staffHandlers))
afterEach(() => vi.useRealTimers())

describe('pickup verification', () => {
  it('shows the order of a typed code, then hands it over on confirmation', async () => {
    await renderStaffPage(<StaffPickupPage />)
    typeInto(staffInput('或输入6位取货码'), '482916')
    fireEvent.click(screen.getByText('查询'))
    const order = await screen.findByTestId('pickup-order')
    expect(requests.sent.StaffLookupPickup).toEqual({ storeId: '1', code: '482916' })
    expect(order.textContent).toContain(`${readyPickupOrder.orderNo.slice(-6)} · 待取货 · ¥12.90`)
    expect(order.textContent).toContain('测试饮料1号 500ml ×2瓶')
    expect(requests.sent.StaffConfirmPickup).toBeUndefined()

    fireEvent.click(screen.getByText('确认交付'))
    expect((await screen.findByText(`订单 ${readyPickupOrder.orderNo.slice(-6)} 已取货`)).className).toContain('staff__ok')
    expect(requests.sent.StaffConfirmPickup).toEqual({ storeId: '1', code: '482916' })
    expect(screen.queryByTestId('pickup-order')).toBeNull()
  })

  it.each([
    ['PICKUP_CODE_INVALID', '取货码无效，请核对后重试（还可尝试4次）'],
    ['RATE_LIMITED', '核销失败次数过多，已锁定，请10分钟后再试，或请店长解锁'],
  ] as const)('says why in Chinese when the code is refused with %s, and offers no handover', async (code, message) => {
    server.use(staffLookupPickupRefused(code))
    await renderStaffPage(<StaffPickupPage />)
    typeInto(staffInput('或输入6位取货码'), '000000')
    fireEvent.click(screen.getByText('查询'))
    expect((await screen.findByText(message)).className).toContain('staff-layout__error')
    expect(screen.queryByTestId('pickup-order')).toBeNull()
    expect(screen.queryByText('确认交付')).toBeNull()
  })
})

describe('the pickup lock', () => {
  it('the manager sees a locked clerk on 核销 and lifts the lock', async () => {
    server.use(staffStoresManager, ...staffPickupLocksHandlers())
    await renderStaffPage(<StaffPickupPage />)
    const locks = await screen.findByTestId('pickup-locks')
    expect(locks.textContent).toContain('店员小王 · 错误5次 · 锁定至14:10')
    fireEvent.click(screen.getByText('解锁'))
    expect((await screen.findByText('已为店员小王解锁')).className).toContain('staff__ok')
    expect(requests.sent.StaffLiftPickupLock).toEqual({ storeId: '1', staffUserId: lockedClerk.staffUserId })
    expect(screen.queryByText('解锁')).toBeNull()
  })

  it('a clerk is not shown the locks (a manager’s call)', async () => {
    server.use(...staffPickupLocksHandlers())
    await renderStaffPage(<StaffPickupPage />)
    await screen.findByText('查询')
    expect(requests.sent.StaffPickupLocks).toBeUndefined()
    expect(screen.queryByTestId('pickup-locks')).toBeNull()
  })
})
