import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { getChosenStore, getCurrentLocation, rememberNearestStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Stores from './index'

vi.mock('@/services/location', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/services/location')>()),
  getCurrentLocation: vi.fn(),
}))
vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

useMswServer()

beforeEach(() => {
  localStorage.clear()
  vi.clearAllMocks()
  vi.mocked(getCurrentLocation).mockResolvedValue({ lat: 31.2397, lng: 121.4998 })
})

it('a store picked in the switcher is remembered as the shopper’s own choice (which 首页 keeps however far away)', async () => {
  rememberNearestStore({ id: '101', name: '街角便利 南京东路店' })
  render(<Stores />)

  fireEvent.click(await screen.findByText('街角便利 陆家嘴店'))
  expect(getChosenStore()).toEqual({ id: '103', name: '街角便利 陆家嘴店', explicit: true })
  expect(navigationMock.goBack).toHaveBeenCalled()
})
