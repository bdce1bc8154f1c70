import { fireEvent, render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'

import { Stepper } from './Stepper'

const less = () => screen.getByLabelText('可乐减少一件')
const more = () => screen.getByLabelText('可乐增加一件')

it('steps by one within its bounds', () => {
  const onChange = vi.fn()
  render(<Stepper value={2} min={0} max={5} label='可乐' onChange={onChange} />)
  fireEvent.click(more())
  fireEvent.click(less())
  expect(onChange.mock.calls).toEqual([[3], [1]])
})

it('stops at max and at min, and says so to assistive technology', () => {
  const onChange = vi.fn()
  const { rerender } = render(<Stepper value={5} max={5} label='可乐' onChange={onChange} />)
  fireEvent.click(more())
  expect(more().getAttribute('aria-disabled')).toBe('true')
  rerender(<Stepper value={1} min={1} max={5} label='可乐' onChange={onChange} />)
  fireEvent.click(less())
  expect(less().getAttribute('aria-disabled')).toBe('true')
  expect(onChange).not.toHaveBeenCalled()
})

it('waits while a change is on its way', () => {
  const onChange = vi.fn()
  render(<Stepper value={2} max={5} busy label='可乐' onChange={onChange} />)
  fireEvent.click(more())
  fireEvent.click(less())
  expect(onChange).not.toHaveBeenCalled()
})
