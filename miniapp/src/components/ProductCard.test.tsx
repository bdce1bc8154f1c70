import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { drinks } from '../../../mocks/src/graphql/index.ts'
import { resetCartStore } from '@/services'
import { useMswServer } from '@/test/msw'

import { ProductCard } from './ProductCard'

const server = useMswServer()
const inStock = drinks[1]!
const soldOut = drinks[0]!

beforeEach(() => {
  localStorage.clear()
  resetCartStore()
})

/** The server's cart: whatever quantity was last set for the product. */
function cartServer() {
  const sets: number[] = []
  server.use(
    graphql.mutation('SetCartItem', ({ variables }) => {
      sets.push(variables.quantity as number)
      const items = variables.quantity
        ? [{ productId: inStock.id, name: inStock.name, unit: inStock.unit, quantity: variables.quantity, priceFen: inStock.priceFen, memberPriceFen: null, available: 20, maxPerOrder: 20 }]
        : []
      return HttpResponse.json({ data: { setCartItem: { storeId: variables.storeId, updatedAt: '2026-11-25T06:00:00.000Z', items } } })
    }),
  )
  return sets
}

/** The stepper shows `value` and is ready for the next tap (the previous change has settled). */
const settledAt = async (container: HTMLElement, value: string) =>
  waitFor(() => {
    expect(container.querySelector('.stepper__value')!.textContent).toBe(value)
    expect(container.querySelector('.stepper--busy')).toBeNull()
  })

it('quick add puts one in the cart through the cart service, then becomes a stepper', async () => {
  const sets = cartServer()
  const onOpen = vi.fn()
  const { container } = render(<ProductCard product={inStock} storeId='101' onOpen={onOpen} />)

  fireEvent.click(screen.getByLabelText(`${inStock.name}加入购物车`))
  await settledAt(container, '1')
  expect(sets).toEqual([1])

  fireEvent.click(screen.getByLabelText(`${inStock.name}增加一件`))
  await settledAt(container, '2')
  fireEvent.click(screen.getByLabelText(`${inStock.name}减少一件`))
  await settledAt(container, '1')
  fireEvent.click(screen.getByLabelText(`${inStock.name}减少一件`))
  await screen.findByLabelText(`${inStock.name}加入购物车`)
  expect(sets).toEqual([1, 2, 1, 0])
  // Taps on the add button and the stepper stay theirs: they do not open the product.
  expect(onOpen).not.toHaveBeenCalled()
})

it('shows a sold-out product without a way to add it, and opens it on tap', () => {
  const onOpen = vi.fn()
  const { container } = render(<ProductCard product={soldOut} storeId='101' onOpen={onOpen} />)
  expect(screen.getByText('已售罄')).toBeTruthy()
  expect(screen.getByText('本店缺货')).toBeTruthy()
  expect(container.querySelector('.quick-add')).toBeNull()
  fireEvent.click(container.querySelector('.product-card')!)
  expect(onOpen).toHaveBeenCalledWith(soldOut.id)
})

it('shows a designed placeholder, not a broken image, when the picture is missing or fails', () => {
  const { container, rerender } = render(<ProductCard product={inStock} storeId='101' onOpen={vi.fn()} />)
  expect(container.querySelector('.product-image--placeholder')!.textContent).toBe('测试')
  rerender(<ProductCard product={{ ...inStock, image: { thumb: '/images/broken/thumb-240' } }} storeId='101' onOpen={vi.fn()} />)
  const image = container.querySelector('.product-image:not(.product-image--placeholder)')!
  expect(image).toBeTruthy()
  fireEvent.error(image.querySelector('img') ?? image)
  expect(container.querySelector('.product-image--placeholder')).toBeTruthy()
})

it('H5: draws plain elements, no Taro web component, its picture named and fetched first only on the first row', () => {
  const pictured = { ...inStock, image: { thumb: '/images/a/thumb-240' } }
  const { container, rerender } = render(<ProductCard product={pictured} storeId='101' eagerImage onOpen={vi.fn()} />)
  expect(Array.from(container.querySelectorAll('*'), (element) => element.tagName.toLowerCase()).filter((tag) => tag.includes('-'))).toEqual([])
  const picture = container.querySelector('img.product-image')!
  expect(picture.getAttribute('alt')).toBe(inStock.name)
  expect(picture.getAttribute('loading')).toBe('eager')
  expect(picture.getAttribute('fetchpriority')).toBe('high')

  rerender(<ProductCard product={pictured} storeId='101' onOpen={vi.fn()} />)
  expect(picture.getAttribute('loading')).toBe('lazy')
  expect(picture.hasAttribute('fetchpriority')).toBe(false)
  // The quick add is still a control that screen readers announce and the keyboard reaches.
  expect(container.querySelector('.quick-add')!.getAttribute('role')).toBe('button')
  expect(container.querySelector('.quick-add')!.getAttribute('tabindex')).toBe('0')
})
