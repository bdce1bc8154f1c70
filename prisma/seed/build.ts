/**
 * Pure generation of the seed data: no database here, so the rules (barcodes, hours, ledgers) can be
 * checked cheaply and the writer in seed.ts stays about transport. The big store×product tables are
 * not built here but streamed by seed.ts from the per-store and per-product facts returned below.
 */
import { CATEGORIES, PRODUCT_LINES, VARIANTS } from './catalog-data.ts';
import { CURATED_STORES, DISTRICTS, type District, type HoursPlan } from './geo-data.ts';
import {
  DEMO_CLERK_A, DEMO_MEMBER, DEMO_MEMBER_CARD, DEMO_STAFF, DEMO_STORE_A_ID, DEMO_USERS, storeScene,
} from './demo-accounts.ts';
import { imageId } from '../../bff/src/images/ids.ts';
import { packshotBytes } from '../../bff/src/images/packshot.ts';
import { pinyinKeys } from '../../bff/src/catalog/pinyin.ts';
import { packshot, type PackshotLine } from './packshots.ts';
import type { CouponTemplateInput, PromotionInput } from '../../bff/src/marketing/input.ts';
import type { CampaignInput } from '../../bff/src/campaigns/service.ts';
import { base32, bytes, chance, int, pick, rngFor, shuffle, uuid, type Rng } from './random.ts';

/** Deterministic "creation time" of everything seeded: local midnight, New Year 2026. */
export const EPOCH = new Date('2026-01-01T00:00:00+08:00');
/** Marketing must be live whenever the seed is used, so its windows are wide rather than "now ± n". */
export const VALID_FROM = new Date('2026-01-01T00:00:00+08:00');
export const VALID_TO = new Date('2030-12-31T23:59:59+08:00');

const DAY_MS = 86_400_000;
const at = (days: number, hours = 0) => new Date(EPOCH.getTime() + days * DAY_MS + hours * 3_600_000);

// ---------------------------------------------------------------- stores

export interface StoreRow {
  id: number;
  code: string;
  name: string;
  city: string;
  district: string;
  address: string;
  phone: string;
  lat: number;
  lng: number;
  is24h: boolean;
  deliveryEnabled: boolean;
  pickupEnabled: boolean;
  deliveryAreaKind: 'RADIUS' | 'POLYGON';
  deliveryRadiusM: number | null;
  deliveryPolygon: [number, number][] | null;
  deliveryFeeFen: number;
  freeDeliveryFromFen: number | null;
  minOrderFen: number;
  pickingCapacity: number;
  slotMinutes: number;
  active: boolean;
  createdAt: Date;
}

export interface StoreHoursRow {
  storeId: number;
  weekday: number;
  openMinute: number;
  closeMinute: number;
}

export interface StoreClosureRow {
  storeId: number;
  date: string;
  reason: string;
}

export interface BuiltStores {
  stores: StoreRow[];
  hours: StoreHoursRow[];
  closures: StoreClosureRow[];
  /** per store (index = id - 1): how well stocked it is, scales onHand */
  stockFactor: number[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const METRES_PER_DEGREE_LAT = 111_320;

/**
 * An irregular ring around the store, [lat, lng] pairs, not closed (the last point does not repeat
 * the first; the edge back to it is implied). Irregular so polygon tests differ from a radius.
 */
export function polygonAround(rng: Rng, lat: number, lng: number, radiusM: number): [number, number][] {
  const vertices = 10;
  const ring: [number, number][] = [];
  for (let k = 0; k < vertices; k++) {
    const angle = (2 * Math.PI * k) / vertices;
    const r = radiusM * (0.7 + rng() * 0.5);
    const dLat = (r * Math.cos(angle)) / METRES_PER_DEGREE_LAT;
    const dLng = (r * Math.sin(angle)) / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180));
    ring.push([round6(lat + dLat), round6(lng + dLng)]);
  }
  return ring;
}

function hoursRows(storeId: number, plan: HoursPlan): StoreHoursRow[] {
  switch (plan.kind) {
    case '24h':
      return [];
    case 'daily':
      return [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
        const weekend = plan.weekend && (weekday === 0 || weekday === 6);
        const { open, close } = weekend ? plan.weekend! : plan;
        return { storeId, weekday, openMinute: open, closeMinute: close };
      });
    case 'weekdays':
      return plan.days.map((weekday) => ({ storeId, weekday, openMinute: plan.open, closeMinute: plan.close }));
  }
}

function generatedHours(rng: Rng): HoursPlan {
  const r = rng();
  if (r < 0.22) return { kind: '24h' };
  if (r < 0.37) return { kind: 'daily', open: int(rng, 12, 15) * 30, close: int(rng, 50, 54) * 30 };
  const open = int(rng, 13, 18) * 30;
  const close = int(rng, 42, 47) * 30;
  if (r < 0.40) {
    const closedDay = int(rng, 0, 6);
    return { kind: 'weekdays', days: [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== closedDay), open, close };
  }
  return chance(rng, 0.4)
    ? { kind: 'daily', open, close, weekend: { open: open + 60, close: Math.min(close + 60, open + 60 + 1440) } }
    : { kind: 'daily', open, close };
}

function pickDistrict(rng: Rng): District {
  const total = DISTRICTS.reduce((sum, d) => sum + d.weight, 0);
  let x = rng() * total;
  for (const d of DISTRICTS) {
    x -= d.weight;
    if (x < 0) return d;
  }
  return DISTRICTS[DISTRICTS.length - 1]!;
}

export function buildStores(seed: number, count: number): BuiltStores {
  const rng = rngFor(seed, 'stores');
  const stores: StoreRow[] = [];
  const hours: StoreHoursRow[] = [];
  const stockFactor: number[] = [];
  const usedNames = new Set<string>();

  for (let id = 1; id <= count; id++) {
    const curated = CURATED_STORES[id - 1];
    let name: string, district: string, address: string, lat: number, lng: number, plan: HoursPlan, polygon: boolean;
    if (curated) {
      ({ name, district, address, lat, lng } = curated);
      plan = curated.hours;
      polygon = curated.polygon ?? false;
    } else {
      const d = pickDistrict(rng);
      const road = pick(rng, d.roads);
      let number = int(rng, 1, 1800);
      // One store per address; the first store on a road is "<road>店", later ones add the house number.
      while (usedNames.has(`${road}${number}号`)) number = int(rng, 1, 1800);
      district = d.name;
      address = `${road}${number}号`;
      name = usedNames.has(`${road}店`) ? `${road}${number}号店` : `${road}店`;
      lat = round6(d.latMin + rng() * (d.latMax - d.latMin));
      lng = round6(d.lngMin + rng() * (d.lngMax - d.lngMin));
      plan = generatedHours(rng);
      polygon = chance(rng, 0.06);
    }
    usedNames.add(name).add(address);

    const radius = int(rng, 15, 30) * 100;
    const minOrderFen = pick(rng, [1500, 2000, 2500, 3000]);
    const store: StoreRow = {
      id,
      code: `SH${String(id).padStart(4, '0')}`,
      name: `街角便利 ${name}`,
      city: '上海市',
      district,
      address,
      phone: `021-${int(rng, 5, 6)}${String(int(rng, 0, 9_999_999)).padStart(7, '0')}`,
      lat,
      lng,
      is24h: plan.kind === '24h',
      deliveryEnabled: true,
      pickupEnabled: true,
      deliveryAreaKind: polygon ? 'POLYGON' : 'RADIUS',
      deliveryRadiusM: polygon ? null : radius,
      deliveryPolygon: polygon ? polygonAround(rng, lat, lng, radius) : null,
      deliveryFeeFen: pick(rng, [0, 300, 400, 500, 600]),
      freeDeliveryFromFen: chance(rng, 0.5) ? pick(rng, [3900, 4900, 5900]) : null,
      minOrderFen,
      pickingCapacity: int(rng, 4, 10),
      slotMinutes: 30,
      active: true,
      createdAt: EPOCH,
    };
    // The demo stores get round, documented terms instead of drawn ones.
    if (id === 1) Object.assign(store, { deliveryRadiusM: 3000, deliveryFeeFen: 500, minOrderFen: 2000, freeDeliveryFromFen: 5900, pickingCapacity: 6 });
    if (id === 2) Object.assign(store, { deliveryRadiusM: 2500, deliveryFeeFen: 400, minOrderFen: 2000, freeDeliveryFromFen: null, pickingCapacity: 4 });
    stores.push(store);
    hours.push(...hoursRows(id, plan));
    stockFactor.push(0.6 + rng());
  }

  const closures: StoreClosureRow[] = [
    { storeId: 3, date: '2026-12-08', reason: '店内装修，暂停营业一天' },
    { storeId: 25, date: '2027-02-06', reason: '春节休息' },
    { storeId: 25, date: '2027-02-07', reason: '春节休息' },
    { storeId: 25, date: '2027-02-08', reason: '春节休息' },
  ].filter((c) => c.storeId <= count);
  return { stores, hours, closures, stockFactor };
}

// ---------------------------------------------------------------- catalogue

export interface CategoryRow {
  id: number;
  parentId: number | null;
  name: string;
  icon: string | null;
  sortOrder: number;
}

export interface ProductRow {
  id: number;
  /** the chain's SKU: the demo chain keys its products by barcode */
  sku: string;
  barcode: string;
  name: string;
  namePinyin: string;
  nameInitials: string;
  description: string;
  unit: string;
  specification: string;
  imageIds: string[];
  basePriceFen: number;
  memberPriceFen: number | null;
  priceBandMinFen: number;
  priceBandMaxFen: number;
  categoryId: number;
  featured: boolean;
  maxPerOrder: number;
  active: boolean;
  createdAt: Date;
}

export interface BuiltCatalog {
  categories: CategoryRow[];
  products: ProductRow[];
  /** leaf category key of each product (index = id - 1) */
  productKeys: string[];
  /** packshot originals by image id, one per product line (variants of a line share it) */
  packshots: Map<string, Buffer>;
}

/** EAN-13 check digit over the first 12 digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

export const MAX_PRODUCTS = 99_999;
/** Store codes and coordinates have room for more; the bench checks the nearest-store search at 100,000. */
export const MAX_STORES = 200_000;

export function buildCatalog(seed: number, count: number): BuiltCatalog {
  if (count > MAX_PRODUCTS) throw new RangeError(`at most ${MAX_PRODUCTS} products (barcodes carry the id in 5 digits)`);
  const rng = rngFor(seed, 'products');
  const categories: CategoryRow[] = [];
  const categoryIdByKey = new Map<string, number>();
  const noteByKey = new Map<string, string>();
  CATEGORIES.forEach((c, i) => {
    categories.push({ id: i + 1, parentId: null, name: c.name, icon: c.icon, sortOrder: i + 1 });
    categoryIdByKey.set(c.key, i + 1);
    noteByKey.set(c.key, c.note);
  });
  const leafKeys: string[] = [];
  for (const c of CATEGORIES) {
    if (!c.subcategories) {
      leafKeys.push(c.key);
      continue;
    }
    c.subcategories.forEach((sub, j) => {
      const id = categories.length + 1;
      categories.push({ id, parentId: categoryIdByKey.get(c.key)!, name: sub.name, icon: null, sortOrder: j + 1 });
      categoryIdByKey.set(sub.key, id);
      noteByKey.set(sub.key, c.note);
      leafKeys.push(sub.key);
    });
  }

  // Round-robin over the leaf categories, so any product count covers every category evenly.
  const lines: { key: string; line: string }[] = [];
  for (let round = 0; lines.length < Object.values(PRODUCT_LINES).reduce((n, l) => n + l.length, 0); round++) {
    for (const key of leafKeys) {
      const line = PRODUCT_LINES[key]?.[round];
      if (line) lines.push({ key, line });
    }
  }

  const brandCodes = new Map<string, number>();
  const packshots = new Map<string, Buffer>();
  const packshotIds: string[] = [];
  const products: ProductRow[] = [];
  const productKeys: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = i + 1;
    const { key, line } = lines[i % lines.length]!;
    const [brand, item, spec, unit, price] = line.split('|') as [string, string, string, string, string];
    const round = Math.floor(i / lines.length);
    let name = [brand, item, spec].filter(Boolean).join(' ');
    let basePriceFen = Number(price);
    if (round > 0) {
      const variant = VARIANTS[(round - 1) % VARIANTS.length]!;
      const edition = Math.floor((round - 1) / VARIANTS.length);
      name += ` ${variant.label}${edition > 0 ? ` 款${edition + 1}` : ''}`;
      basePriceFen = Math.max(100, Math.round((basePriceFen * variant.factor) / 10) * 10);
    }
    const imageId = packshotIds[i % lines.length] ??= addPackshot(packshots, { category: key, brand, item, spec, unit });
    if (!brandCodes.has(brand)) brandCodes.set(brand, 10_000 + ((brandCodes.size * 7919) % 90_000));
    // Company prefix per brand, then the product id: unique because the id is.
    const first12 = `69${brandCodes.get(brand)}${String(id).padStart(5, '0')}`;
    const hasMemberPrice = chance(rng, 0.3);
    const memberCut = Math.max(10, Math.round((basePriceFen * (0.05 + rng() * 0.1)) / 10) * 10);
    const limited = chance(rng, 0.08) || item.includes('奶粉');
    const note = noteByKey.get(key) ?? '';
    const barcode = first12 + ean13CheckDigit(first12);
    products.push({
      id,
      sku: barcode,
      barcode,
      name,
      ...pinyinKeys(name),
      description: `${brand}${item}，规格${spec}。${note}`,
      unit,
      specification: spec,
      imageIds: [imageId],
      basePriceFen,
      memberPriceFen: hasMemberPrice && basePriceFen > memberCut ? basePriceFen - memberCut : null,
      ...priceBand(basePriceFen),
      categoryId: categoryIdByKey.get(key)!,
      featured: false,
      maxPerOrder: limited ? 5 : 20,
      active: true,
      createdAt: EPOCH,
    });
    productKeys.push(key);
  }
  const featuredIds = shuffle(rng, products.slice(0, lines.length).map((p) => p.id)).slice(0, 12);
  for (const id of featuredIds) products[id - 1]!.featured = true;
  return { categories, products, productKeys, packshots };
}

function addPackshot(packshots: Map<string, Buffer>, line: PackshotLine): string {
  const bytes = packshotBytes(packshot(line));
  const id = imageId(bytes);
  packshots.set(id, bytes);
  return id;
}

// ---------------------------------------------------------------- per store×product facts

/**
 * Stock for one store×product pair. ~8% are out of stock, ~8% low (1–4, under the threshold of 5),
 * the rest scale with how well stocked the store is.
 */
export function drawOnHand(rng: Rng, stockFactor: number): number {
  const r = rng();
  if (r < 0.08) return 0;
  if (r < 0.16) return 1 + Math.floor(rng() * 4);
  return 5 + Math.floor(rng() * 60 * stockFactor);
}

/**
 * Head office's band for a store's prices: half to one and a half times the base price, in whole
 * jiao (the migration that added the band gave existing products the same).
 */
export function priceBand(basePriceFen: number) {
  return { priceBandMinFen: Math.max(10, Math.round(basePriceFen * 0.05) * 10), priceBandMaxFen: Math.round(basePriceFen * 0.15) * 10 };
}

const PRICE_SHIFTS = [-10, -8, -5, -3, 3, 5, 8, 10];

/** A store's own price, within ±10% of the base and never equal to it; null for no override (~90%). */
export function drawStorePrice(rng: Rng, product: Pick<ProductRow, 'basePriceFen' | 'memberPriceFen'>): { priceFen: number; memberPriceFen: number | null } | null {
  if (rng() >= 0.1) return null;
  const shift = PRICE_SHIFTS[Math.floor(rng() * PRICE_SHIFTS.length)]!;
  const base = product.basePriceFen;
  let priceFen = Math.round((base * (100 + shift)) / 1000) * 10;
  if (priceFen === base) priceFen = base + (shift > 0 ? 10 : -10);
  priceFen = Math.max(10, priceFen);
  let memberPriceFen: number | null = null;
  if (product.memberPriceFen !== null) {
    memberPriceFen = Math.round((product.memberPriceFen * priceFen) / base / 10) * 10;
    if (memberPriceFen >= priceFen) memberPriceFen = priceFen - 10;
    if (memberPriceFen <= 0) memberPriceFen = null;
  }
  return { priceFen, memberPriceFen };
}

// ---------------------------------------------------------------- people and marketing

type Row = Record<string, unknown>;

export interface BuiltPeopleAndMarketing {
  users: Row[];
  members: Row[];
  tillReceipts: Row[];
  pointsEntries: Row[];
  storedValueEntries: Row[];
  staff: Row[];
  /** written through the marketing service, in this order: ids 1, 2, 3 */
  coupons: CouponTemplateInput[];
  userCoupons: Row[];
  promotions: PromotionInput[];
  /** written through the campaign service, in this order: ids 1, 2, … (QR code 2 opens campaign 1) */
  campaigns: { storeId: number | null; input: CampaignInput }[];
  qrCodes: Row[];
  scenes: { store: string; product: string; campaign: string };
}

/** A campaign runs at most a year (the operators' rule), so the demo's runs for one from the day of seeding. */
const CAMPAIGN_DAYS = 365;

/**
 * `bannerImageId`: the demo campaign's banner in the image store (seed.ts draws it). `today`: the
 * seeding day, where the demo campaign starts.
 */
export function buildPeopleAndMarketing(seed: number, stores: StoreRow[], catalog: BuiltCatalog, bannerImageId: string, today: Date): BuiltPeopleAndMarketing {
  const rng = rngFor(seed, 'people');
  const users = DEMO_USERS.map((u) => ({ id: u.id, openid: u.openid, unionid: null, nickname: u.nickname, phone: u.phone, createdAt: EPOCH }));
  const joinedAt = at(30);
  const members = [{
    id: DEMO_MEMBER_CARD.id,
    userId: DEMO_MEMBER.id,
    cardNo: DEMO_MEMBER_CARD.cardNo,
    phone: DEMO_MEMBER.phone,
    tier: DEMO_MEMBER_CARD.tier,
    pointsBalance: DEMO_MEMBER_CARD.pointsBalance,
    storedValueFen: DEMO_MEMBER_CARD.storedValueFen,
    codeSecret: bytes(rng, 32),
    joinedAt,
  }];

  // Points: a welcome bonus plus one point per yuan on three till purchases at store 1.
  const purchases = [12_860, 8_890, 6_420];
  const tillReceipts = purchases.map((amountFen, i) => ({
    id: uuid(rng),
    storeId: DEMO_STORE_A_ID,
    receiptNo: `R${String(i + 1).padStart(6, '0')}`,
    memberId: DEMO_MEMBER_CARD.id,
    amountFen,
    pointsEarned: Math.floor(amountFen / 100),
    staffUserId: DEMO_CLERK_A.id,
    createdAt: at(40 + i * 45, 10 + i),
  }));
  const pointsEntries: Row[] = [];
  let points = 0;
  const earn = (amount: number, createdAt: Date, reason: string, refType: string, refId: string) => {
    points += amount;
    pointsEntries.push({
      id: pointsEntries.length + 1, memberId: DEMO_MEMBER_CARD.id, type: 'EARN', amount, balanceAfter: points,
      frozenUntil: new Date(createdAt.getTime() + 7 * DAY_MS), reason, refType, refId, createdAt,
    });
  };
  earn(1000, joinedAt, '开卡礼', 'ADJUSTMENT', 'welcome');
  for (const r of tillReceipts) earn(r.pointsEarned, r.createdAt, '门店消费积分', 'TILL_RECEIPT', r.id);
  if (points !== DEMO_MEMBER_CARD.pointsBalance) throw new Error(`points ledger sums to ${points}, not ${DEMO_MEMBER_CARD.pointsBalance}`);

  const storedValueEntries: Row[] = [];
  let stored = 0;
  for (const [i, amountFen] of [3000, 2000].entries()) {
    stored += amountFen;
    storedValueEntries.push({
      id: i + 1, memberId: DEMO_MEMBER_CARD.id, type: 'TOPUP', amountFen, balanceAfterFen: stored,
      reason: '储值充值', refType: 'TOPUP', refId: `topup-${i + 1}`, createdAt: at(35 + i * 60, 19),
    });
  }
  if (stored !== DEMO_MEMBER_CARD.storedValueFen) throw new Error(`stored-value ledger sums to ${stored}`);

  const staff = DEMO_STAFF.map((s) => ({ ...s, createdAt: EPOCH }));

  const coupons = ([
    { name: '满30减5元', kind: 'AMOUNT_OFF', value: 500, maxDiscountFen: null, minSpendFen: 3000, storeId: null, totalQuantity: 100_000, perUserLimit: 1 },
    { name: '全场9折券（最高减10元）', kind: 'PERCENT_OFF', value: 10, maxDiscountFen: 1000, minSpendFen: 0, storeId: null, totalQuantity: 50_000, perUserLimit: 1 },
    { name: '人民广场店 满59减10元', kind: 'AMOUNT_OFF', value: 1000, maxDiscountFen: null, minSpendFen: 5900, storeId: DEMO_STORE_A_ID, totalQuantity: 5_000, perUserLimit: 1 },
  ] as const).map((c) => ({ ...c, fulfilment: null, grantOnJoin: false, validFrom: VALID_FROM, validTo: VALID_TO }));
  // Codes are 20 base32 characters (100 bits). Here they come from the seeded stream so runs repeat;
  // the BFF issues real ones from a cryptographic generator.
  const userCoupons = [1, 2].map((couponId, i) => ({
    id: uuid(rng), couponId, userId: DEMO_MEMBER.id, code: base32(rng, 20), status: 'AVAILABLE',
    orderId: null, usedAt: null, claimedAt: at(60 + i), qrCodeId: null,
  }));

  const drinkIds = catalog.products.filter((p, i) => ['soda', 'tea'].includes(catalog.productKeys[i]!)).slice(0, 8).map((p) => p.id);
  const everything = { storeIds: [], productIds: [], categoryIds: [], memberOnly: false, startsAt: VALID_FROM, endsAt: VALID_TO, active: true };
  const promotions: PromotionInput[] = [
    { ...everything, name: '全场满59减10元', kind: 'SPEND_THRESHOLD', tiers: [{ minSpendFen: 5900, amountOffFen: 1000 }], priority: 10 },
    { ...everything, name: '指定饮料任选2件8折', kind: 'BUY_N_DISCOUNT', productIds: drinkIds, quantity: 2, percentOff: 20, priority: 20 },
  ];

  const campaigns = [{
    storeId: DEMO_STORE_A_ID,
    input: {
      title: '扫码领取满59减10元券', description: '到店扫码即可领取人民广场店专享满59减10元优惠券，每人限领一张。',
      bannerImageId, couponIds: [3], featuredProductIds: drinkIds.slice(0, 4), startsAt: today, endsAt: new Date(today.getTime() + CAMPAIGN_DAYS * 86_400_000),
    },
  }];

  // Opaque scenes: 'q' + 12 base32 characters, well inside the 32-character limit of getwxacodeunlimit.
  const shelfProduct = catalog.products[0]!;
  const scenes = { store: storeScene(DEMO_STORE_A_ID), product: `q${base32(rng, 12)}`, campaign: `q${base32(rng, 12)}` };
  const qrCodes: Row[] = [
    { id: 1, scene: scenes.product, kind: 'PRODUCT', storeId: DEMO_STORE_A_ID, productId: shelfProduct.id, campaignId: null, label: `货架码：${shelfProduct.name}` },
    { id: 2, scene: scenes.campaign, kind: 'CAMPAIGN', storeId: DEMO_STORE_A_ID, productId: null, campaignId: 1, label: '扫码领券 收银台立牌' },
    ...stores.map((s) => ({ id: s.id + 2, scene: storeScene(s.id), kind: 'STORE', storeId: s.id, productId: null, campaignId: null, label: `${s.name} 门口海报` })),
  ].map((q) => ({ ...q, disabledAt: null, expiresAt: null, createdAt: EPOCH }));

  return { users, members, tillReceipts, pointsEntries, storedValueEntries, staff, coupons, userCoupons, promotions, campaigns, qrCodes, scenes };
}
