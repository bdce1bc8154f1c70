import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { drinks, searchHotWordsSuccess, searchStoreProductsSuccess } from '../../../../mocks/src/graphql/index.ts'
import { setChosenStore } from '@/services'
import { useMswServer } from '@/test/msw'

import Search from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

const server = useMswServer()
const cards = (container: HTMLElement) => container.querySelectorAll('.search__results .product-card')

beforeEach(() => {
  localStorage.clear()
  setChosenStore({ id: '101', name: '街角便利 南京东路店' })
  server.use(searchHotWordsSuccess, searchStoreProductsSuccess)
})

describe('搜索', () => {
  it("offers the store's hot words, and a tapped one is searched", async () => {
    const { container } = render(<Search />)
    fireEvent.click(await screen.findByText('测试饮料2'))
    await waitFor(() => expect(cards(container).length).toBeGreaterThan(0))
    expect([...cards(container)].every((card) => card.textContent!.includes('测试饮料2'))).toBe(true)
    expect(screen.queryByText('本店热卖，看看这些')).toBeNull()
  })

  it('shows what the store has instead when nothing is found', async () => {
    const { container } = render(<Search />)
    fireEvent(container.querySelector('.search__input input') ?? container.querySelector('.search__input')!, new CustomEvent('confirm', { detail: { value: '鑫' } }))
    expect(await screen.findByText('本店没有找到“鑫”')).toBeTruthy()
    expect(screen.getByText('本店热卖，看看这些')).toBeTruthy()
    expect(cards(container)[0]!.textContent).toContain(drinks[0]!.name)
  })
})
