// Writes a brotli (.br) and a gzip (.gz) copy beside each content-hashed script and style of the H5
// build, and beside index.html, for the BFF to send to clients that accept them (bff/src/h5-static.ts).
// Done once here at the highest levels: a file named after its content never changes, and index.html
// changes only with the build that writes its copies.
// Run by `npm run build:h5` after Taro's build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'h5')
// The names h5.output in config/index.ts gives: js/[name].[contenthash:8].js, css/… likewise.
const HASHED_TEXT = /\.[0-9a-f]{8}\.(js|css)$/
const PAGE = join(DIST, 'index.html')
// Below one TCP packet the saving is not worth a second file.
const MIN_BYTES = 1024

let before = 0
let after = 0
for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name)
  if (!entry.isFile() || !(HASHED_TEXT.test(entry.name) || path === PAGE)) continue
  const data = readFileSync(path)
  // The page always: a copy from an earlier build must not outlive it.
  if (data.length < MIN_BYTES && path !== PAGE) continue
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  })
  writeFileSync(`${path}.br`, br)
  writeFileSync(`${path}.gz`, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }))
  before += data.length
  after += br.length
}
console.log(`[compress-h5] ${(before / 1024).toFixed(0)} KiB of hashed scripts and styles and the page, ${(after / 1024).toFixed(0)} KiB as brotli`)
