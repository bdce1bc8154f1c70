import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { searchStoreProductsSuccess } from '../../../../mocks/src/graphql/index.ts'
import { getSearchHistory, setChosenStore } from '@/services'
import { useMswServer } from '@/test/msw'

import Search from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
const server = useMswServer()

beforeEach(() => {
  localStorage.clear()
  setChosenStore({ id: '101', name: '街角便利 南京东路店' })
  server.use(searchStoreProductsSuccess)
})

it('searches a hot word, remembers it newest first, and offers it again until cleared', async () => {
  const first = render(<Search />)
  expect(screen.queryByText('搜索历史')).toBeNull()
  fireEvent.click(screen.getByText('咖啡'))
  await screen.findByText('本店没有找到“咖啡”，换个词试试')
  first.unmount()

  const second = render(<Search />)
  fireEvent.click(screen.getAllByText('牛奶')[0]!)
  await screen.findByText('本店没有找到“牛奶”，换个词试试')
  expect(getSearchHistory()).toEqual(['牛奶', '咖啡'])
  second.unmount()

  render(<Search />)
  expect(screen.getByText('搜索历史')).toBeTruthy()
  fireEvent.click(screen.getByText('清空'))
  expect(screen.queryByText('搜索历史')).toBeNull()
  expect(getSearchHistory()).toEqual([])
})
