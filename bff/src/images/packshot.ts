import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import { CJK_FONT_FAMILY, CJK_FONT_FILES } from '../fonts.ts';

/** One line of label text, centred at x, in the coordinates of the drawing. */
export interface PackshotText {
  text: string;
  x: number;
  /** top of the line box */
  top: number;
  /** em size in px */
  size: number;
  colour: string;
  bold: boolean;
}

/**
 * An illustrative product picture as the image store keeps it (the demo chain's packshots, made by
 * prisma/seed/packshots.ts): a square SVG drawing without text, and its label lines. The text is kept
 * apart because librsvg, which draws the SVG inside sharp, sets text in the machine's fonts (boxes on
 * a server without a CJK font); sharp's own text renderer takes the font file the BFF ships.
 */
export interface Packshot {
  kind: 'packshot';
  /** width and height of the drawing */
  size: number;
  svg: string;
  texts: PackshotText[];
}

export const PACKSHOT_CONTENT_TYPE = 'application/vnd.corner.packshot+json';
const MAGIC = '{"kind":"packshot"';

export function packshotBytes(packshot: Packshot): Buffer {
  const { kind, size, svg, texts } = packshot;
  // kind first, so a stored original is recognised by its first bytes.
  return Buffer.from(JSON.stringify({ kind, size, svg, texts }));
}

export function isPackshot(bytes: Buffer): boolean {
  return bytes.subarray(0, MAGIC.length).toString('utf8') === MAGIC;
}

function escapeMarkup(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);
}

async function textOverlay(text: PackshotText, scale: number, width: number): Promise<OverlayOptions> {
  const px = Math.max(1, Math.round(text.size * scale));
  const input = await sharp({
    text: {
      text: `<span foreground="${text.colour}">${escapeMarkup(text.text)}</span>`,
      font: `${CJK_FONT_FAMILY}${text.bold ? ' Bold' : ''} ${px}`,
      fontfile: CJK_FONT_FILES[text.bold ? 1 : 0],
      // At 72 dpi a point is a pixel, so the size above is the em size in px.
      dpi: 72,
      rgba: true,
    },
  })
    .png()
    .toBuffer();
  const measured = await sharp(input).metadata();
  const left = Math.round(text.x * scale - measured.width / 2);
  return { input, left: Math.min(Math.max(0, left), Math.max(0, width - measured.width)), top: Math.round(text.top * scale) };
}

/** The packshot drawn at `size` px square, text set in the bundled Noto Sans SC. */
export async function renderPackshot(bytes: Buffer, size: number): Promise<Sharp> {
  const packshot = JSON.parse(bytes.toString('utf8')) as Packshot;
  const scale = size / packshot.size;
  const overlays = await Promise.all(packshot.texts.map((text) => textOverlay(text, scale, size)));
  const drawing = await sharp(Buffer.from(packshot.svg), { density: 72 * scale }).resize(size, size).composite(overlays).png().toBuffer();
  return sharp(drawing);
}
