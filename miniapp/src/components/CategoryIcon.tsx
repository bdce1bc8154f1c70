import { Image, View } from './elements'


/** Simple drawn glyphs (24×24 SVG paths), one per kind of shelf, matched on the category's name. */
const GLYPHS: Array<{ match: RegExp; color: string; tint: string; path: string }> = [
  { match: /零食|薯片|饼干|糖/, color: '#d9480f', tint: '#fff0e6', path: 'M6 3h12l-1 3 1 3-1 3 1 3-1 3 1 3H6l1-3-1-3 1-3-1-3 1-3z M10 9h4v4h-4z' },
  { match: /速食|方便|面/, color: '#b8860b', tint: '#fff6db', path: 'M3 11h18a9 9 0 0 1-18 0z M7 3v6 M11 3v6 M15 3v6 M9 20h6v2H9z' },
  { match: /乳|奶|烘焙|面包/, color: '#3b5bdb', tint: '#e8edff', path: 'M8 2h8v3l3 4v13H5V9l3-4z M5 12h14v5H5z' },
  { match: /鲜食|便当|熟食/, color: '#2b8a3e', tint: '#e6f6ea', path: 'M3 7h18v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z M12 7v14 M3 13h9 M2 5h20v2H2z' },
  { match: /果|蔬/, color: '#c92a2a', tint: '#ffeaea', path: 'M12 7c-3-2-8-1-8 5 0 5 3 10 6 10 1 0 1.5-.5 2-.5s1 .5 2 .5c3 0 6-5 6-10 0-6-5-7-8-5z M12 7c0-3 1-4 3-5' },
  { match: /冷冻|冰/, color: '#1098ad', tint: '#e3f8fb', path: 'M11 2h2v20h-2z M2 11h20v2H2z M4.9 6.3l1.4-1.4 12.8 12.8-1.4 1.4z M17.7 4.9l1.4 1.4L6.3 19.1l-1.4-1.4z' },
  { match: /酒/, color: '#862e9c', tint: '#f6e8fb', path: 'M6 2h12l-1 7a5 5 0 0 1-4 4.9V20h4v2H7v-2h4v-6.1A5 5 0 0 1 7 9z' },
  { match: /饮|水|茶|咖啡/, color: '#1769c2', tint: '#e3f0fd', path: 'M10 2h4v3l2 3v13a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V8l2-3z M8 12h8v5H8z' },
  { match: /粮|油|调味/, color: '#e67700', tint: '#fff3e0', path: 'M9 2h6v3h-1v2l3 3v11a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V10l3-3V5H9z M7 13h10v4H7z' },
  { match: /日用|百货|纸/, color: '#5f3dc4', tint: '#efeafd', path: 'M3 9h18v12H3z M8 9c0-3 2-5 4-5s4 2 4 5 M3 13h18' },
  { match: /个护|清洁|洗/, color: '#0c8599', tint: '#e3f6f8', path: 'M10 2h5v2h-3v3h2v2h2a2 2 0 0 1 2 2v10a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V11a2 2 0 0 1 2-2h2V7h0z' },
  { match: /母婴|婴|儿童/, color: '#d6336c', tint: '#ffe8f0', path: 'M10 2h4v3h1v3l2 2v11a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V10l2-2V5h1z M7 14h10' },
]
const FALLBACK = { color: '#495057', tint: '#eef0f2', path: 'M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z' }

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** ASCII to base64 without btoa, which the weapp runtime lacks. */
function base64(ascii: string): string {
  let out = ''
  for (let i = 0; i < ascii.length; i += 3) {
    const [a, b, c] = [ascii.charCodeAt(i), ascii.charCodeAt(i + 1), ascii.charCodeAt(i + 2)]
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63] + (Number.isNaN(b) ? '=' : BASE64[(n >> 6) & 63]) + (Number.isNaN(c) ? '=' : BASE64[n & 63])
  }
  return out
}

const svgOf = (color: string, path: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${path}" fill="${color}" fill-rule="evenodd" stroke="${color}" stroke-width="1.2" stroke-linejoin="round" stroke-linecap="round"/></svg>`

const glyphFor = (name: string) => GLYPHS.find((glyph) => glyph.match.test(name)) ?? FALLBACK

/**
 * H5 draws the glyph as inline SVG: a data-URL picture is a document of its own for the browser to
 * load and parse, and 首页's dozen of them were a long task after first paint on a slow phone
 * (Lighthouse TBT). weapp has no inline SVG and keeps the picture.
 */
export function CategoryIcon({ name }: { name: string }) {
  const { color, tint, path } = glyphFor(name)
  const stroke = { fill: color, fillRule: 'evenodd', stroke: color, strokeWidth: 1.2, strokeLinejoin: 'round', strokeLinecap: 'round' } as const
  return (
    <View className='category-icon' style={{ background: tint }}>
      {process.env.TARO_ENV === 'h5' ? (
        <svg className='category-icon__image' viewBox='0 0 24 24' aria-hidden='true' focusable='false'>
          <path d={path} {...stroke} />
        </svg>
      ) : (
        <Image className='category-icon__image' src={`data:image/svg+xml;base64,${base64(svgOf(color, path))}`} alt='' />
      )}
    </View>
  )
}
