/**
 * Code 128 set C, drawn as widths rather than pixels: the member code is all digits, which set C
 * packs two to a symbol, so 22 digits make a barcode narrow enough for a phone held to a scanner.
 * Written here instead of a library: the weapp main package has no room for one, and this is the
 * whole of it.
 */

// Bar, space, bar, space, bar, space widths of the symbols 0–105 (ISO/IEC 15417 table 1).
export const CODE128_SYMBOLS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 ' +
  '221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 ' +
  '221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 ' +
  '212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 ' +
  '231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 ' +
  '231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 ' +
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 ' +
  '112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 ' +
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 ' +
  '214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 ' +
  '114131 311141 411131 211412 211214 211232'
).split(' ')
const START_C = 105
const STOP = '2331112'
/** The quiet zone scanners need either side, in modules. */
export const QUIET_MODULES = 10

/** The symbol values of `digits` in set C, start and check symbol included (stop excluded). */
export function code128CValues(digits: string): number[] {
  if (!/^(\d\d)+$/.test(digits)) throw new Error('Code 128 C takes an even number of digits')
  const values = [START_C]
  for (let i = 0; i < digits.length; i += 2) values.push(Number(digits.slice(i, i + 2)))
  const check = values.reduce((sum, value, i) => sum + value * Math.max(1, i), 0) % 103
  return [...values, check]
}

/** Alternating bar and space widths in modules, starting and ending with a bar (no quiet zones). */
export function code128CWidths(digits: string): number[] {
  const pattern = code128CValues(digits).map((value) => CODE128_SYMBOLS[value]).join('') + STOP
  return [...pattern].map(Number)
}
