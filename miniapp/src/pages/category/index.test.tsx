import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { drinks, storeProductsServerErrorOnce } from '../../../../mocks/src/graphql/index.ts'
import { setChosenStore, setPendingCategory } from '@/services'
import { navigationMock } from '@/test/navigation-mock'
import { useMswServer } from '@/test/msw'

import Category from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)

const server = useMswServer()
const cards = (container: HTMLElement) => container.querySelectorAll('.category__products .product-card')
const scrollToEnd = (container: HTMLElement) => fireEvent(container.querySelector('.category__products')!, new Event('scrolltolower'))

beforeEach(() => {
  localStorage.clear()
  vi.clearAllMocks()
})

describe('分类', () => {
  it('asks to choose a store first when none is chosen', async () => {
    render(<Category />)
    expect(screen.getByText('请先在首页选择门店')).toBeTruthy()
    fireEvent.click(screen.getByText('去首页'))
    expect(navigationMock.goHome).toHaveBeenCalled()
  })

  it('shows the category sidebar with counts and pages through products as the list scrolls', async () => {
    setChosenStore({ id: '101', name: '街角便利 南京东路店' })
    const { container } = render(<Category />)

    await waitFor(() => expect(cards(container)).toHaveLength(20))
    expect(container.querySelector('.category__tab--active')?.textContent).toBe('饮料42')
    expect(cards(container)[0]!.textContent).toContain('本店缺货')
    expect(cards(container)[3]!.textContent).toContain('会员¥2.53')

    scrollToEnd(container)
    await waitFor(() => expect(cards(container)).toHaveLength(40))
    scrollToEnd(container)
    await waitFor(() => expect(cards(container)).toHaveLength(drinks.length))
    expect(screen.getByText('没有更多了')).toBeTruthy()

    fireEvent.click(cards(container)[5]!)
    expect(navigationMock.openProduct).toHaveBeenCalledWith('101', drinks[5]!.id)
  })

  it('opens the category chosen on the home page', async () => {
    setChosenStore({ id: '101', name: '街角便利 南京东路店' })
    setPendingCategory('2')
    const { container } = render(<Category />)
    await waitFor(() => expect(container.querySelector('.category__tab--active')?.textContent).toBe('零食30'))
  })

  it('offers 重试 when the first page fails', async () => {
    setChosenStore({ id: '101', name: '街角便利 南京东路店' })
    server.use(storeProductsServerErrorOnce)
    const { container } = render(<Category />)

    await screen.findByText('商品服务暂时不可用，请稍后重试')
    fireEvent.click(screen.getByText('重试'))
    await waitFor(() => expect(cards(container)).toHaveLength(20))
  })
})
