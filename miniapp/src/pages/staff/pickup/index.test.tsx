import { fireEvent, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

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
import { eventually, recordStaffRequests, renderStaffPage } from '@/test/staff-page'

import StaffPickupPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresClerk, ...staffHandlers))

const key = (label: string) => screen.getByRole('button', { name: label })
const typeOnPad = (digits: string) => [...digits].forEach((digit) => fireEvent.click(key(digit)))
const shownDigits = () => [...document.querySelectorAll('.handover__digit')].map((d) => d.textContent).join('')

describe('pickup verification', () => {
  it('the 6th digit on the pad looks the order up; 确认交付 hands it over, in full-width green', async () => {
    await renderStaffPage(<StaffPickupPage />)
    typeOnPad('4829')
    expect(shownDigits()).toBe('4829')
    fireEvent.click(key('删除'))
    typeOnPad('91')
    expect(shownDigits()).toBe('48291')
    expect(requests.sent.StaffLookupPickup).toBeUndefined()
    typeOnPad('6')

    const order = await screen.findByTestId('pickup-order', {}, { timeout: 5000 })
    expect(requests.sent.StaffLookupPickup).toEqual({ storeId: '1', code: '482916' })
    expect(order.className).toContain('handover__result--ok')
    expect(order.querySelector('.handover__result-title')!.textContent).toBe('✓ 取货码正确')
    expect(order.querySelector('.handover__tail')!.textContent).toBe(readyPickupOrder.orderNo.slice(-6))
    expect(order.textContent).toContain('测试饮料1号 500ml×2瓶')
    // The code is not on screen once checked.
    expect(document.body.textContent).not.toContain('482916')
    expect(requests.sent.StaffConfirmPickup).toBeUndefined()

    fireEvent.click(screen.getByText('确认交付'))
    await eventually(() => expect(screen.getByTestId('pickup-order').querySelector('.handover__result-title')!.textContent).toBe('✓ 已交付'))
    expect(requests.sent.StaffConfirmPickup).toEqual({ storeId: '1', code: '482916' })

    fireEvent.click(screen.getByText('下一位'))
    expect(screen.queryByTestId('pickup-order')).toBeNull()
    expect(shownDigits()).toBe('')
  })

  it('清空 starts the code again without looking anything up', async () => {
    await renderStaffPage(<StaffPickupPage />)
    typeOnPad('48291')
    fireEvent.click(key('清空'))
    expect(shownDigits()).toBe('')
    typeOnPad('7')
    expect(shownDigits()).toBe('7')
    expect(requests.sent.StaffLookupPickup).toBeUndefined()
  })

  it.each([
    ['PICKUP_CODE_INVALID', '取货码无效，请核对后重试（还可尝试4次）'],
    ['RATE_LIMITED', '核销失败次数过多，已锁定，请10分钟后再试，或请店长解锁'],
  ] as const)('a code refused with %s is a full-width red failure saying why, with no handover', async (code, message) => {
    server.use(staffLookupPickupRefused(code))
    await renderStaffPage(<StaffPickupPage />)
    typeOnPad('000000')
    const refused = await screen.findByTestId('pickup-refused', {}, { timeout: 10_000 })
    expect(refused.className).toContain('handover__result--bad')
    expect(refused.textContent).toBe(`✗ 核销失败${message}`)
    expect(screen.queryByText('确认交付')).toBeNull()
    // The next digit starts a new code.
    typeOnPad('1')
    expect(screen.queryByTestId('pickup-refused')).toBeNull()
    expect(shownDigits()).toBe('1')
  })
})

describe('the pickup lock', () => {
  it('the manager sees a locked clerk on 核销 and lifts the lock', async () => {
    server.use(staffStoresManager, ...staffPickupLocksHandlers())
    await renderStaffPage(<StaffPickupPage />)
    const locks = await screen.findByTestId('pickup-locks', {}, { timeout: 10_000 })
    expect(locks.textContent).toContain('店员小王 · 错误5次 · 锁定至14:10')
    fireEvent.click(screen.getByText('解锁'))
    expect((await screen.findByText('已为店员小王解锁', {}, { timeout: 10_000 })).className).toContain('staff__ok')
    expect(requests.sent.StaffLiftPickupLock).toEqual({ storeId: '1', staffUserId: lockedClerk.staffUserId })
    expect(screen.queryByText('解锁')).toBeNull()
  })

  it('a clerk is not shown the locks (a manager’s call)', async () => {
    server.use(...staffPickupLocksHandlers())
    await renderStaffPage(<StaffPickupPage />)
    await screen.findByText('输入顾客的6位取货码，输满自动核对', {}, { timeout: 10_000 })
    expect(requests.sent.StaffPickupLocks).toBeUndefined()
    expect(screen.queryByTestId('pickup-locks')).toBeNull()
  })
})
