import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { drinks, searchHotWordsSuccess, searchStoreProductsSuccess } from '../../../../mocks/src/graphql/index.ts'
import { getSearchHistory, setChosenStore } from '@/services'
import { useMswServer } from '@/test/msw'

import Search from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

const server = useMswServer()
const cards = (container: HTMLElement) => container.querySelectorAll('.search__results .product-card')
const submit = (container: HTMLElement, value: string) =>
  fireEvent(container.querySelector('.search__input input') ?? container.querySelector('.search__input')!, new CustomEvent('confirm', { detail: { value } }))

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
    submit(container, '鑫')
    expect(await screen.findByText('本店没有找到“鑫”，换个词试试')).toBeTruthy()
    expect(screen.getByText('本店热卖，看看这些')).toBeTruthy()
    expect(cards(container)[0]!.textContent).toContain(drinks[0]!.name)
  })

  it('remembers searches newest first and offers them again until cleared', async () => {
    const first = render(<Search />)
    expect(screen.queryByText('搜索历史')).toBeNull()
    fireEvent.click(await screen.findByText('测试饮料1'))
    await waitFor(() => expect(cards(first.container).length).toBeGreaterThan(0))
    first.unmount()

    const second = render(<Search />)
    submit(second.container, '鑫')
    await screen.findByText('本店没有找到“鑫”，换个词试试')
    expect(getSearchHistory()).toEqual(['鑫', '测试饮料1'])
    second.unmount()

    render(<Search />)
    expect(screen.getByText('搜索历史')).toBeTruthy()
    fireEvent.click(screen.getByText('清空'))
    expect(screen.queryByText('搜索历史')).toBeNull()
    expect(getSearchHistory()).toEqual([])
  })
})
