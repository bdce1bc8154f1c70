import { describe, expect, it } from 'vitest'

import { CODE128_SYMBOLS, code128CValues, code128CWidths } from './barcode'

describe('Code 128 set C', () => {
  it('has 106 distinct symbols of 11 modules, each with an even number of bar modules', () => {
    expect(CODE128_SYMBOLS).toHaveLength(106)
    expect(new Set(CODE128_SYMBOLS).size).toBe(106)
    for (const symbol of CODE128_SYMBOLS) {
      const widths = [...symbol].map(Number)
      expect(widths.reduce((a, b) => a + b)).toBe(11)
      expect((widths[0]! + widths[2]! + widths[4]!) % 2).toBe(0)
    }
  })

  it('packs two digits per symbol behind start C, with the weighted modulo-103 check', () => {
    // 105 + 12×1 + 34×2 = 185 ≡ 82 (mod 103)
    expect(code128CValues('1234')).toEqual([105, 12, 34, 82])
    expect(code128CValues('00')).toEqual([105, 0, 2])
  })

  it('draws a 22-digit member code as 13 symbols and the stop, bar first and last', () => {
    const widths = code128CWidths('8800000000000013123456')
    expect(widths.reduce((a, b) => a + b)).toBe(13 * 11 + 13)
    expect(widths.length % 2).toBe(1)
    expect(widths.slice(0, 6).join('')).toBe('211232')
    expect(widths.slice(-7).join('')).toBe('2331112')
  })

  it('refuses what set C cannot hold', () => {
    expect(() => code128CWidths('123')).toThrow()
    expect(() => code128CWidths('12a4')).toThrow()
  })
})
