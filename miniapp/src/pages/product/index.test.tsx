import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { storeProductOutOfStock } from '../../../../mocks/src/graphql/index.ts'
import { getChosenStore } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Product from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const server = useMswServer()

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

it('for a product this store took off sale, says so instead of calling it out of stock', async () => {
  const offSale = { ...storeProductOutOfStock, onSale: false, elsewhere: [] }
  server.use(graphql.query('StoreProduct', () => HttpResponse.json({ data: { storeProduct: offSale } })))
  render(<Product />)
  await screen.findByText('本店已下架')
  expect(screen.queryByText('本店暂时缺货')).toBeNull()
  expect(screen.getByText('附近门店也没有在售')).toBeTruthy()
})

it('H5: shows several pictures as a strip the browser scrolls, with a count, instead of Taro\'s Swiper (swiper.js stays out of the H5 build)', async () => {
  const images = [1, 2, 3].map((n) => ({ large: `/images/p${n}/large-750` }))
  server.use(graphql.query('StoreProduct', () => HttpResponse.json({ data: { storeProduct: { ...storeProductOutOfStock, images } } })))
  const { container } = render(<Product />)
  await waitFor(() => expect(container.querySelectorAll('.product__strip .product__picture')).toHaveLength(3))
  expect(container.querySelector('taro-swiper-core')).toBeNull()
  expect(screen.getByText('1/3')).toBeTruthy()
})
