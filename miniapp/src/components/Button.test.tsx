import { fireEvent, render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'

import { Button } from './Button'

const host = (text: string) => screen.getByText(text).closest('.btn')!

it('leaves the disabled attribute out entirely when enabled, so Taro’s [disabled] style cannot fade it', () => {
  const onClick = vi.fn()
  render(
    <>
      <Button onClick={onClick}>去结算</Button>
      <Button variant='secondary' disabled={false}>
        取消订单
      </Button>
    </>,
  )
  expect(host('去结算').hasAttribute('disabled')).toBe(false)
  expect(host('取消订单').hasAttribute('disabled')).toBe(false)
  expect(document.querySelector('[disabled]')).toBeNull()
  fireEvent.click(host('去结算'))
  expect(onClick).toHaveBeenCalledTimes(1)
})

it('marks a disabled or loading button as such and ignores taps on it', () => {
  const onClick = vi.fn()
  render(
    <>
      <Button disabled onClick={onClick}>
        提交订单
      </Button>
      <Button loading onClick={onClick}>
        支付中
      </Button>
    </>,
  )
  expect(host('提交订单').hasAttribute('disabled')).toBe(true)
  expect(host('提交订单').className).toContain('btn--inactive')
  expect(host('支付中').hasAttribute('disabled')).toBe(true)
  fireEvent.click(host('提交订单'))
  fireEvent.click(host('支付中'))
  expect(onClick).not.toHaveBeenCalled()
})
