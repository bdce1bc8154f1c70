import { fireEvent, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { auditTrailHandler, staffQueueEmpty, staffStoresManager } from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { button, eventually, recordStaffRequests, renderStaffPage } from '@/test/staff-page'

import StaffAuditPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
vi.mock('@/services/navigation', async (importOriginal) => ({ ...(await importOriginal<object>()), usePageParams: () => ({}) }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => server.use(staffStoresManager, staffQueueEmpty, auditTrailHandler))

const entries = () => screen.queryAllByTestId('audit-entry')

it('shows the store’s changes newest first, page by page, each with who and what changed', async () => {
  await renderStaffPage(<StaffAuditPage />)
  await eventually(() => expect(entries()).toHaveLength(20))
  expect(requests.sent.AuditTrail).toEqual({ storeId: '1', kind: null, actorUserId: null, after: null })
  expect(screen.getAllByText('邀请员工').length).toBeGreaterThan(0)
  expect(screen.getAllByText('角色：（无） → 店员').length).toBeGreaterThan(0)
  fireEvent.click(button('加载更多'))
  await eventually(() => expect(entries()).toHaveLength(25))
  expect(screen.queryByText('加载更多')).toBeNull()
})

it('filters by kind and by the person tapped', async () => {
  await renderStaffPage(<StaffAuditPage />)
  await eventually(() => expect(entries()).toHaveLength(20))
  fireEvent.click(screen.getByText('人员', { selector: '[role=button]' }))
  await eventually(() => expect(entries()).toHaveLength(12))
  expect(requests.sent.AuditTrail).toMatchObject({ kind: 'staff' })

  fireEvent.click(screen.getByText('全部', { selector: '[role=button]' }))
  await eventually(() => expect(entries()).toHaveLength(20))
  fireEvent.click(screen.getAllByText('总部运营小陈')[0]!)
  await eventually(() => expect(entries()).toHaveLength(13))
  expect(requests.sent.AuditTrail).toMatchObject({ actorUserId: '00000000-0000-4000-8000-000000000006' })
  fireEvent.click(screen.getByText('只看 总部运营小陈 · 点此显示全部人员'))
  await eventually(() => expect(entries()).toHaveLength(20))
})
