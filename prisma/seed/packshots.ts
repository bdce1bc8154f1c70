/**
 * Illustrative packshots of the demo catalogue, drawn here rather than downloaded: per product line,
 * a package shape that fits its unit and category (bottle, can, carton, box, bag, cup, tube, bar,
 * fruit, meal) in a colour of its brand, with its name on the label. What the seed stores is the
 * drawing and its label lines (bff/src/images/packshot.ts); the BFF renders and sizes it with sharp
 * on first request, like any uploaded photo.
 */
import { createHash } from 'node:crypto';
import type { Packshot, PackshotText } from '../../bff/src/images/packshot.ts';

export type PackshotShape = 'bottle' | 'can' | 'carton' | 'box' | 'bag' | 'cup' | 'tube' | 'bar' | 'fruit' | 'meal';

export interface PackshotLine {
  /** leaf category key (catalog-data.ts) */
  category: string;
  brand: string;
  item: string;
  spec: string;
  unit: string;
}

const DRINKS = new Set(['water', 'soda', 'tea', 'juice', 'coffee', 'energy']);

export function shapeOf(line: PackshotLine): PackshotShape {
  const { category, unit, spec } = line;
  if (category === 'fruit') return unit === '杯' ? 'cup' : 'fruit';
  if (category === 'deli') return unit === '份' || unit === '盒' ? 'meal' : 'bag';
  switch (unit) {
    case '瓶':
      return 'bottle';
    case '罐':
      return 'can';
    case '桶':
    case '杯':
      return 'cup';
    case '袋':
    case '包':
    case '条':
      return category === 'candy' && unit === '条' ? 'bar' : 'bag';
    case '块':
      return 'bar';
    case '支':
      return category === 'care' ? 'tube' : 'bar';
    case '盒':
      return (DRINKS.has(category) || category === 'dairy') && /ml|L/.test(spec) ? 'carton' : 'box';
    default:
      return 'box';
  }
}

/** Brand-like colours: saturated enough to read as packaging, dark enough for white label text. */
const PALETTE = ['#d62b2b', '#1f5fbf', '#13885a', '#e0761a', '#7b3fb0', '#0f8a9c', '#c2185b', '#b8860b', '#2e7d32', '#37474f', '#ad1457', '#1565c0'];
/** Fruit is drawn in its own colour, not a brand's. */
const FRUIT_COLOURS: readonly [RegExp, string][] = [
  [/香蕉/, '#f2c230'], [/苹果/, '#d8342b'], [/橙|橘/, '#f28a1a'], [/梨/, '#c9d34a'], [/车厘子/, '#8e1028'],
  [/阳光玫瑰|马陆葡萄/, '#7fb83a'], [/草莓/, '#e0303f'], [/西瓜/, '#e84a5f'], [/芒/, '#f5b21b'], [/奇异果/, '#c9a227'],
  [/蓝莓/, '#4a4e9c'], [/番茄/, '#e23b2e'], [/哈密瓜/, '#f0a04b'], [/桃/, '#f59aa0'],
];

function hashOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/** Brands whose colour every shopper knows; the rest get one of PALETTE by their name. */
const BRAND_COLOURS: Readonly<Record<string, string>> = {
  可口可乐: '#d71920', 百事: '#1e4fa0', 雪碧: '#10853f', 芬达: '#ee7623', 农夫山泉: '#c8102e', 康师傅: '#c8102e',
  统一: '#e0761a', 乐事: '#e8a400', 红牛: '#c8102e', 德芙: '#5a2d0c', 光明: '#c2185b', 蒙牛: '#2e7d32', 伊利: '#1f5fbf',
  青岛啤酒: '#13885a', 雀巢: '#8d6e63', 星巴克: '#00704a', 怡宝: '#1565c0', 元气森林: '#37474f',
};

export function colourOf(line: PackshotLine): string {
  if (BRAND_COLOURS[line.brand]) return BRAND_COLOURS[line.brand]!;
  if (line.category === 'fruit') return FRUIT_COLOURS.find(([pattern]) => pattern.test(line.item))?.[1] ?? '#e0761a';
  return PALETTE[hashOf(line.brand || line.item) % PALETTE.length]!;
}

/** Mixes a #rrggbb colour towards white (amount > 0) or black (amount < 0). */
function shade(colour: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const target = amount > 0 ? 255 : 0;
  return `#${channels.map((c) => Math.round(c + (target - c) * Math.abs(amount)).toString(16).padStart(2, '0')).join('')}`;
}

/** Label lines of at most `perLine` characters (a CJK character counts 1, a Latin one half). */
function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const char of text.trim()) {
    const w = /[\x20-\x7e]/.test(char) ? 0.55 : 1;
    if (width + w > perLine && line) {
      lines.push(line.trim());
      line = '';
      width = 0;
      if (lines.length === maxLines) break;
    }
    line += char;
    width += w;
  }
  if (line && lines.length < maxLines) lines.push(line.trim());
  else if (line && lines.length === maxLines) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -1)}…`;
  return lines.filter(Boolean);
}

interface Label {
  /** centre x and top y of the label's text block, and its width, in the 750 px drawing */
  x: number;
  y: number;
  width: number;
  /** text colour on the package */
  ink: string;
}

interface Drawing {
  svg: string;
  label: Label;
  /** loose fruit: the label names the fruit, there is no brand */
  brandless?: boolean;
}

/** The brand big, the item wrapped under it, the spec small: a package's front. */
function labelLines(line: PackshotLine, label: Label, withBrand: boolean): PackshotText[] {
  const brandSize = Math.min(56, Math.floor(label.width / Math.max(2, [...line.brand].length * 1.05)));
  const itemSize = Math.min(40, Math.floor(label.width / 6.2));
  const out: PackshotText[] = [];
  let top = label.y;
  const add = (text: string, size: number, bold: boolean, gap: number) => {
    out.push({ text, x: label.x, top, size, colour: label.ink, bold });
    top += size * 1.25 + gap;
  };
  if (withBrand && line.brand) add(line.brand, brandSize, true, 6);
  // Where the drawing has no room for a brand line (fruit), the brand leads the name.
  const name = !withBrand && line.brand ? `${line.brand} ${line.item}` : line.item;
  for (const text of wrap(name, Math.floor(label.width / itemSize), 3)) add(text, itemSize, true, 0);
  add(line.spec, Math.round(itemSize * 0.72), false, 0);
  return out;
}

/** A vertical gloss: the light from the left that makes a flat shape read as a rounded package. */
const GLOSS = `<linearGradient id="gloss" x1="0" x2="1" y1="0" y2="0">
<stop offset="0" stop-color="#000" stop-opacity="0.18"/><stop offset="0.18" stop-color="#fff" stop-opacity="0.35"/>
<stop offset="0.32" stop-color="#fff" stop-opacity="0"/><stop offset="0.8" stop-color="#000" stop-opacity="0"/>
<stop offset="1" stop-color="#000" stop-opacity="0.22"/></linearGradient>`;

/** Bananas as a bunch, small fruit as a punnet of berries, the rest as two round fruits with a leaf. */
function fruitPile(item: string, colour: string): string {
  if (/香蕉/.test(item)) {
    const banana = (dx: number, dy: number) =>
      `<path d="M${180 + dx} ${300 + dy}c40 200 260 260 400 140-30 10-60 -10-60 -10-120 70-260 20-300-140z" fill="${colour}" stroke="${shade(colour, -0.3)}" stroke-width="6"/>`;
    return `${banana(0, 40)}${banana(10, 100)}${banana(20, 160)}<rect x="560" y="400" width="40" height="26" rx="8" fill="#6b4a2b" transform="rotate(-30 580 413)"/>`;
  }
  if (/蓝莓|车厘子|葡萄|草莓|番茄/.test(item)) {
    const berries = [];
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 5 - (row % 2); col++) {
        const cx = 215 + col * 80 + (row % 2) * 40;
        const cy = 470 - row * 62;
        berries.push(`<circle cx="${cx}" cy="${cy}" r="44" fill="${row % 2 ? shade(colour, -0.1) : colour}"/><circle cx="${cx - 14}" cy="${cy - 14}" r="10" fill="#fff" fill-opacity="0.4"/>`);
      }
    }
    return `<path d="M165 470h420l-40 110H205z" fill="#f1e3c8" stroke="#c9ab7a" stroke-width="6"/>${berries.join('')}`;
  }
  return `<circle cx="290" cy="430" r="150" fill="${colour}"/><circle cx="470" cy="450" r="135" fill="${shade(colour, -0.12)}"/>
<circle cx="250" cy="380" r="45" fill="#fff" fill-opacity="0.35"/><circle cx="430" cy="400" r="38" fill="#fff" fill-opacity="0.3"/>
<path d="M300 285c10-40 40-60 80-60-10 40-40 60-80 60z" fill="#3f9b3a"/><rect x="286" y="262" width="10" height="36" rx="4" fill="#6b4a2b"/>`;
}

function body(line: PackshotLine, colour: string): Drawing {
  const dark = shade(colour, -0.35);
  const light = shade(colour, 0.85);
  switch (shapeOf(line)) {
    case 'bottle': {
      const path = 'M340 110h70v40c0 30 70 50 70 120v380c0 22-18 40-40 40H310c-22 0-40-18-40-40V270c0-70 70-90 70-120z';
      return { svg: `<rect x="332" y="70" width="86" height="48" rx="8" fill="${dark}"/>
<path d="${path}" fill="${shade(colour, 0.55)}" fill-opacity="0.9"/>
<rect x="270" y="330" width="210" height="270" fill="${colour}"/>
<path d="${path}" fill="url(#gloss)"/>`, label: { x: 375, y: 350, width: 190, ink: '#fff' } };
    }
    case 'can':
      return { svg: `<ellipse cx="375" cy="140" rx="135" ry="26" fill="#cfd3d6"/>
<path d="M240 140h270v500c0 18-60 32-135 32s-135-14-135-32z" fill="${colour}"/>
<ellipse cx="375" cy="140" rx="120" ry="20" fill="#e6e8ea"/><ellipse cx="410" cy="138" rx="28" ry="7" fill="#b9bec2"/>
<path d="M240 140h270v500c0 18-60 32-135 32s-135-14-135-32z" fill="url(#gloss)"/>`, label: { x: 375, y: 250, width: 240, ink: '#fff' } };
    case 'carton':
      return { svg: `<path d="M250 200l50-90h150l50 90z" fill="${shade(colour, 0.3)}"/><rect x="290" y="80" width="170" height="34" fill="${light}"/>
<rect x="250" y="200" width="250" height="470" rx="6" fill="${colour}"/>
<rect x="250" y="200" width="250" height="470" rx="6" fill="url(#gloss)"/>
<rect x="270" y="250" width="210" height="300" rx="12" fill="#fff" fill-opacity="0.92"/>`, label: { x: 375, y: 265, width: 190, ink: dark } };
    case 'box':
      return { svg: `<path d="M190 200l60-50h340l-60 50z" fill="${shade(colour, 0.35)}"/><path d="M530 200l60-50v450l-60 50z" fill="${dark}"/>
<rect x="190" y="200" width="340" height="450" rx="4" fill="${colour}"/>
<rect x="215" y="260" width="290" height="290" rx="16" fill="#fff" fill-opacity="0.92"/>`, label: { x: 360, y: 280, width: 260, ink: dark } };
    case 'bag': {
      const path = 'M215 150q160-25 320 0l20 20-15 20 15 20-15 20 10 360q-170 40-340 0l10-360-15-20 15-20-15-20z';
      return { svg: `<path d="${path}" fill="${colour}"/>
<path d="M215 150q160-25 320 0l20 20-15 20 15 20-15 20H210l-15-20 15-20-15-20z" fill="${dark}" fill-opacity="0.5"/>
<path d="${path}" fill="url(#gloss)"/>
<ellipse cx="375" cy="420" rx="140" ry="150" fill="#fff" fill-opacity="0.92"/>`, label: { x: 375, y: 305, width: 230, ink: dark } };
    }
    case 'cup':
      return { svg: `<ellipse cx="375" cy="190" rx="175" ry="30" fill="${light}"/><rect x="190" y="170" width="370" height="30" rx="12" fill="#f4f4f4" stroke="${dark}" stroke-width="4"/>
<path d="M205 200h340l-45 440c-2 20-60 30-125 30s-123-10-125-30z" fill="${colour}"/>
<path d="M205 200h340l-45 440c-2 20-60 30-125 30s-123-10-125-30z" fill="url(#gloss)"/>
<rect x="250" y="260" width="250" height="280" rx="18" fill="#fff" fill-opacity="0.92"/>`, label: { x: 375, y: 275, width: 220, ink: dark } };
    case 'tube':
      return { svg: `<rect x="320" y="560" width="110" height="90" rx="12" fill="${dark}"/>
<path d="M250 130h250l-30 430H280z" fill="#fff"/><path d="M250 130h250l-8 110H258z" fill="${colour}"/>
<rect x="245" y="118" width="260" height="22" rx="4" fill="${shade(colour, -0.1)}"/>
<path d="M250 130h250l-30 430H280z" fill="url(#gloss)"/>`, label: { x: 375, y: 250, width: 200, ink: dark } };
    case 'bar':
      return { svg: `<path d="M130 270l30 12-30 12 30 12-30 12 30 12-30 12 30 12-30 12 30 12-30 12 30 12-30 12 30 12-30 12h490l-30-12 30-12-30-12 30-12-30-12 30-12-30-12 30-12-30-12 30-12-30-12 30-12-30-12 30-12-30-12z" fill="${colour}" transform="translate(0 -20)"/>
<rect x="160" y="250" width="430" height="180" fill="url(#gloss)"/>
<rect x="190" y="270" width="370" height="160" rx="14" fill="#fff" fill-opacity="0.92"/>`, label: { x: 375, y: 282, width: 340, ink: dark } };
    case 'meal':
      return { svg: `<ellipse cx="375" cy="470" rx="270" ry="150" fill="#2b2b2b"/><ellipse cx="375" cy="455" rx="250" ry="135" fill="${light}"/>
<ellipse cx="300" cy="450" rx="120" ry="80" fill="#fffaf0"/><ellipse cx="470" cy="420" rx="90" ry="60" fill="${colour}"/>
<ellipse cx="470" cy="510" rx="70" ry="35" fill="#6aa84f"/>
<rect x="205" y="110" width="340" height="170" rx="18" fill="#fff" stroke="${colour}" stroke-width="6"/>`, label: { x: 375, y: 115, width: 310, ink: dark } };
    case 'fruit':
      return { svg: `${fruitPile(line.item, colour)}
<rect x="205" y="600" width="340" height="110" rx="18" fill="#fff" stroke="${colour}" stroke-width="6"/>`, label: { x: 375, y: 612, width: 320, ink: shade(colour, -0.45) }, brandless: true };
  }
}

export function packshot(line: PackshotLine): Packshot {
  const colour = colourOf(line);
  const drawing = body(line, colour);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="750" height="750" viewBox="0 0 750 750">
<defs>${GLOSS}<radialGradient id="bg" cx="0.5" cy="0.4" r="0.75"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${shade(colour, 0.9)}"/></radialGradient></defs>
<rect width="750" height="750" fill="url(#bg)"/>
<ellipse cx="375" cy="690" rx="230" ry="22" fill="#000" fill-opacity="0.12"/>
${drawing.svg}
</svg>`;
  return { kind: 'packshot', size: 750, svg, texts: labelLines(line, drawing.label, !drawing.brandless) };
}
