import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, it } from 'vitest'

const src = dirname(fileURLToPath(import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Every module specifier a file names: static imports and re-exports (type-only ones too), dynamic imports, requires. */
function specifiers(text: string): string[] {
  const found: string[] = []
  for (const pattern of [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const match of text.matchAll(pattern)) found.push(match[1]!)
  }
  return found
}

function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return join(src, specifier.slice(2))
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier)
  return null
}

/** `pages/<page>/index` (and `pages/<package>/<page>/index`): what Taro loads as a page. */
const isPageModule = (path: string) => /^pages\/(?:[^/]+\/)+index(?:\.tsx?)?$/.test(relative(src, path).split('\\').join('/'))

it('no module imports from a page module: in the weapp build a page keeps only its default export', () => {
  const offending = sourceFiles(src).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => {
        const path = target(file, specifier)
        return path !== null && isPageModule(path)
      })
      .map((specifier) => `${relative(src, file)} imports '${specifier}'`),
  )
  expect(offending).toEqual([])
})

it('the check sees the imports it must refuse', () => {
  const page = join(src, 'pages/staff/manager/Figures.tsx')
  const refused = ["import { yuan, type Run } from './index'", "import type { Run } from './index'", "export { yuan } from '@/pages/staff/orders/index'", "const m = await import('../../orders/detail/index.tsx')"]
  for (const line of refused) {
    const [specifier] = specifiers(line)
    expect(isPageModule(target(page, specifier!)!), line).toBe(true)
  }
  expect(isPageModule(target(page, './run')!)).toBe(false)
  expect(isPageModule(target(page, '@/services/index')!)).toBe(false)
})
