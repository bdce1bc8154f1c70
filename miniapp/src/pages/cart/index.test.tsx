import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { setChosenStore } from '@/services'
import { useMswServer } from '@/test/msw'

import Cart from './index'

vi.mock('@/services/navigation', async () => (await import('@/test/navigation-mock')).navigationMock)
useMswServer()

beforeEach(() => {
  localStorage.clear()
  setChosenStore({ id: '101', name: '街角便利 静安寺店' })
})

const row = (label: string) => screen.getByText(label).parentElement!.textContent

it('shows the cart with the quote breakdown, and re-prices when a quantity changes', async () => {
  render(<Cart />)
  await screen.findByText('测试饮料1号 500ml')
  // 2 × ¥3 at ¥2.5 member price, 任选2件8折 on ¥5, plus ¥8.9 of crisps.
  expect(row('商品金额')).toContain('¥14.9')
  expect(row('会员价优惠')).toContain('-¥1')
  expect(row('促销优惠')).toContain('-¥1')
  expect(row('应付')).toContain('¥12.9')
  expect(screen.getByText('已为您节省¥2')).toBeTruthy()
  expect(screen.getByText('再买¥46.1享满59减10')).toBeTruthy()

  const crisps = screen.getByText('海苔薯片 70g').closest('.cart-line') as HTMLElement
  fireEvent.click(within(crisps).getByText('+'))
  await within(crisps).findByText('2')
  await screen.findByText('合计 ¥21.8')
  expect(row('商品金额')).toContain('¥23.8')
})
