import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageId } from '../../bff/src/images/ids.ts';
import { isPackshot } from '../../bff/src/images/packshot.ts';
import { localImageStore } from '../../bff/src/images/store.ts';
import { buildCatalog } from './build.ts';
import { PRODUCT_LINES } from './catalog-data.ts';
import { packshot, shapeOf, type PackshotLine, type PackshotShape } from './packshots.ts';
import { campaignBanner, seedPackshots } from './seed.ts';

const LINES: PackshotLine[] = Object.entries(PRODUCT_LINES).flatMap(([category, lines]) =>
  lines.map((line) => {
    const [brand, item, spec, unit] = line.split('|') as [string, string, string, string];
    return { category, brand, item, spec, unit };
  }),
);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('demo packshots', () => {
  it('draw each product line as a package of its kind, with its brand, name and size on the label', () => {
    const shapes = new Map<PackshotShape, number>();
    for (const line of LINES) {
      const shape = shapeOf(line);
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      const texts = packshot(line).texts.map((text) => text.text).join('').replace(/ /g, '');
      expect(texts, line.item).toContain(line.brand.replace(/ /g, ''));
      expect(texts, line.item).toContain(line.spec.replace(/ /g, ''));
      // Long names are cut with an ellipsis after three lines; their start is always there.
      expect(texts, line.item).toContain(line.item.replace(/ /g, '').slice(0, 6));
    }
    expect([...shapes.keys()].sort()).toEqual(['bag', 'bar', 'bottle', 'box', 'can', 'carton', 'cup', 'fruit', 'meal', 'tube']);
    expect(shapeOf({ category: 'soda', brand: '可口可乐', item: '经典可乐', spec: '330ml', unit: '罐' })).toBe('can');
    expect(shapeOf({ category: 'tea', brand: '维他', item: '柠檬茶', spec: '250ml', unit: '盒' })).toBe('carton');
    expect(shapeOf({ category: 'instant', brand: '康师傅', item: '红烧牛肉面', spec: '桶装', unit: '桶' })).toBe('cup');
  });

  it('give every product an image, shared by the variants of one line, the same on every seed', () => {
    const catalog = buildCatalog(1, LINES.length * 2);
    for (const product of catalog.products) {
      expect(product.imageIds).toHaveLength(1);
      expect(isPackshot(catalog.packshots.get(product.imageIds[0]!)!)).toBe(true);
      expect(imageId(catalog.packshots.get(product.imageIds[0]!)!)).toBe(product.imageIds[0]);
    }
    expect(catalog.products[LINES.length]!.imageIds).toEqual(catalog.products[0]!.imageIds);
    expect(catalog.packshots.size).toBe(LINES.length);
    expect([...buildCatalog(2, LINES.length).packshots.keys()].sort()).toEqual([...catalog.packshots.keys()].sort());
  });

  it('go into the image store once each, however often they are put, with the demo campaign’s banner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corner-packshots-'));
    dirs.push(dir);
    await seedPackshots(localImageStore(dir), { products: 320 });
    await seedPackshots(localImageStore(dir), { products: 320 });
    const stored = readdirSync(join(dir, 'originals')).sort();
    const packshots = new Set(buildCatalog(1, 320).products.map((product) => product.imageIds[0]!));
    expect(stored).toEqual([...packshots, imageId(await campaignBanner())].sort());
  });
});
