import QRCode from 'qrcode';
import { CJK_FONT_FAMILY as FONT_FAMILY, CJK_FONT_OPTIONS } from '../fonts.ts';

export interface PosterContent {
  /** what the QR encodes */
  link: string;
  storeName: string;
  storeAddress: string;
  /** the big line under the store name: the campaign title, the product name or an invitation */
  headline: string;
  /** the campaign's words; empty for store and shelf codes */
  body: string;
  /** printed small at the bottom so staff can tell posters apart and type the code in if needed */
  scene: string;
}

const WIDTH = 600;
const HEIGHT = 900;
const QR_SIZE = 360;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);
}

/** Breaks text into lines of at most `perLine` characters (CJK text has no spaces to break at). */
function wrap(text: string, perLine: number, maxLines: number): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  if (lines.length === maxLines && chars.length > perLine * maxLines) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -1)}…`;
  return lines;
}

/**
 * The QR as one SVG path of unit squares filling `size` at (x, y), inside the 4-module quiet zone
 * scanners need; error correction M survives a little wear on a shelf edge.
 */
function qrPath(link: string, x: number, y: number, size: number): string {
  const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = size / (n + 8);
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (modules.get(row, col)) d += `M${col} ${row}h1v1h-1z`;
  }
  return `<g transform="translate(${x + 4 * unit} ${y + 4 * unit}) scale(${unit})"><path d="${d}" fill="#111"/></g>`;
}

function text(x: number, y: number, size: number, content: string, extra = '', anchor: 'middle' | 'end' = 'middle'): string {
  return `<text x="${x}" y="${y}" font-size="${size}" text-anchor="${anchor}" ${extra}>${escapeXml(content)}</text>`;
}

export function posterSvg(poster: PosterContent): string {
  const center = WIDTH / 2;
  const lines: string[] = [
    text(center, 80, 40, poster.storeName, 'font-weight="700"'),
    ...wrap(poster.headline, 18, 2).map((line, i) => text(center, 140 + i * 40, 30, line, 'font-weight="700" fill="#e4393c"')),
  ];
  const qrTop = 230;
  const bodyTop = qrTop + QR_SIZE + 50;
  lines.push(...wrap(poster.body, 24, 3).map((line, i) => text(center, bodyTop + i * 32, 22, line)));
  lines.push(text(center, HEIGHT - 110, 22, '微信扫一扫 · 打开街角便利小程序', 'fill="#555"'));
  lines.push(...wrap(poster.storeAddress, 28, 2).map((line, i) => text(center, HEIGHT - 70 + i * 26, 18, line, 'fill="#555"')));
  lines.push(text(WIDTH - 20, HEIGHT - 12, 12, poster.scene, 'fill="#999"', 'end'));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT_FAMILY}, 'PingFang SC', 'Microsoft YaHei', sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<rect x="${center - QR_SIZE / 2}" y="${qrTop}" width="${QR_SIZE}" height="${QR_SIZE}" rx="12" fill="#fff" stroke="#e4393c" stroke-width="4"/>`,
    qrPath(poster.link, center - QR_SIZE / 2, qrTop, QR_SIZE),
    ...lines,
    '</svg>',
  ].join('\n');
}

/**
 * The same poster as PNG at twice the SVG's size, for printing. The native renderer is loaded on the
 * first poster asked for, not at start: few requests need it and every BFF process would carry it.
 */
export async function posterPng(poster: PosterContent): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(posterSvg(poster), {
    fitTo: { mode: 'width', value: WIDTH * 2 },
    font: CJK_FONT_OPTIONS,
  });
  return resvg.render().asPng();
}
