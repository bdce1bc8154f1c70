import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { nearbyStoresData, nearbyStoresEmpty, nearbyStoresServerError } from '../../../../mocks/src/graphql/index.ts'
import { getCurrentLocation, LocationUnavailableError } from '@/services'
import { useMswServer } from '@/test/msw'

import Index from './index'

// Location is a platform API; replace only that, keep the real GraphQL client over msw.
vi.mock('@/services/location', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/services/location')>()),
  getCurrentLocation: vi.fn(),
}))

const server = useMswServer()
const requestedLocations: unknown[] = []

beforeEach(() => {
  requestedLocations.length = 0
  server.events.removeAllListeners()
  server.events.on('request:start', async ({ request }) => {
    requestedLocations.push((await request.clone().json()).variables.location)
  })
  vi.mocked(getCurrentLocation).mockResolvedValue({ lat: 31.2397, lng: 121.4998 })
})

const rows = (container: HTMLElement) => Array.from(container.querySelectorAll('.store-list .store-row'))

describe('首页 nearby stores', () => {
  it('shows a loading state, then one row per store with distance, status and delivery', async () => {
    const { container } = render(<Index />)
    expect(screen.getByText('正在查找附近门店…')).toBeTruthy()

    await waitFor(() => expect(rows(container)).toHaveLength(nearbyStoresData.nearbyStores.length))

    const [first, second, third] = rows(container)
    expect(first.textContent).toContain('街角便利 南京东路店')
    expect(first.textContent).toContain('上海市黄浦区南京东路300号')
    expect(first.textContent).toContain('350m')
    expect(first.textContent).toContain('24小时营业')
    expect(first.textContent).toContain('约25分钟送达')
    expect(first.textContent).toContain('起送¥20 · 配送费¥3')
    expect(second.textContent).toContain('1.2km')
    expect(third.textContent).toContain('已打烊 · 07:00营业')
    expect(third.textContent).toContain('可到店自提')
    expect(screen.queryByText('未获取定位，已为您显示人民广场附近门店')).toBeNull()
    expect(requestedLocations).toEqual([{ lat: 31.2397, lng: 121.4998 }])
  })

  it('falls back to 人民广场 and says so when location is refused', async () => {
    vi.mocked(getCurrentLocation).mockRejectedValue(new LocationUnavailableError('getLocation:fail auth deny'))

    const { container } = render(<Index />)

    await waitFor(() => expect(rows(container)).toHaveLength(3))
    expect(screen.getByText('未获取定位，已为您显示人民广场附近门店')).toBeTruthy()
    expect(requestedLocations).toEqual([{ lat: 31.2304, lng: 121.4737 }])
  })

  it('shows the empty state when no store is nearby', async () => {
    server.use(nearbyStoresEmpty)

    const { container } = render(<Index />)

    await screen.findByText('附近暂无门店，换个位置试试')
    expect(container.querySelector('.store-list')).toBeNull()
  })

  it('shows the server message with 重试, and retrying loads the stores', async () => {
    server.use(nearbyStoresServerError)

    const { container } = render(<Index />)

    await screen.findByText('门店服务暂时不可用，请稍后重试')
    expect(rows(container)).toHaveLength(0)

    server.resetHandlers() // the BFF recovers
    fireEvent.click(screen.getByText('重试'))

    await waitFor(() => expect(rows(container)).toHaveLength(3))
    expect(screen.queryByText('门店服务暂时不可用，请稍后重试')).toBeNull()
  })
})
