import { fireEvent, screen, within } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import type { StoreSettingsFieldsFragment } from '@corner/shared-types/client'

import { staffHandlers, staffStoresManager } from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, confirmDialog, eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffStoreSettingsPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)

const settings = (change: Partial<StoreSettingsFieldsFragment['store']> = {}, closures: StoreSettingsFieldsFragment['closures'] = []): StoreSettingsFieldsFragment => ({
  store: {
    id: '1',
    name: '街角便利 人民广场店',
    is24h: false,
    openingHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '07:00', closes: '02:00' })),
    deliveryEnabled: true,
    pickupEnabled: true,
    deliveryAreaKind: 'RADIUS',
    deliveryRadiusM: 3000,
    deliveryPolygon: null,
    deliveryFeeFen: 500,
    freeDeliveryFromFen: 3900,
    minOrderFen: 2000,
    slotMinutes: 30,
    pickingCapacity: 6,
    deliveryPaused: false,
    extraPromiseMinutes: 0,
    ...change,
  },
  closures,
})

let current = settings()
/** Each mutation answers with the settings it would leave, so the page shows what the BFF saved. */
const answer = (field: string, next: () => StoreSettingsFieldsFragment) => () => {
  current = next()
  return HttpResponse.json<{ data: Record<string, StoreSettingsFieldsFragment> }>({ data: { [field]: current } })
}

beforeEach(() => {
  current = settings()
  server.use(
    staffStoresManager,
    ...staffHandlers,
    graphql.query('StoreSettings', () => HttpResponse.json({ data: { storeSettings: current } })),
    graphql.mutation('SetStoreBusy', ({ variables }) =>
      answer('setStoreBusy', () => settings({ deliveryPaused: variables.deliveryPaused, extraPromiseMinutes: variables.extraPromiseMinutes }))(),
    ),
  )
})

it('shows a skeleton, then every card; a failed load offers 重试', async () => {
  let fail = true
  server.use(
    graphql.query('StoreSettings', () =>
      fail ? HttpResponse.json({ data: null, errors: [{ message: '服务暂时不可用', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) : HttpResponse.json({ data: { storeSettings: current } }),
    ),
  )
  await renderStaffPage(<StaffStoreSettingsPage />)
  await screen.findByText('重试')
  fail = false
  fireEvent.click(screen.getByText('重试'))
  for (const id of ['busy-card', 'hours-card', 'closures-card', 'delivery-card', 'area-card']) expect(await screen.findByTestId(id)).toBeTruthy()
  expect(screen.getByText('外送中 · 承诺约30分钟')).toBeTruthy()
})

it('暂停外送 asks first, then pauses; 恢复外送 undoes it at once', async () => {
  await renderStaffPage(<StaffStoreSettingsPage />)
  fireEvent.click(await screen.findByText('暂停外送', { selector: 'taro-button-core, .btn' }))
  expect(requests.sent.SetStoreBusy).toBeUndefined()
  await confirmDialog('暂停外送')
  expect(await screen.findByText('已暂停外送 · 顾客只能到店自提')).toBeTruthy()
  expect(requests.sent.SetStoreBusy).toEqual({ storeId: '1', deliveryPaused: true, extraPromiseMinutes: 0 })
  fireEvent.click(button('恢复外送'))
  expect(await screen.findByText('外送中 · 承诺约30分钟')).toBeTruthy()
  expect(requests.sent.SetStoreBusy).toEqual({ storeId: '1', deliveryPaused: false, extraPromiseMinutes: 0 })
})

it('a longer promise is one tap and says so', async () => {
  await renderStaffPage(<StaffStoreSettingsPage />)
  const busy = await screen.findByTestId('busy-card')
  fireEvent.click(within(busy).getByText('+20分'))
  expect(await within(busy).findByText('新订单承诺已延长20分钟')).toBeTruthy()
  expect(within(busy).getByText('外送中 · 每单承诺多20分钟')).toBeTruthy()
  expect(requests.sent.SetStoreBusy).toEqual({ storeId: '1', deliveryPaused: false, extraPromiseMinutes: 20 })
})

it('hours: a day can rest, the rest are sent as typed (crossing midnight shown as 次日)', async () => {
  server.use(graphql.mutation('SetStoreHours', answer('setStoreHours', () => current)))
  await renderStaffPage(<StaffStoreSettingsPage />)
  const sunday = await screen.findByTestId('hours-0')
  expect(within(sunday).getByText('次日')).toBeTruthy()
  fireEvent.click(within(sunday).getByText('设为休息'))
  expect(within(sunday).getByText('休息')).toBeTruthy()
  fireEvent.click(button('保存营业时间'))
  expect(await screen.findByText('营业时间已保存', undefined, { timeout: 10_000 })).toBeTruthy()
  expect(requests.sent.SetStoreHours).toEqual({
    storeId: '1',
    is24h: false,
    hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '07:00', closes: '02:00' })),
  })
})

it('a refusal is shown in the card that was saved, and what was typed stays', async () => {
  server.use(
    graphql.mutation('SetStoreDeliveryArea', () =>
      HttpResponse.json({ data: null, errors: [{ message: 'GeoJSON 多边形须闭合：最后一个坐标应与第一个相同', extensions: { code: 'BAD_USER_INPUT', reason: 'RING_NOT_CLOSED' } }] }),
    ),
  )
  await renderStaffPage(<StaffStoreSettingsPage />)
  const area = await screen.findByTestId('area-card')
  expect(within(area).getByText('当前：半径 3000 米')).toBeTruthy()
  fireEvent.click(within(area).getByText('GeoJSON'))
  const text = '{"type":"Polygon","coordinates":[[[121.47,31.23],[121.48,31.23],[121.48,31.24]]]}'
  typeInto(document.querySelector('.settings-textarea')!, text)
  fireEvent.click(button('保存配送范围'))
  const refusal = await within(area).findByRole('alert')
  expect(refusal.textContent).toBe('GeoJSON 多边形须闭合：最后一个坐标应与第一个相同')
  expect(requests.sent.SetStoreDeliveryArea).toEqual({ storeId: '1', area: { geoJson: text } })
  expect(within(area).getByText('当前：半径 3000 米')).toBeTruthy()
})

it('delivery: money typed in yuan is sent in fen; an empty free-delivery line means none; a bad amount cannot be saved', async () => {
  server.use(graphql.mutation('SetStoreDelivery', answer('setStoreDelivery', () => current)))
  await renderStaffPage(<StaffStoreSettingsPage />)
  await screen.findByTestId('delivery-card')
  typeInto(byPlaceholder('如 5'), '4.5')
  typeInto(byPlaceholder('留空则不免'), '')
  typeInto(byPlaceholder('如 20'), 'abc')
  expect(button('保存外送与自提').hasAttribute('disabled')).toBe(true)
  typeInto(byPlaceholder('如 20'), '15')
  fireEvent.click(screen.getByText('20分钟'))
  fireEvent.click(button('保存外送与自提'))
  await eventually(() =>
    expect(requests.sent.SetStoreDelivery).toEqual({
      storeId: '1',
      input: { deliveryEnabled: true, pickupEnabled: true, deliveryFeeFen: 450, freeDeliveryFromFen: null, minOrderFen: 1500, slotMinutes: 20, pickingCapacity: 6 },
    }),
  )
})

it('closures: listed with their reason, removed with one tap', async () => {
  current = settings({}, [{ date: '2026-12-31', reason: '跨年盘点' }])
  server.use(graphql.mutation('RemoveStoreClosure', answer('removeStoreClosure', () => settings())))
  await renderStaffPage(<StaffStoreSettingsPage />)
  expect(await screen.findByText('跨年盘点')).toBeTruthy()
  fireEvent.click(button('取消闭店'))
  expect(await screen.findByText('近期没有闭店安排')).toBeTruthy()
  expect(requests.sent.RemoveStoreClosure).toEqual({ storeId: '1', date: '2026-12-31' })
})
