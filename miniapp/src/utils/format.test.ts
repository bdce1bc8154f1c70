import { describe, expect, it } from 'vitest'

import { formatDelivery, formatDistance, formatYuan, formatYuanFixed, parseYuan } from './format'

describe('formatDistance', () => {
  it.each([
    [0, '0m'],
    [350, '350m'],
    [349.6, '350m'],
    [999.4, '999m'],
    // rounds before choosing the unit, so never "1000m"
    [999.6, '1.0km'],
    [1234, '1.2km'],
    [12_345, '12.3km'],
  ])('%s m → %s', (meters, text) => {
    expect(formatDistance(meters)).toBe(text)
  })
})

describe('formatYuan', () => {
  it.each([
    [300, '3'],
    [250, '2.5'],
    [1999, '19.99'],
    [0, '0'],
  ])('%s fen → ¥%s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })
})

describe('formatDelivery', () => {
  it('names the estimate, the no-estimate case and pickup-only', () => {
    expect(formatDelivery(true, 25)).toBe('约25分钟送达')
    expect(formatDelivery(true, null)).toBe('暂无可预约的配送时段')
    expect(formatDelivery(false, null)).toBe('当前位置不在配送范围，可到店自提')
    expect(formatDelivery(false, null, false)).toBe('当前位置不在配送范围')
  })
  it('says when the store paused delivery rather than blaming the location', () => {
    expect(formatDelivery(false, null, true, true)).toBe('门店繁忙，暂停外送，可到店自提')
    expect(formatDelivery(false, null, false, true)).toBe('门店繁忙，暂停外送')
  })
})

describe('formatYuanFixed', () => {
  it.each([
    [0, '¥0.00'],
    [1290, '¥12.90'],
    [5, '¥0.05'],
  ])('%s fen → %s', (fen, text) => {
    expect(formatYuanFixed(fen)).toBe(text)
  })
})

describe('parseYuan', () => {
  it.each([
    ['5', 500],
    [' 5.5 ', 550],
    ['3.50', 350],
    ['0', 0],
    ['0.07', 7],
    ['19.99', 1999],
  ])('reads %j as %d fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen)
  })
  it.each(['', '-1', '1.234', 'abc', '¥5', '1,000', '.5'])('refuses %j', (text) => {
    expect(parseYuan(text)).toBeNull()
  })
})
