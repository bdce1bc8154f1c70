/**
 * The demo campaign's banner (750×300, 5:2), drawn here like the packshots: a red ground with soft
 * shapes and the campaign's headline set in the Noto Sans SC the BFF ships, as a JPEG the image
 * store keeps like any upload.
 */
import sharp from 'sharp';
import { CJK_FONT_FAMILY, CJK_FONT_FILES } from '../../bff/src/fonts.ts';

const WIDTH = 750;
const HEIGHT = 300;

const GROUND = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e8392f"/><stop offset="1" stop-color="#b51f18"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
  <circle cx="640" cy="60" r="150" fill="#ffffff" fill-opacity="0.10"/>
  <circle cx="700" cy="270" r="90" fill="#ffffff" fill-opacity="0.08"/>
  <rect x="540" y="110" width="150" height="110" rx="16" fill="#fff4d6"/>
  <rect x="540" y="110" width="150" height="34" rx="16" fill="#ffd35c"/>
</svg>`;

async function line(text: string, px: number, colour: string, bold: boolean): Promise<Buffer> {
  return sharp({
    text: {
      text: `<span foreground="${colour}">${text}</span>`,
      font: `${CJK_FONT_FAMILY}${bold ? ' Bold' : ''} ${px}`,
      fontfile: CJK_FONT_FILES[bold ? 1 : 0],
      dpi: 72,
      rgba: true,
    },
  })
    .png()
    .toBuffer();
}

/** The banner's bytes: the same every time, so its id (their sha256) is too. */
export async function demoBanner(headline: string, tagline: string, stamp: string): Promise<Buffer> {
  const [title, sub, ticket] = await Promise.all([line(headline, 52, '#ffffff', true), line(tagline, 28, '#fff0ef', false), line(stamp, 40, '#b51f18', true)]);
  const ticketWidth = (await sharp(ticket).metadata()).width ?? 0;
  return sharp(Buffer.from(GROUND))
    .composite([
      { input: title, left: 48, top: 84 },
      { input: sub, left: 50, top: 168 },
      { input: ticket, left: 615 - Math.round(ticketWidth / 2), top: 152 },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}
