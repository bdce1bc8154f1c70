// Draws the tab bar PNGs in app.config.ts's tab bar colours (`color`, `selectedColor`), so the icons
// and their labels never drift apart. Output is committed; rerun after changing the art or the colours:
//   npx tsx miniapp/scripts/gen-tabbar-icons.mts
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

import { loadAppConfig } from './app-config.mts'

type Shape = (x: number, y: number) => boolean

const SIZE = 81
const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src')

/** RGBA pixels of `inside` (normalised coordinates in [-1, 1]) filled with `hex`, transparent elsewhere. */
function draw(inside: Shape, hex: string): Buffer {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const pixels = Buffer.alloc(SIZE * SIZE * 4)
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      pixels.set([...rgb, inside((x - 40) / 40, (y - 40) / 40) ? 255 : 0], (y * SIZE + x) * 4)
    }
  }
  return pixels
}

const shapes: Record<string, Shape> = {
  // roof triangle over a square body
  home: (x, y) =>
    (y < -0.1 && y > -0.75 && Math.abs(x) < (y + 0.75) * 1.1) ||
    (y >= -0.1 && y < 0.7 && Math.abs(x) < 0.5 && !(Math.abs(x) < 0.15 && y > 0.25)),
  // 2x2 grid of tiles
  category: (x, y) => {
    const t = (v: number) => Math.abs(v) > 0.1 && Math.abs(v) < 0.7
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

const { tabBar } = await loadAppConfig()
if (!tabBar?.color || !tabBar.selectedColor) throw new Error('app.config.ts: tabBar.color and tabBar.selectedColor are required')
const write = (path: string, inside: Shape, hex: string) =>
  sharp(draw(inside, hex), { raw: { width: SIZE, height: SIZE, channels: 4 } })
    .png({ compressionLevel: 9 })
    .toFile(join(srcDir, path))

for (const { iconPath, selectedIconPath } of tabBar.list) {
  const name = iconPath!.replace(/^.*\/|\.png$/g, '')
  const inside = shapes[name]
  if (!inside) throw new Error(`no art for tab bar icon ${iconPath}`)
  mkdirSync(dirname(join(srcDir, iconPath!)), { recursive: true })
  await write(iconPath!, inside, tabBar.color)
  await write(selectedIconPath!, inside, tabBar.selectedColor)
}
console.log(`wrote ${tabBar.list.length * 2} tab bar icons in ${tabBar.color} and ${tabBar.selectedColor}`)
