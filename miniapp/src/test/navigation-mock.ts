import { useEffect } from 'react'
import { vi } from 'vitest'

/**
 * Stand-in for services/navigation: Taro's page hooks and router exist only inside a Taro app, so
 * tests record navigations and treat mounting as the page's first show.
 */
export const navigationMock = {
  ROUTES: {},
  openProduct: vi.fn(),
  openCampaign: vi.fn(),
  openSearch: vi.fn(),
  openStoreSwitcher: vi.fn(),
  openLocationPicker: vi.fn(),
  openCategory: vi.fn(),
  goHome: vi.fn(),
  openCart: vi.fn(),
  openCheckout: vi.fn(),
  openOrders: vi.fn(),
  openOrder: vi.fn(),
  replaceWithOrder: vi.fn(),
  goBack: vi.fn(),
  pageParams: {} as Record<string, string | undefined>,
  usePageParams: () => navigationMock.pageParams,
  useShare: vi.fn(),
  usePageShow: (callback: () => void) => {
    useEffect(() => {
      callback()
    }, [])
  },
}
