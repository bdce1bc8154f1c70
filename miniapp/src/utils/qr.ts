import { create } from 'qrcode'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

// The weapp runtime has no btoa; the SVG is plain ASCII, so a byte-wise encoder is enough.
function base64Ascii(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)]
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63]
    out += i + 1 < text.length ? BASE64[(n >> 6) & 63] : '='
    out += i + 2 < text.length ? BASE64[n & 63] : '='
  }
  return out
}

/** A QR code as an SVG data URL for <Image>: no canvas, so it works the same on weapp and H5. */
export function qrDataUrl(text: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size
  const quiet = 2
  let path = ''
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (modules.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`
  }
  const box = size + quiet * 2
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  return `data:image/svg+xml;base64,${base64Ascii(svg)}`
}
