import { fireEvent, screen, within } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { peopleHandlers, peopleOfStoreA, rolesHandlers, staffQueueEmpty, staffStoresHqAdmin, staffStoresManager } from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { button, confirmDialog, eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffPeoplePage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const params = vi.hoisted(() => ({ scope: undefined as string | undefined }))
vi.mock('@/services/navigation', async (importOriginal) => ({ ...(await importOriginal<object>()), usePageParams: () => params }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => {
  params.scope = undefined
  server.use(staffStoresManager, staffQueueEmpty, ...peopleHandlers(peopleOfStoreA()))
})

const member = (name: string) => (screen.queryByText(name)?.closest('[data-testid=staff-member]') ?? null) as HTMLElement | null

it('lists the store’s people with their roles, and invites a manager with a one-time QR code', async () => {
  await renderStaffPage(<StaffPeoplePage />)
  await screen.findByText('成员（2）')
  expect(within(member('店员小王')!).getByText('店员')).toBeTruthy()
  expect(requests.sent.StaffPeople).toEqual({ storeId: '1' })

  fireEvent.click(screen.getByText('店长', { selector: '[role=button]' }))
  fireEvent.click(button('生成「店长」邀请码'))
  const invitation = await screen.findByTestId('invitation')
  expect(requests.sent.CreateStaffInvitation).toEqual({ storeId: '1', roleKey: 'STORE_MANAGER' })
  expect(within(invitation).getByText('7K3M-Q9XA-2BHD-R4TN')).toBeTruthy()
  expect(invitation.querySelector('img, taro-image-core')).not.toBeNull()
  // The new invitation is listed as open, with a way to take it back.
  await eventually(() => expect(within(screen.getByTestId('staff-invitation')).getByText('待使用')).toBeTruthy())
})

it('removes a clerk only after a confirmation that says what happens', async () => {
  await renderStaffPage(<StaffPeoplePage />)
  await screen.findByText('成员（2）')
  fireEvent.click(within(member('店员小王')!).getByText('移除', { selector: 'taro-button-core, .btn' }))
  expect(await screen.findByText('移除后对方立即无法使用「店员」的员工功能，可以再邀请加入。')).toBeTruthy()
  expect(requests.sent.RemoveStaffMember).toBeUndefined()
  await confirmDialog('移除')
  await screen.findByText('已移除店员小王，对方将无法再使用员工模式')
  expect(requests.sent.RemoveStaffMember).toEqual({ assignmentId: '00000000-0000-4000-8000-000000000201' })
  await eventually(() => expect(member('店员小王')).toBeNull())
})

it('manages head office’s own people when opened from 总部', async () => {
  params.scope = 'chain'
  server.use(staffStoresHqAdmin)
  await renderStaffPage(<StaffPeoplePage />)
  await screen.findByText('全部门店')
  expect(requests.sent.StaffPeople).toEqual({ storeId: null })
})

it('lets head office’s administrator make a role from the permissions it grants', async () => {
  params.scope = 'chain'
  server.use(staffStoresHqAdmin, ...rolesHandlers())
  await renderStaffPage(<StaffPeoplePage />)
  fireEvent.click(await screen.findByText('角色', { selector: '.segmented__label' }))
  await eventually(() => expect(screen.getAllByTestId('staff-role')).toHaveLength(2))
  fireEvent.click(button('新建角色'))
  typeInto(document.querySelector('[placeholder="如 夜班店员"]')!, '夜班拣货')
  fireEvent.click(screen.getByText('处理订单', { selector: '[role=button]' }))
  fireEvent.click(screen.getByText('库存盘点', { selector: '[role=button]' }))
  fireEvent.click(button('保存角色'))
  await screen.findByText('已保存角色「夜班拣货」，持有者下次操作即按新权限')
  expect(requests.sent.SaveStaffRole).toMatchObject({ name: '夜班拣货', permissions: ['ORDERS_FULFIL', 'STOCK'] })
  await eventually(() => expect(screen.getByText('处理订单、库存盘点')).toBeTruthy())
})
