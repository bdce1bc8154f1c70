import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_A } from '../../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer } from '../../test/auth.ts';
import { UNLIMITED_RATES } from '../../test/shop.ts';

/**
 * 门店设置 and 货架 over HTTP: a manager's change and what a shopper sees on the next request.
 * Store 1 (24h), a Wednesday noon in Shanghai.
 */
const NOW = new Date('2026-11-25T04:00:00Z');
const STORE = '1';

let server: AuthTestServer;
let manager: Record<string, string>;
let shopper: Record<string, string>;
let home: { lat: number; lng: number };
let product: { id: number; name: string; basePriceFen: number };

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => NOW, env: UNLIMITED_RATES });
  manager = server.bearer(await server.signIn(DEMO_MANAGER_A.openid));
  shopper = server.bearer(await server.signIn('settings-shopper'));
  home = (await server.db.pool.query(`SELECT lat, lng FROM "Store" WHERE id = $1`, [STORE])).rows[0];
  // A product of ¥25–¥60 without a member price and with plenty of stock: one unit clears the ¥20 minimum order.
  product = (
    await server.db.pool.query(
      `SELECT p.id, p.name, p."basePriceFen" FROM "Product" p JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1
        WHERE p.active AND i."onHand" - i.reserved > 10 AND p."basePriceFen" BETWEEN 2500 AND 6000 AND p."memberPriceFen" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "StorePrice" sp WHERE sp."storeId" = $1 AND sp."productId" = p.id)
        ORDER BY p.id LIMIT 1`,
      [STORE],
    )
  ).rows[0];
});
afterAll(() => server?.close());

async function ok(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const result = await server.gql(query, variables, headers);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const BUSY = `mutation($s: ID!, $p: Boolean!, $m: Int!) { setStoreBusy(storeId: $s, deliveryPaused: $p, extraPromiseMinutes: $m) { store { deliveryPaused extraPromiseMinutes } } }`;
const QUOTE = `query($input: CheckoutInput!) { quote(input: $input) { promise { promiseEnd label } } }`;
const checkout = (fulfilment: 'DELIVERY' | 'PICKUP') => ({
  storeId: STORE,
  items: [{ productId: String(product.id), quantity: 1 }],
  fulfilment,
  address: fulfilment === 'DELIVERY' ? { contactName: '张三', phone: '13800138000', detail: '测试路1号', ...home } : null,
});
const promiseMinutes = async () => Math.round((Date.parse((await ok(shopper, QUOTE, { input: checkout('DELIVERY') })).quote.promise.promiseEnd) - NOW.getTime()) / 60_000);

describe('the busy switch, as a shopper sees it', () => {
  it('a longer promise moves the very next quote and store estimate; taking it off moves them back', async () => {
    await ok(manager, BUSY, { s: STORE, p: false, m: 0 });
    expect(await promiseMinutes()).toBe(30);
    const set = await ok(manager, BUSY, { s: STORE, p: false, m: 20 });
    expect(set.setStoreBusy.store).toEqual({ deliveryPaused: false, extraPromiseMinutes: 20 });
    expect(await promiseMinutes()).toBe(50);
    const listed = await ok(shopper, `query($at: LocationInput!) { nearbyStores(location: $at, first: 1) { deliveryEstimateMinutes store { extraPromiseMinutes } } }`, { at: home });
    expect(listed.nearbyStores[0]).toEqual({ deliveryEstimateMinutes: 50, store: { extraPromiseMinutes: 20 } });
    await ok(manager, BUSY, { s: STORE, p: false, m: 0 });
    expect(await promiseMinutes()).toBe(30);
  });

  it('暂停外送 refuses delivery with DELIVERY_PAUSED and keeps pickup', async () => {
    await ok(manager, BUSY, { s: STORE, p: true, m: 0 });
    const refused = await server.gql(QUOTE, { input: checkout('DELIVERY') }, shopper);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('暂停外送'), extensions: { code: 'DELIVERY_PAUSED' } });
    expect((await ok(shopper, QUOTE, { input: checkout('PICKUP') })).quote.promise.label).toContain('可取');
    await ok(manager, BUSY, { s: STORE, p: false, m: 0 });
  });

  it('refuses extra minutes out of range with BAD_USER_INPUT and keeps the switch', async () => {
    const result = await server.gql(BUSY, { s: STORE, p: true, m: 500 }, manager);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', field: 'extraPromiseMinutes' } });
    expect((await ok(shopper, `{ store(id: "${STORE}") { deliveryPaused extraPromiseMinutes } }`)).store).toEqual({ deliveryPaused: false, extraPromiseMinutes: 0 });
  });
});

describe('store settings over HTTP', () => {
  const SETTINGS = `store { is24h openingHours { weekday opens closes } deliveryAreaKind deliveryRadiusM deliveryPolygon slotMinutes pickingCapacity deliveryFeeFen freeDeliveryFromFen minOrderFen deliveryEnabled pickupEnabled } closures { date reason }`;

  it('reads, and changes hours, closures, delivery and the area from GeoJSON', async () => {
    const read = await ok(manager, `query($s: ID!) { storeSettings(storeId: $s) { ${SETTINGS} } }`, { s: STORE });
    expect(read.storeSettings.store.is24h).toBe(true);
    const hours = await ok(manager, `mutation($s: ID!, $h: [StoreHoursInput!]!) { setStoreHours(storeId: $s, is24h: false, hours: $h) { ${SETTINGS} } }`, {
      s: STORE,
      h: [{ weekday: 5, opens: '07:00', closes: '02:00' }],
    });
    expect(hours.setStoreHours.store).toMatchObject({ is24h: false, openingHours: [{ weekday: 5, opens: '07:00', closes: '02:00' }] });
    const closure = await ok(manager, `mutation($s: ID!) { addStoreClosure(storeId: $s, date: "2026-12-31", reason: "跨年盘点") { closures { date reason } } }`, { s: STORE });
    expect(closure.addStoreClosure.closures).toContainEqual({ date: '2026-12-31', reason: '跨年盘点' });
    const delivery = await ok(manager, `mutation($s: ID!, $i: StoreDeliveryInput!) { setStoreDelivery(storeId: $s, input: $i) { ${SETTINGS} } }`, {
      s: STORE,
      i: { deliveryEnabled: true, pickupEnabled: true, deliveryFeeFen: 300, freeDeliveryFromFen: null, minOrderFen: 1000, slotMinutes: 15, pickingCapacity: 4 },
    });
    expect(delivery.setStoreDelivery.store).toMatchObject({ deliveryFeeFen: 300, freeDeliveryFromFen: null, minOrderFen: 1000, slotMinutes: 15, pickingCapacity: 4 });
    const d = 0.01;
    const ring = [[home.lng - d, home.lat - d], [home.lng + d, home.lat - d], [home.lng + d, home.lat + d], [home.lng - d, home.lat - d]];
    const area = await ok(manager, `mutation($s: ID!, $a: DeliveryAreaInput!) { setStoreDeliveryArea(storeId: $s, area: $a) { ${SETTINGS} } }`, {
      s: STORE,
      a: { geoJson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }) },
    });
    expect(area.setStoreDeliveryArea.store).toMatchObject({ deliveryAreaKind: 'POLYGON', deliveryRadiusM: null, deliveryPolygon: ring.slice(0, -1).map(([lng, lat]) => [lat, lng]) });
  });

  it('a GeoJSON ring left open is refused in Chinese with its reason, and the area stays', async () => {
    const before = (await ok(shopper, `{ store(id: "${STORE}") { deliveryAreaKind deliveryPolygon deliveryRadiusM } }`)).store;
    const result = await server.gql(`mutation($s: ID!, $a: DeliveryAreaInput!) { setStoreDeliveryArea(storeId: $s, area: $a) { closures { date } } }`, {
      s: STORE,
      a: { geoJson: JSON.stringify({ type: 'Polygon', coordinates: [[[121, 31], [121.01, 31], [121.01, 31.01]]] }) },
    }, manager);
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('闭合'), extensions: { code: 'BAD_USER_INPUT', reason: 'RING_NOT_CLOSED' } });
    expect((await ok(shopper, `{ store(id: "${STORE}") { deliveryAreaKind deliveryPolygon deliveryRadiusM } }`)).store).toEqual(before);
  });
});

describe('the shelf over HTTP', () => {
  const SHELF = `query($s: ID!, $q: String!) { storeShelf(storeId: $s, query: $q, first: 20) { nodes { productId name onSale priceFen memberPriceFen priceBandMinFen priceBandMaxFen lowStockThreshold } } }`;
  const SET = `mutation($s: ID!, $p: ID!, $i: ShelfItemInput!) { setShelfItem(storeId: $s, productId: $p, input: $i) { productId onSale priceFen memberPriceFen lowStockThreshold } }`;
  const LIST = `query($s: ID!, $after: String) { storeProducts(storeId: $s, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
  const listedIds = async () => {
    const ids: string[] = [];
    for (let after: string | null = null; ; ) {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await ok(shopper, LIST, { s: STORE, after })).storeProducts;
      ids.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  const input = (change: Record<string, unknown> = {}) => ({ onSale: true, priceFen: product.basePriceFen, memberPriceFen: null, lowStockThreshold: 5, ...change });

  it('off sale: the product leaves the shopper list and search, and the cart refuses it with OFF_SALE', async () => {
    expect(await listedIds()).toContain(String(product.id));
    expect((await ok(manager, SET, { s: STORE, p: String(product.id), i: input({ onSale: false }) })).setShelfItem.onSale).toBe(false);
    expect(await listedIds()).not.toContain(String(product.id));
    const search = await ok(shopper, `query($s: ID!, $q: String!) { searchStoreProducts(storeId: $s, query: $q) { nodes { id } } }`, { s: STORE, q: product.name });
    expect(search.searchStoreProducts.nodes.map((n: { id: string }) => n.id)).not.toContain(String(product.id));
    const page = await ok(shopper, `query($s: ID!, $p: ID!) { storeProduct(storeId: $s, productId: $p) { onSale available } }`, { s: STORE, p: String(product.id) });
    expect(page.storeProduct).toEqual({ onSale: false, available: 0 });
    const cart = await server.gql(`mutation($s: ID!, $p: ID!) { setCartItem(storeId: $s, productId: $p, quantity: 1) { storeId } }`, { s: STORE, p: String(product.id) }, shopper);
    expect(cart.errors?.[0]).toMatchObject({ message: `「${product.name}」已在本店下架`, extensions: { code: 'PRODUCT_NOT_SOLD_HERE', reason: 'OFF_SALE' } });
    const shelf = await ok(manager, SHELF, { s: STORE, q: product.name });
    expect(shelf.storeShelf.nodes.find((n: { productId: string }) => n.productId === String(product.id))).toMatchObject({ onSale: false });
    await ok(manager, SET, { s: STORE, p: String(product.id), i: input() });
    expect(await listedIds()).toContain(String(product.id));
  });

  it('a new store price is the price the shopper pays; outside the band it is refused with the band', async () => {
    const band = (await ok(manager, SHELF, { s: STORE, q: product.name })).storeShelf.nodes.find((n: { productId: string }) => n.productId === String(product.id));
    const priceFen = band.priceBandMaxFen;
    await ok(manager, SET, { s: STORE, p: String(product.id), i: input({ priceFen }) });
    const page = await ok(shopper, `query($s: ID!, $p: ID!) { storeProduct(storeId: $s, productId: $p) { priceFen } }`, { s: STORE, p: String(product.id) });
    expect(page.storeProduct.priceFen).toBe(priceFen);
    const refused = await server.gql(SET, { s: STORE, p: String(product.id), i: input({ priceFen: priceFen + 10 }) }, manager);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('价格带'),
      extensions: { code: 'BAD_USER_INPUT', reason: 'PRICE_OUT_OF_BAND', field: 'priceFen', minFen: band.priceBandMinFen, maxFen: band.priceBandMaxFen },
    });
    await ok(manager, SET, { s: STORE, p: String(product.id), i: input() });
  });

  it("head office's band, then a store price within it", async () => {
    const hq = server.bearer(await server.signIn('demo-hq-operator'));
    const band = await ok(hq, `mutation($p: ID!) { setProductPriceBand(productId: $p, minFen: ${product.basePriceFen - 100}, maxFen: ${product.basePriceFen + 100}) { productId priceBandMinFen priceBandMaxFen } }`, {
      p: String(product.id),
    });
    expect(band.setProductPriceBand).toEqual({ productId: String(product.id), priceBandMinFen: product.basePriceFen - 100, priceBandMaxFen: product.basePriceFen + 100 });
    const refused = await server.gql(SET, { s: STORE, p: String(product.id), i: input({ priceFen: product.basePriceFen + 110 }) }, manager);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'PRICE_OUT_OF_BAND', minFen: product.basePriceFen - 100, maxFen: product.basePriceFen + 100 });
  });
});
