import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { expect, it, vi } from 'vitest'

import { signIn } from '@/services/auth'
import { useMswServer } from '@/test/msw'
import { recordStaffRequests } from '@/test/staff-page'
import { clerkStore, managerStore } from '../../../../mocks/src/graphql/index.ts'

import { StaffLayout } from './StaffLayout'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const server = useMswServer()
recordStaffRequests(server)

const twoStores = graphql.query('StaffStores', () =>
  HttpResponse.json({
    data: {
      staffStores: [clerkStore('1', '人民广场店'), managerStore('2', '静安寺店')],
      staffChainPermissions: [],
    },
  }),
)
const tabs = () => within(document.querySelector('.staff-tabs') as HTMLElement)
const page = () => <StaffLayout tab='orders'>{({ store }) => <span data-testid='worked'>{store.storeId}</span>}</StaffLayout>

it('works the chosen store on every staff page, and the bar follows the role at that store', async () => {
  server.use(twoStores)
  render(page())
  expect((await screen.findByTestId('worked')).textContent).toBe('1')
  expect(tabs().queryByText('店长')).toBeNull()

  fireEvent.click(screen.getByText('静安寺店', { selector: 'button, taro-button-core, .btn' }))
  expect((await screen.findByTestId('worked')).textContent).toBe('2')
  expect(tabs().getByText('店长')).toBeTruthy()

  // Another staff page (a fresh mount) opens on the store chosen last.
  cleanup()
  render(page())
  expect((await screen.findByTestId('worked')).textContent).toBe('2')
})

it('offers 重试 when the stores cannot be loaded, and recovers', async () => {
  let fail = true
  server.use(
    graphql.query('StaffStores', () => (fail ? HttpResponse.json({ errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) : undefined)),
    twoStores,
  )
  render(page())
  const retry = await screen.findByText('重试')
  fail = false
  fireEvent.click(retry)
  expect((await screen.findByTestId('worked')).textContent).toBe('1')
})

it('tells an account without a store that staff mode is not for it', async () => {
  server.use(graphql.query('StaffStores', () => HttpResponse.json({ data: { staffStores: [], staffChainPermissions: [] } })))
  render(page())
  await screen.findByText('您不是门店员工')
  expect(screen.queryByTestId('worked')).toBeNull()
})

it('loads the stores again when another account signs in (a late silent sign-in must not leave 您不是门店员工)', async () => {
  let staff = false
  server.use(
    graphql.query('StaffStores', () =>
      HttpResponse.json({ data: { staffStores: staff ? [clerkStore('1', '人民广场店')] : [], staffChainPermissions: [] } }),
    ),
  )
  render(page())
  await screen.findByText('您不是门店员工')
  staff = true
  await act(async () => {
    await signIn()
  })
  expect((await screen.findByTestId('worked')).textContent).toBe('1')
})

it('gives head office a store picker instead of a button per store, and 总部 pages no store at all', async () => {
  const stores = ['人民广场店', '南京西路店', '新天地店', '豫园店', '静安寺店'].map((name, i) => ({ ...managerStore(String(i + 1), name), roleName: '总部运营' }))
  server.use(graphql.query('StaffStores', () => HttpResponse.json({ data: { staffStores: stores, staffChainPermissions: ['CATALOG'] } })))
  render(page())
  expect((await screen.findByTestId('worked')).textContent).toBe('1')
  expect(screen.getByText('切换门店（共5家）')).toBeTruthy()
  // No button per store (the picker's hidden list holds their names).
  expect(screen.queryByText('南京西路店', { selector: 'taro-button-core, .btn' })).toBeNull()
  expect(tabs().getByText('总部')).toBeTruthy()

  cleanup()
  render(<StaffLayout tab='hq'>{() => <span data-testid='chain' />}</StaffLayout>)
  await screen.findByTestId('chain')
  expect(screen.getByText('全部门店')).toBeTruthy()
  expect(screen.queryByText('切换门店（共5家）')).toBeNull()
})
