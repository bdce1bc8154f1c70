import { render } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { expect, it, vi } from 'vitest'

import { BarcodeFormat, decodeGrey } from '@/test/decode'
import { useMswServer } from '@/test/msw'

import { MemberCodePanel } from './MemberCode'

// Taro's page lifecycle needs its router; the panel here is always shown.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => undefined, usePageBottom: () => undefined }))
const msw = useMswServer()

/**
 * The code is drawn as the page draws it (the panel's bars and spaces, or its QR image), turned into
 * pixels, and read back by ZXing: what a scanner reads must be the code the BFF issued, not merely bars
 * that look right. The browser journey (member.e2e) reads Chromium's own pixels the same way.
 */

/** Grey levels of a white image, one byte a pixel, as ZXing's luminance source takes them. */
function canvas(width: number, height: number) {
  return { width, height, pixels: new Uint8ClampedArray(width * height).fill(255) }
}
type Canvas = ReturnType<typeof canvas>

function fill(image: Canvas, x0: number, x1: number, y0: number, y1: number) {
  for (let y = y0; y < y1; y++) image.pixels.fill(0, y * image.width + x0, y * image.width + x1)
}

const decode = (image: Canvas, format: BarcodeFormat) => decodeGrey(image.pixels, image.width, image.height, format)

/**
 * The barcode's flex items laid out at `modulePx` pixels a module, each edge snapped to the pixel
 * grid as a browser paints it: a module is then one pixel wider or narrower here and there.
 */
function rasterizeBarcode(barcode: Element, modulePx: number): Canvas {
  const items = [...barcode.children].map((item) => ({ bar: item.classList.contains('barcode__bar'), modules: Number((item as HTMLElement).style.flexGrow) }))
  const total = items.reduce((sum, item) => sum + item.modules, 0)
  const image = canvas(Math.round(total * modulePx), 60)
  let at = 0
  for (const item of items) {
    if (item.bar) fill(image, Math.round(at * modulePx), Math.round((at + item.modules) * modulePx), 0, image.height)
    at += item.modules
  }
  return image
}

/** The QR image's SVG (a data URL) drawn back at 4 pixels a module. */
function rasterizeQr(img: Element): Canvas {
  const svg = atob(img.getAttribute('src')!.replace(/^data:image\/svg\+xml;base64,/, ''))
  const box = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1])
  const scale = 4
  const image = canvas(box * scale, box * scale)
  for (const [, x, y] of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    fill(image, Number(x) * scale, (Number(x) + 1) * scale, Number(y) * scale, (Number(y) + 1) * scale)
  }
  return image
}

async function renderCode(code: { digits: string; qrPayload: string; shortCode: string }) {
  msw.use(
    graphql.query('MemberCode', () =>
      HttpResponse.json({
        data: { memberCode: { ...code, expiresAt: new Date(Date.now() + 30_000).toISOString(), periodSeconds: 30 }, serverTime: new Date().toISOString() },
      }),
    ),
  )
  const view = render(<MemberCodePanel />)
  // Generous: the first render pays for loading Taro's H5 runtime, slow on a busy machine.
  await view.findByText(/秒后自动刷新/, {}, { timeout: 10_000 })
  return { barcode: document.querySelector('.member-code__barcode')!, qr: document.querySelector('.member-code__qr')! }
}

// Codes as the BFF issues them (22 digits: card number, then the rotating part), with check symbols
// from low to high values (99 and above are the codes set C shares with its shift symbols).
const CODES = ['8800000000000013123456', '8800000000000021987654', '8800000000000099000999', '8800000000000013999999']

// The barcode is 598 design px wide on the card (311 CSS px at 390 px): 1.77 CSS px a module, drawn at
// a phone's 2 or 3 device pixels per CSS pixel.
const MODULE_CSS_PX = (598 * (390 / 750)) / (10 + 13 * 11 + 13 + 10)

it.each(CODES)('the member barcode reads back as the issued code %s', async (digits) => {
  const { barcode } = await renderCode({ digits, qrPayload: digits, shortCode: '123456789015' })
  for (const devicePixelRatio of [2, 3]) {
    expect(decode(rasterizeBarcode(barcode, MODULE_CSS_PX * devicePixelRatio), BarcodeFormat.CODE_128), `at ${devicePixelRatio}x`).toBe(digits)
  }
  // Whole pixels a module, as a till's screen capture of the card would be.
  expect(decode(rasterizeBarcode(barcode, 2), BarcodeFormat.CODE_128)).toBe(digits)
}, 20_000)

it('the member QR reads back as the issued payload', async () => {
  const qrPayload = '8800000000000013123456'
  const { qr } = await renderCode({ digits: qrPayload, qrPayload, shortCode: '123456789015' })
  expect(decode(rasterizeQr(qr), BarcodeFormat.QR_CODE)).toBe(qrPayload)
})
