import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { packshot } from '../../../prisma/seed/packshots.ts';
import { packshotBytes, renderPackshot, type Packshot } from './packshot.ts';

const COLA = packshot({ category: 'soda', brand: '可口可乐', item: '经典可乐', spec: '330ml', unit: '罐' });
const SIZE = 240;
const pixels = async (drawing: Packshot) => (await renderPackshot(packshotBytes(drawing), SIZE)).raw().toBuffer();

/**
 * Sum of absolute differences of two renders, blurred first: fontconfig's hinting and antialiasing
 * settings move glyph edges by a fraction of a pixel, which the blur evens out; another font, or
 * boxes for missing glyphs, still differ as much as no text at all.
 */
async function distance(a: Buffer, b: Buffer): Promise<number> {
  const blurred = (raw: Buffer) => sharp(raw, { raw: { width: SIZE, height: SIZE, channels: 3 } }).blur(2).raw().toBuffer();
  const [x, y] = await Promise.all([blurred(a), blurred(b)]);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs(x[i]! - y[i]!);
  return sum;
}

const dir = mkdtempSync(join(tmpdir(), 'corner-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('packshot rendering', () => {
  it('sets the label in the bundled font: the same pixels on a machine without any system font', { timeout: 60_000 }, async () => {
    const here = await pixels(COLA);
    // A fontconfig that knows no fonts at all, as on a fresh server without fonts-noto-cjk.
    const noFonts = join(dir, 'fonts.conf');
    writeFileSync(noFonts, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
    const script = `
      const { renderPackshot, packshotBytes } = await import(${JSON.stringify(fileURLToPath(new URL('./packshot.ts', import.meta.url)))});
      const image = await renderPackshot(packshotBytes(${JSON.stringify(COLA)}), 240);
      process.stdout.write((await image.raw().toBuffer()).toString('base64'));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, FONTCONFIG_FILE: noFonts },
      maxBuffer: 16 * 1024 * 1024,
    });
    const withoutText = await pixels({ ...COLA, texts: [] });
    const elsewhere = await distance(Buffer.from(stdout, 'base64'), here);
    expect(elsewhere).toBeLessThan((await distance(withoutText, here)) / 4);
  });
});
