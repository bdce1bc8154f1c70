import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { storeProductOutOfStock } from '../../../../mocks/src/graphql/index.ts'
import { getChosenStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Product from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
useMswServer()

beforeEach(() => {
  localStorage.clear()
  navigationMock.pageParams = { storeId: '101', id: storeProductOutOfStock.id }
})

it('for a product out of stock here, shows the nearby store that has it and moves browsing there on tap', async () => {
  render(<Product />)
  await screen.findByText('本店暂时缺货')
  expect(screen.getByText('附近有货的门店')).toBeTruthy()
  const row = screen.getByText('街角便利 南京西路店').parentElement!
  expect(row.textContent).toContain('距本店612m · 有货9瓶 · 营业中 · 02:00打烊')

  fireEvent.click(row)
  expect(getChosenStore()).toEqual({ id: '102', name: '街角便利 南京西路店', explicit: true })
  expect(navigationMock.openProduct).toHaveBeenCalledWith('102', storeProductOutOfStock.id)
})
