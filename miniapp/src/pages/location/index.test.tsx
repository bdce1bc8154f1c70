import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { getChosenLocation, getChosenStore, setChosenStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Location from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
useMswServer()

beforeEach(() => {
  localStorage.clear()
  vi.clearAllMocks()
})

it('lists districts; choosing one remembers it, forgets the old store and goes back', async () => {
  setChosenStore({ id: '101', name: '街角便利 南京东路店' })
  render(<Location />)
  fireEvent.click(await screen.findByText('静安区'))
  expect(getChosenLocation()).toEqual({ lat: 31.24, lng: 121.45, label: '静安区' })
  expect(getChosenStore()).toBeNull()
  expect(navigationMock.goBack).toHaveBeenCalled()
})

it('searches landmarks and addresses', async () => {
  const { container } = render(<Location />)
  await screen.findByText('黄浦区')
  fireEvent(container.querySelector('.location__input')!, new CustomEvent('confirm', { detail: { value: ' 外滩 ' } }))
  fireEvent.click(await screen.findByText('外滩'))
  expect(getChosenLocation()).toMatchObject({ label: '外滩' })
})
