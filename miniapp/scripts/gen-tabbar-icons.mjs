// Generates the tab bar PNGs without any image tooling or network access.
// Run: node scripts/gen-tabbar-icons.mjs  (output is committed; rerun only to change the art)
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tabbar')

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
const png = (inside, [r, g, b]) => {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1)
    raw[row] = 0 // filter: none
    for (let x = 0; x < SIZE; x++) {
      // normalised coordinates in [-1, 1]
      const on = inside((x - 40) / 40, (y - 40) / 40)
      raw.set([r, g, b, on ? 255 : 0], row + 1 + x * 4)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const shapes = {
  // roof triangle over a square body
  home: (x, y) =>
    (y < -0.1 && y > -0.75 && Math.abs(x) < (y + 0.75) * 1.1) ||
    (y >= -0.1 && y < 0.7 && Math.abs(x) < 0.5 && !(Math.abs(x) < 0.15 && y > 0.25)),
  // 2x2 grid of tiles
  category: (x, y) => {
    const t = (v) => Math.abs(v) > 0.1 && Math.abs(v) < 0.7
    return t(x) && t(y)
  },
  // basket with two wheels
  cart: (x, y) =>
    (y > -0.5 && y < 0.2 && Math.abs(x) < 0.65 - (y + 0.5) * 0.2) ||
    (y > -0.72 && y <= -0.5 && x > -0.85 && x < -0.6) ||
    Math.hypot(x + 0.35, y - 0.5) < 0.15 ||
    Math.hypot(x - 0.35, y - 0.5) < 0.15,
  // diamond badge
  member: (x, y) => Math.abs(x) + Math.abs(y) < 0.75 && !(Math.abs(x) + Math.abs(y) < 0.35),
  // head and shoulders
  profile: (x, y) =>
    Math.hypot(x, y + 0.3) < 0.32 || (y > 0.15 && y < 0.7 && Math.hypot(x, (y - 0.7) * 1.4) < 0.7),
}

mkdirSync(outDir, { recursive: true })
for (const [name, inside] of Object.entries(shapes)) {
  writeFileSync(join(outDir, `${name}.png`), png(inside, [0x8a, 0x8a, 0x8a]))
  writeFileSync(join(outDir, `${name}-active.png`), png(inside, [0xe4, 0x39, 0x3c]))
}
console.log(`wrote ${Object.keys(shapes).length * 2} icons to ${outDir}`)
