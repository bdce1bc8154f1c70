import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { delay, graphql, HttpResponse } from 'msw'

import { campaignBannersSuccess, drinks, farStoreData, nearbyStoresData, nearbyStoresEmpty, nearbyStoresServerError } from '../../../../mocks/src/graphql/index.ts'
import {
  getChosenStore,
  getCurrentLocation,
  LocationUnavailableError,
  openEntryScene,
  rememberNearestStore,
  setChosenLocation,
  setChosenStore,
} from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Index from './index'
import { LOCATION_PATIENCE_MS } from './useCurrentStore'

// Location and navigation are platform APIs; replace only those, keep the real GraphQL client over msw.
vi.mock('@/services/location', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/services/location')>()),
  getCurrentLocation: vi.fn(),
}))
vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

const server = useMswServer()
const nearbyRequests: unknown[] = []
const operations: Array<{ name: string; variables: unknown }> = []

beforeEach(() => {
  localStorage.clear()
  vi.clearAllMocks()
  nearbyRequests.length = 0
  operations.length = 0
  server.events.removeAllListeners()
  server.events.on('request:start', async ({ request }) => {
    const body = await request.clone().json()
    operations.push({ name: body.operationName, variables: body.variables })
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
    // Each category's glyph is drawn inline on H5, not a data-URL picture (a document of its own to load).
    expect(container.querySelectorAll('.category-icon svg path').length).toBe(container.querySelectorAll('.category-grid__item').length)
    expect(container.querySelector('.category-icon img')).toBeNull()
    expect(container.querySelectorAll('.featured .product-card')).toHaveLength(3)
    // The chosen store is remembered for the other tabs and the next launch.
    expect(getChosenStore()).toEqual({ id: '101', name: '街角便利 南京东路店', explicit: false })

    fireEvent.click(screen.getByText('饮料'))
    expect(navigationMock.openCategory).toHaveBeenCalledWith('1')
    fireEvent.click(screen.getByText('切换门店'))
    expect(navigationMock.openStoreSwitcher).toHaveBeenCalled()
  })

  it('holds the location row while the store loads, so the search box does not move down', async () => {
    const { container } = render(<Index />)
    expect(container.querySelector('.home__header > .home__location + .search-box')).toBeTruthy()
    await waitFor(() => expect(storeCard(container)).toBeTruthy())
    expect(container.querySelector('.home__header > .home__location + .search-box')).toBeTruthy()
  })

  it('keeps a store picked for the shopper while it is still nearby, and picks the nearest once it is not', async () => {
    rememberNearestStore({ id: '102', name: '街角便利 西藏中路店' })
    const first = render(<Index />)
    await waitFor(() => expect(storeCard(first.container)?.textContent).toContain('街角便利 西藏中路店'))
    first.unmount()

    rememberNearestStore({ id: '150', name: '街角便利 嘉定新城店' })
    const second = render(<Index />)
    await waitFor(() => expect(storeCard(second.container)?.textContent).toContain('街角便利 南京东路店'))
    expect(getChosenStore()).toEqual({ id: '101', name: '街角便利 南京东路店', explicit: false })
    expect(operations.map((o) => o.name)).not.toContain('StoreSeenFrom')
  })

  it('keeps a store the shopper chose (switcher or scanned code) however far away, seen from where they are', async () => {
    setChosenStore({ id: '150', name: '街角便利 嘉定新城店' })
    const { container } = render(<Index />)

    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店'))
    expect(storeCard(container)!.textContent).toContain('25.4km')
    // Once the store is known, its catalogue, banners and the cart bar's cart (after sign-in) load too.
    const loadedForTheStore = ['StoreCategories', 'StoreProducts', 'CampaignBanners', 'Login', 'Cart']
    // Its card is asked for with the catalogue, in case the location keeps it waiting (see below).
    expect(operations.filter((o) => !loadedForTheStore.includes(o.name))).toEqual([
      { name: 'StoreCard', variables: { id: '150' } },
      { name: 'StoreSeenFrom', variables: { id: '150', location: { lat: 31.2397, lng: 121.4998 } } },
    ])
    await screen.findByText('饮料')
    expect(operations).toContainEqual({ name: 'StoreCategories', variables: { storeId: farStoreData.store.id } })
    expect(getChosenStore()).toEqual({ id: '150', name: '街角便利 嘉定新城店', explicit: true })
  })

  it("draws a chosen store's categories and banners with its card, in the same pass, when their answers came first", async () => {
    server.use(
      campaignBannersSuccess,
      graphql.query('StoreSeenFrom', async () => {
        // The shelves and banners (asked for with the card) are in well before it.
        await delay(300)
        return HttpResponse.json({ data: { storeSeenFrom: farStoreData } })
      }),
    )
    setChosenStore({ id: '150', name: '街角便利 嘉定新城店' })
    const firstSeen: Array<{ categories: number; banners: number }> = []
    const observer = new MutationObserver(() => {
      if (firstSeen.length > 0 || !document.querySelector('.current-store .store-row')) return
      firstSeen.push({
        categories: document.querySelectorAll('.category-grid__item').length,
        banners: document.querySelectorAll('.campaign-banners__item').length,
      })
    })
    observer.observe(document.body, { childList: true, subtree: true })
    const { container } = render(<Index />)
    await waitFor(() => expect(storeCard(container)?.textContent).toContain('25.4km'))
    observer.disconnect()
    expect(firstSeen).toHaveLength(1)
    expect(firstSeen[0]!.categories).toBeGreaterThan(0)
    expect(firstSeen[0]!.banners).toBeGreaterThan(0)
    // Drawn from those answers, not asked again.
    expect(operations.filter((o) => o.name === 'StoreCategories')).toHaveLength(1)
    expect(operations.filter((o) => o.name === 'CampaignBanners')).toHaveLength(1)
  })

  it('asks for a chosen store\'s catalogue together with its card, not after it', async () => {
    setChosenStore({ id: '150', name: '街角便利 嘉定新城店' })
    let answerCard = () => {}
    const cardAsked = new Promise<void>((asked) => {
      server.use(
        graphql.query('StoreSeenFrom', async () => {
          asked()
          await new Promise<void>((answer) => (answerCard = answer))
          return HttpResponse.json({ data: { storeSeenFrom: farStoreData } })
        }),
      )
    })
    const { container } = render(<Index />)
    await cardAsked
    await waitFor(() => expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['StoreCategories', 'StoreProducts'])), { timeout: 5000 })
    expect(operations).toContainEqual({ name: 'StoreProducts', variables: { storeId: '150', categoryId: null, featured: true, first: 10, after: null } })
    answerCard()

    await screen.findByText('饮料')
    expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店')
    // Taken from those early answers, not asked again.
    expect(operations.filter((o) => o.name === 'StoreCategories')).toHaveLength(1)
    await waitFor(() => expect(container.querySelectorAll('.featured .product-card')).toHaveLength(3))
    expect(operations.filter((o) => o.name === 'StoreProducts')).toHaveLength(1)
  })

  it('renders the first two rows of featured products with the page and the rest a row at a time, in order', async () => {
    server.use(
      graphql.query('StoreProducts', () =>
        HttpResponse.json({ data: { storeProducts: { nodes: drinks.slice(0, 10), pageInfo: { hasNextPage: false, endCursor: null } } } }),
      ),
    )
    const counts: number[] = []
    const { container } = render(<Index />)
    const observer = new MutationObserver(() => {
      const cards = container.querySelectorAll('.featured .product-card').length
      if (cards !== counts.at(-1)) counts.push(cards)
    })
    observer.observe(container, { childList: true, subtree: true })
    await waitFor(() => expect(container.querySelectorAll('.featured .product-card')).toHaveLength(10), { timeout: 5000 })
    observer.disconnect()
    expect(counts.filter((n) => n > 0)).toEqual([4, 6, 8, 10])
    const shown = Array.from(container.querySelectorAll('.featured .product-card'), (card) => card.getAttribute('data-product-id'))
    expect(shown).toEqual(drinks.slice(0, 10).map((drink) => drink.id))
  })

  it('shows the featured section only once the category grid above it is there, so it is not pushed down', async () => {
    server.use(
      graphql.query('StoreCategories', async () => {
        await delay(400)
        return HttpResponse.json({ data: { storeCategories: [{ id: '1', name: '饮料', availableCount: 45, children: [] }] } })
      }),
    )
    const { container } = render(<Index />)
    let gridWhenSectionCame: boolean | null = null
    const observer = new MutationObserver(() => {
      if (gridWhenSectionCame === null && container.querySelector('.home__section, .featured .product-card')) gridWhenSectionCame = container.querySelector('.category-grid') !== null
    })
    observer.observe(container, { childList: true, subtree: true })
    await waitFor(() => expect(container.querySelectorAll('.featured .product-card')).toHaveLength(3), { timeout: 5000 })
    observer.disconnect()
    expect(gridWhenSectionCame).toBe(true)
  })

  it('falls back to the nearest store when the chosen one is gone or closed down', async () => {
    setChosenStore({ id: '999', name: '街角便利 已关闭店' })
    const { container } = render(<Index />)

    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 南京东路店'))
    expect(getChosenStore()).toEqual({ id: '101', name: '街角便利 南京东路店', explicit: false })
  })

  it('does not give up a chosen store on a failure other than NOT_FOUND: offers 重试 instead', async () => {
    setChosenStore({ id: '150', name: '街角便利 嘉定新城店' })
    server.use(
      graphql.query('StoreSeenFrom', () =>
        HttpResponse.json({ data: null, errors: [{ message: '服务暂时不可用，请稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      ),
    )
    const { container } = render(<Index />)

    await screen.findByText('服务暂时不可用，请稍后再试')
    expect(getChosenStore()).toMatchObject({ id: '150', explicit: true })
    server.resetHandlers()
    fireEvent.click(screen.getByText('重试'))
    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店'))
  })

  /** WeChat resolving a store's door code (scene) to that store: the far fixture store. */
  const doorCodeTarget = (scene: string) => ({ kind: 'STORE', scene, storeId: farStoreData.store.id, storeName: farStoreData.store.name, productId: null, campaignId: null })
  const doorCode = graphql.mutation('ResolveScene', ({ variables }) => HttpResponse.json({ data: { resolveScene: doorCodeTarget(variables.scene as string) } }))

  it('makes a scanned door code\'s store current at once, though 首页 was already finding the nearest one', async () => {
    // The launch: 首页 starts looking for the nearest store while the scene is still being resolved.
    server.use(
      doorCode,
      graphql.query('NearbyStores', async () => {
        await delay(300)
        return HttpResponse.json({ data: nearbyStoresData })
      }),
    )
    const { container } = render(<Index />)
    await openEntryScene('s150-located')

    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店'))
    expect(storeCard(container)!.textContent).toContain('25.4km')
    // The nearest store, found after the scan, neither shows nor takes the scanned store's place.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(storeCard(container)!.textContent).toContain('街角便利 嘉定新城店')
    expect(getChosenStore()).toEqual({ id: '150', name: '街角便利 嘉定新城店', explicit: true })
  })

  it('without location, a scanned door code opens its store instead of asking for a location', async () => {
    vi.mocked(getCurrentLocation).mockRejectedValue(new LocationUnavailableError('getLocation:fail auth deny'))
    server.use(doorCode)
    const { container } = render(<Index />)
    await screen.findByText('未获取到您的位置，请选择所在区域或搜索地址')
    await openEntryScene('s150-refused')

    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店'))
    const card = storeCard(container)!
    expect(card.querySelector('.store-row__distance')).toBeNull()
    expect(card.textContent).toContain('营业中 · 23:00打烊')
    expect(card.textContent).toContain('可到店自提，选择位置查看能否配送')
    expect(screen.queryByText('未获取到您的位置，请选择所在区域或搜索地址')).toBeNull()
    expect(nearbyRequests).toEqual([])
    await screen.findByText('饮料')
    expect(operations).toContainEqual({ name: 'StoreCategories', variables: { storeId: farStoreData.store.id } })
    // Location is still there to choose, and the next launch opens the same store.
    fireEvent.click(screen.getByText('选择位置'))
    expect(navigationMock.openLocationPicker).toHaveBeenCalled()
    const relaunch = render(<Index />)
    await waitFor(() => expect(storeCard(relaunch.container)?.textContent).toContain('街角便利 嘉定新城店'))
  })

  it('opened by a door code with location refused, waits for the code\'s store instead of asking for a location meanwhile', async () => {
    vi.mocked(getCurrentLocation).mockRejectedValue(new LocationUnavailableError('getLocation:fail auth deny'))
    server.use(
      graphql.mutation('ResolveScene', async ({ variables }) => {
        await delay(300)
        return HttpResponse.json({ data: { resolveScene: doorCodeTarget(variables.scene as string) } })
      }),
    )
    // The launch resolves the code while 首页 mounts.
    const opening = openEntryScene('s150-at-launch')
    const seen: string[] = []
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''))
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const { container } = render(<Index />)
    await opening
    await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店'))
    observer.disconnect()
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter((text) => text.includes('未获取到您的位置，请选择所在区域或搜索地址'))).toEqual([])
    // One load of the store's card, by the load the scan started.
    expect(operations.filter((operation) => operation.name === 'StoreCard')).toHaveLength(1)
  })

  describe('a chosen store while the location keeps it waiting (a permission prompt, a GPS fix)', () => {
    const awaitedLocation = () => {
      const location: { resolve: (where: { lat: number; lng: number }) => void; reject: (error: Error) => void } = { resolve: () => undefined, reject: () => undefined }
      vi.mocked(getCurrentLocation).mockReturnValue(new Promise((resolve, reject) => Object.assign(location, { resolve, reject })))
      return location
    }
    const patience = { timeout: LOCATION_PATIENCE_MS + 2000 }

    it('is shown from its card once the wait outlasts the patience, then seen from the location when it comes', async () => {
      const location = awaitedLocation()
      setChosenStore({ id: farStoreData.store.id, name: farStoreData.store.name })
      const started = Date.now()
      const { container } = render(<Index />)
      // Asked for at once, with the catalogue, not after the location.
      await waitFor(() => expect(operations).toContainEqual({ name: 'StoreCard', variables: { id: farStoreData.store.id } }))
      expect(operations).toContainEqual({ name: 'StoreCategories', variables: { storeId: farStoreData.store.id } })

      await waitFor(() => expect(storeCard(container)?.textContent).toContain('街角便利 嘉定新城店'), patience)
      expect(Date.now() - started).toBeGreaterThanOrEqual(LOCATION_PATIENCE_MS)
      expect(storeCard(container)!.querySelector('.store-row__distance')).toBeNull()
      expect(screen.getByText('正在获取您的位置…')).toBeTruthy()
      await screen.findByText('饮料')

      location.resolve({ lat: 31.2397, lng: 121.4998 })
      await waitFor(() => expect(storeCard(container)!.textContent).toContain('25.4km'))
      expect(screen.getByText('当前定位')).toBeTruthy()
      expect(operations.filter((operation) => operation.name === 'StoreCard')).toHaveLength(1)
    })

    it('stays shown without a distance when the location is refused at last', async () => {
      const location = awaitedLocation()
      setChosenStore({ id: farStoreData.store.id, name: farStoreData.store.name })
      const { container } = render(<Index />)
      await waitFor(() => expect(screen.getByText('正在获取您的位置…')).toBeTruthy(), patience)

      location.reject(new LocationUnavailableError('getLocation:fail auth deny'))
      await screen.findByText('未获取到您的位置')
      expect(storeCard(container)!.textContent).toContain('街角便利 嘉定新城店')
      expect(storeCard(container)!.textContent).toContain('可到店自提，选择位置查看能否配送')
      expect(operations.filter((operation) => operation.name === 'StoreCard')).toHaveLength(1)
      expect(operations.map((operation) => operation.name)).not.toContain('StoreSeenFrom')
    })

    it('waits for a location that comes within the patience: the store never shows without its distance', async () => {
      const location = awaitedLocation()
      setChosenStore({ id: farStoreData.store.id, name: farStoreData.store.name })
      const shownWithout: string[] = []
      const observer = new MutationObserver(() => {
        const text = document.body.textContent ?? ''
        if (text.includes('街角便利 嘉定新城店') && !text.includes('25.4km')) shownWithout.push(text)
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      const { container } = render(<Index />)
      await new Promise((resolve) => setTimeout(resolve, LOCATION_PATIENCE_MS / 3))
      location.resolve({ lat: 31.2397, lng: 121.4998 })
      await waitFor(() => expect(storeCard(container)?.textContent).toContain('25.4km'))
      await new Promise((resolve) => setTimeout(resolve, LOCATION_PATIENCE_MS))
      observer.disconnect()
      expect(shownWithout).toEqual([])
      expect(screen.queryByText('正在获取您的位置…')).toBeNull()
    })
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

  it("shows the store's running campaigns as banners, each opening its page at this store", async () => {
    server.use(campaignBannersSuccess)
    render(<Index />)
    const banner = await screen.findByRole('link', { name: '人民广场店 周年庆' }, { timeout: 10_000 })
    expect(operations.find((o) => o.name === 'CampaignBanners')!.variables).toEqual({ storeId: nearbyStoresData.nearbyStores[0]!.store.id })
    expect(document.querySelectorAll('.campaign-banners__item')).toHaveLength(2)
    // The first banner's picture (the page's largest) is fetched at high priority as soon as it is known.
    const first = document.querySelector('.campaign-banners__item img')!.getAttribute('src')!
    const preloads = Array.from(document.head.querySelectorAll('link[rel="preload"][as="image"]'), (link) => [link.getAttribute('href'), link.getAttribute('fetchpriority')])
    expect(preloads).toEqual([[first, 'high']])
    fireEvent.click(banner)
    expect(navigationMock.openCampaign).toHaveBeenCalledWith('8', nearbyStoresData.nearbyStores[0]!.store.id)
  })
})
