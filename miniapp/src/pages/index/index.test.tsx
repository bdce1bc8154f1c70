import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { nearbyStoresData, nearbyStoresEmpty, nearbyStoresServerError } from '../../../../mocks/src/graphql/index.ts'
import { getChosenStore, getCurrentLocation, LocationUnavailableError, setChosenLocation, setChosenStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Index from './index'

// Location and navigation are platform APIs; replace only those, keep the real GraphQL client over msw.
vi.mock('@/services/location', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/services/location')>()),
  getCurrentLocation: vi.fn(),
}))
vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

const server = useMswServer()
const nearbyRequests: unknown[] = []

beforeEach(() => {
  localStorage.clear()
  vi.clearAllMocks()
  nearbyRequests.length = 0
  server.events.removeAllListeners()
  server.events.on('request:start', async ({ request }) => {
    const body = await request.clone().json()
    if (body.operationName === 'NearbyStores') nearbyRequests.push(body.variables.location)
  })
  vi.mocked(getCurrentLocation).mockResolvedValue({ lat: 31.2397, lng: 121.4998 })
})

const storeCard = (container: HTMLElement) => container.querySelector('.current-store .store-row')

describe('首页', () => {
  it('shows the nearest store with distance, status, delivery and fees, then its categories and featured products', async () => {
    const { container } = render(<Index />)
    expect(screen.getByText('正在查找附近门店…')).toBeTruthy()

    await waitFor(() => expect(storeCard(container)).toBeTruthy())
    const card = storeCard(container)!.textContent!
    expect(card).toContain('街角便利 南京东路店')
    expect(card).toContain('350m')
    expect(card).toContain('24小时营业')
    expect(card).toContain('约25分钟送达')
    expect(card).toContain('起送¥20 · 配送费¥3')
    expect(nearbyRequests).toEqual([{ lat: 31.2397, lng: 121.4998 }])

    await screen.findByText('饮料')
    expect(container.querySelectorAll('.featured .product-card')).toHaveLength(3)
    // The chosen store is remembered for the other tabs and the next launch.
    expect(getChosenStore()).toEqual({ id: '101', name: '街角便利 南京东路店' })

    fireEvent.click(screen.getByText('饮料'))
    expect(navigationMock.openCategory).toHaveBeenCalledWith('1')
    fireEvent.click(screen.getByText('切换门店'))
    expect(navigationMock.openStoreSwitcher).toHaveBeenCalled()
  })

  it('keeps the remembered store when it is still nearby', async () => {
    setChosenStore({ id: '102', name: '街角便利 西藏中路店' })
    const { container } = render(<Index />)
    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 西藏中路店'))
  })

  it('when location is refused, asks for a district or address instead of guessing', async () => {
    vi.mocked(getCurrentLocation).mockRejectedValue(new LocationUnavailableError('getLocation:fail auth deny'))
    const { container } = render(<Index />)

    await screen.findByText('未获取到您的位置，请选择所在区域或搜索地址')
    expect(storeCard(container)).toBeNull()
    expect(nearbyRequests).toEqual([])
    fireEvent.click(screen.getByText('选择位置'))
    expect(navigationMock.openLocationPicker).toHaveBeenCalled()
  })

  it('uses a location chosen by hand, and says where it delivers to', async () => {
    setChosenLocation({ lat: 31.2397, lng: 121.4906, label: '外滩' })
    const { container } = render(<Index />)

    await waitFor(() => expect(storeCard(container)).toBeTruthy())
    expect(screen.getByText('配送至：外滩')).toBeTruthy()
    expect(getCurrentLocation).not.toHaveBeenCalled()
    expect(nearbyRequests).toEqual([{ lat: 31.2397, lng: 121.4906 }])
  })

  it('shows the empty state when no store is nearby', async () => {
    server.use(nearbyStoresEmpty)
    const { container } = render(<Index />)
    await screen.findByText('附近暂无门店，换个位置试试')
    expect(storeCard(container)).toBeNull()
  })

  it('shows the server message with 重试, and retrying loads the store', async () => {
    server.use(nearbyStoresServerError)
    const { container } = render(<Index />)

    await screen.findByText('门店服务暂时不可用，请稍后重试')
    server.resetHandlers()
    fireEvent.click(screen.getByText('重试'))

    await waitFor(() => expect(storeCard(container)?.textContent).toContain(nearbyStoresData.nearbyStores[0]!.store.name))
    expect(screen.queryByText('门店服务暂时不可用，请稍后重试')).toBeNull()
  })
})
