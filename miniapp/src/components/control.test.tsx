import { View } from '@tarojs/components'
import { fireEvent, render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'

import { BUTTON, LINK, pressWithKeyboard } from './control'

pressWithKeyboard(document)

it('makes a tapped View focusable and pressed by Enter or Space, unless it is disabled', () => {
  const onTap = vi.fn()
  const onOpen = vi.fn()
  render(
    <>
      <View {...BUTTON} aria-label='加一件' onClick={onTap} />
      <View {...LINK} aria-label='打开商品' onClick={onOpen} />
      <View {...BUTTON} aria-label='不可用' aria-disabled='true' onClick={onTap} />
    </>,
  )
  const button = screen.getByLabelText('加一件')
  expect(button.tabIndex).toBe(0)
  expect(button.getAttribute('role')).toBe('button')

  fireEvent.keyDown(button, { key: 'Enter' })
  fireEvent.keyDown(button, { key: ' ' })
  expect(onTap).toHaveBeenCalledTimes(2)
  fireEvent.keyDown(button, { key: 'a' })
  expect(onTap).toHaveBeenCalledTimes(2)

  const link = screen.getByLabelText('打开商品')
  fireEvent.keyDown(link, { key: ' ' })
  expect(onOpen).not.toHaveBeenCalled()
  fireEvent.keyDown(link, { key: 'Enter' })
  expect(onOpen).toHaveBeenCalledTimes(1)

  fireEvent.keyDown(screen.getByLabelText('不可用'), { key: 'Enter' })
  expect(onTap).toHaveBeenCalledTimes(2)
})
