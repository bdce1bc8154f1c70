// @vitest-environment node
import { join } from 'node:path'
import sharp from 'sharp'
import { expect, it } from 'vitest'

import { loadAppConfig } from '../scripts/app-config.mts'

/** The colour most of the icon's opaque pixels have, as #rrggbb. */
async function dominantColour(path: string): Promise<string> {
  const { data, info } = await sharp(path).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const counts = new Map<string, number>()
  for (let i = 0; i < data.length; i += info.channels) {
    if (data[i + 3]! < 128) continue
    const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('')}`
    counts.set(hex, (counts.get(hex) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'no opaque pixel'
}

it('draws every tab bar icon in the tab bar colours of app.config.ts (run miniapp/scripts/gen-tabbar-icons.mts after changing them)', async () => {
  const { tabBar } = await loadAppConfig()
  const icons = tabBar!.list.flatMap(({ iconPath, selectedIconPath }) => [
    { path: iconPath!, expected: tabBar!.color },
    { path: selectedIconPath!, expected: tabBar!.selectedColor },
  ])
  const drawn = await Promise.all(icons.map(async ({ path }) => ({ path, colour: await dominantColour(join(__dirname, path)) })))
  expect(drawn).toEqual(icons.map(({ path, expected }) => ({ path, colour: expected })))
})
