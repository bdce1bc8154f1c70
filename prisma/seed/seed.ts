/**
 * Seeds an empty, migrated database with a deterministic Shanghai store chain: stores and hours,
 * catalogue, a price override for ~10% and a stock row for every store×product pair, the demo
 * accounts (see demo-accounts.ts) and a little marketing. Writes with plain `pg` and COPY, in one
 * transaction: a failed seed leaves the database as it was.
 */
import cliProgress from 'cli-progress';
import type pg from 'pg';
import {
  buildCatalog, buildPeopleAndMarketing, buildStores, drawOnHand, drawStorePrice, EPOCH, MAX_PRODUCTS, MAX_STORES,
  type BuiltCatalog, type ProductRow,
} from './build.ts';
import { imageId, putOriginal } from '../../bff/src/images/ids.ts';
import { demoBanner } from './banner.ts';
import { PACKSHOT_CONTENT_TYPE } from '../../bff/src/images/packshot.ts';
import type { ImageStore } from '../../bff/src/images/store.ts';
import { copyLines, copyObjects, copyValue } from './copy.ts';
import { DEMO_HQ_OPERATOR, DEMO_MEMBER_CARD, DEMO_STORE_A_ID, DEMO_STORE_B_ID, DEMO_USERS } from './demo-accounts.ts';
import { createCouponTemplate, createPromotion } from '../../bff/src/marketing/service.ts';
import { createCampaign } from '../../bff/src/campaigns/service.ts';
import { rngFor } from './random.ts';

export const DEFAULT_STORES = 36;
export const DEFAULT_PRODUCTS = 320;
export const DEFAULT_SEED = 1;

export interface SeedOptions {
  stores?: number;
  products?: number;
  seed?: number;
  /**
   * Where the products' packshots go (the BFF's image store). Without one only the rows are written;
   * seedPackshots puts them later.
   */
  images?: ImageStore;
  /** the seed's clock (default: now); the demo campaign runs for a year from the start of this UTC day */
  now?: Date;
  /** draw a progress bar on stderr while the store×product tables load */
  progress?: boolean;
  log?: (msg: string) => void;
}

export interface SeedSummary {
  seed: number;
  /** rows written per table */
  counts: Record<string, number>;
  demo: {
    users: { openid: string; id: string }[];
    memberId: string;
    memberCardNo: string;
    storeIds: number[];
    userCouponCodes: string[];
    /** QR scenes: store 1's door poster, a shelf code, a campaign code */
    qrScenes: { store: string; product: string; campaign: string };
  };
  elapsedMs: number;
}

export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError';
}

/** Puts at a time: enough to hide an object store's latency, few enough to be polite to it. */
const PUTS_AT_ONCE = 16;

/** The demo campaign's banner (build.ts names its words). */
export const campaignBanner = () => demoBanner('人民广场店 扫码领券', '满59减10元 · 每人限领一张', '¥10');

async function putPackshots(store: ImageStore, catalog: BuiltCatalog): Promise<void> {
  await putOriginal(store, await campaignBanner(), 'image/jpeg');
  const originals = [...catalog.packshots.values()];
  for (let i = 0; i < originals.length; i += PUTS_AT_ONCE) {
    await Promise.all(originals.slice(i, i + PUTS_AT_ONCE).map((bytes) => putOriginal(store, bytes, PACKSHOT_CONTENT_TYPE)));
  }
}

/**
 * The packshots of the catalogue that seedDatabase writes with the same options, for a database
 * seeded earlier (or elsewhere) whose image store is new. Idempotent: images are content-addressed.
 */
export async function seedPackshots(store: ImageStore, options: Pick<SeedOptions, 'products' | 'seed'> = {}): Promise<void> {
  await putPackshots(store, buildCatalog(options.seed ?? DEFAULT_SEED, options.products ?? DEFAULT_PRODUCTS));
}

/** Rows per chunk handed to the COPY stream: big enough to amortise, small enough to stay cheap. */
const CHUNK_ROWS = 4096;
const SERIAL_TABLES = ['Store', 'Category', 'Product', 'Coupon', 'Promotion', 'Campaign', 'QrCode', 'PointsEntry', 'StoredValueEntry'];
/** Tables loaded per store×product pair; their FKs and secondary indexes are rebuilt after the load. */
const BULK_TABLES = ['StorePrice', 'Inventory'];

export async function seedDatabase(pool: pg.Pool, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const storeCount = options.stores ?? DEFAULT_STORES;
  const productCount = options.products ?? DEFAULT_PRODUCTS;
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  if (!Number.isInteger(storeCount) || storeCount < 2 || storeCount > MAX_STORES) {
    throw new RangeError(`stores must be an integer from 2 (the demo staff work at stores 1 and 2) to ${MAX_STORES}`);
  }
  if (!Number.isInteger(productCount) || productCount < 20 || productCount > MAX_PRODUCTS) {
    throw new RangeError(`products must be an integer from 20 to ${MAX_PRODUCTS}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError('seed must be an integer');

  const builtStores = buildStores(seed, storeCount);
  const catalog = buildCatalog(seed, productCount);
  const bannerId = imageId(await campaignBanner());
  const today = new Date(Math.floor((options.now ?? new Date()).getTime() / 86_400_000) * 86_400_000);
  const people = buildPeopleAndMarketing(seed, builtStores.stores, catalog, bannerId, today);
  const counts: Record<string, number> = {};
  // Before the transaction: a failed seed then leaves only unreferenced images, which are harmless.
  if (options.images) await putPackshots(options.images, catalog);

  const client = await pool.connect();
  let bar: cliProgress.SingleBar | undefined;
  try {
    await client.query('BEGIN');
    // Two seeds started at once: the second waits here and then sees the first one's stores.
    await client.query('LOCK TABLE "Store" IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "Store"');
    if (Number(rows[0]!.n) > 0) {
      throw new SeedRefusedError(`the database already has ${rows[0]!.n} stores; the seed only fills an empty database`);
    }
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);

    const put = async <T extends object>(table: string, data: readonly T[], jsonColumns: string[] = []) => {
      counts[table] = await copyObjects(client, table, data, jsonColumns);
    };
    log(`catalogue: ${catalog.categories.length} categories, ${catalog.products.length} products`);
    await put('Category', catalog.categories);
    await put('Product', catalog.products);
    log(`stores: ${builtStores.stores.length}`);
    await put('Store', builtStores.stores, ['deliveryPolygon']);
    await put('StoreHours', builtStores.hours);
    await put('StoreClosure', builtStores.closures);

    const pairs = storeCount * productCount;
    log(`store prices and inventory: ${pairs} store×product pairs`);
    if (options.progress) {
      bar = new cliProgress.SingleBar(
        { format: '{phase} |{bar}| {percentage}% | {value}/{total} store×product | ETA {eta_formatted}', hideCursor: true, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(pairs * 2, 0, { phase: 'prices   ' });
    }
    await withoutSecondaryIndexes(client, BULK_TABLES, log, async () => {
      counts.StorePrice = await copyLines(client, 'StorePrice', ['storeId', 'productId', 'priceFen', 'memberPriceFen'],
        storePriceLines(seed, storeCount, catalog.products, (n) => bar?.increment(n)));
      bar?.update({ phase: 'inventory' });
      counts.Inventory = await copyLines(client, 'Inventory', ['storeId', 'productId', 'onHand', 'reserved', 'lowStockThreshold', 'updatedAt'],
        inventoryLines(seed, builtStores.stockFactor, productCount, (n) => bar?.increment(n)));
      bar?.stop();
      bar = undefined;
      log('rebuilding indexes and foreign keys of the store×product tables');
    });

    log('demo accounts and marketing');
    await put('User', people.users);
    await put('Member', people.members);
    await put('TillReceipt', people.tillReceipts);
    await put('PointsEntry', people.pointsEntries);
    await put('StoredValueEntry', people.storedValueEntries);
    // Built-in roles come with the migrations; the seed names them by key.
    const roles = new Map((await client.query<{ id: number; key: string }>('SELECT id, key FROM "Role"')).rows.map((role) => [role.key, role.id]));
    await put('StaffMembership', people.staff.map(({ roleKey, ...assignment }) => ({ ...assignment, roleId: roles.get(roleKey as string) })));
    // The demo marketing goes through the operators' own path (validation, audit), set up by head office.
    const chainWide = async () => undefined;
    // The build refers to coupons 1–3 and campaign 1; a seed that failed earlier has moved the sequences (they ignore rollbacks).
    for (const table of ['Coupon', 'Promotion', 'Campaign']) await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), 1, false)`, [quoteIdent(table)]);
    for (const coupon of people.coupons) await createCouponTemplate(client, EPOCH, DEMO_HQ_OPERATOR.id, coupon, chainWide);
    counts.Coupon = people.coupons.length;
    await put('UserCoupon', people.userCoupons);
    await client.query(`UPDATE "Coupon" c SET "issuedCount" = (SELECT count(*) FROM "UserCoupon" uc WHERE uc."couponId" = c.id)`);
    for (const promotion of people.promotions) await createPromotion(client, EPOCH, DEMO_HQ_OPERATOR.id, promotion, chainWide);
    counts.Promotion = people.promotions.length;
    // The seed drew the banner it names; it reaches the image store with the packshots (here, or later by seedPackshots).
    const campaignWriter = { actorUserId: DEMO_HQ_OPERATOR.id, now: today, imageExists: async (id: string) => id === bannerId };
    for (const campaign of people.campaigns) await createCampaign(client, campaignWriter, campaign.storeId, campaign.input);
    counts.Campaign = people.campaigns.length;
    await put('QrCode', people.qrCodes);

    // Ids were written explicitly; move each sequence past them so later inserts do not collide.
    for (const table of SERIAL_TABLES) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM ${quoteIdent(table)}))`,
        [quoteIdent(table)],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    bar?.stop();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }

  // Fresh statistics so the first queries after a big seed get sensible plans.
  // The data is committed by now, so a failure here is only worth a log line.
  await pool
    .query(`ANALYZE ${BULK_TABLES.map(quoteIdent).join(', ')}, "Store", "Product"`)
    .catch((error: Error) => log(`ANALYZE after seeding failed: ${error.message}`));

  return {
    seed,
    counts,
    demo: {
      users: DEMO_USERS.map((u) => ({ openid: u.openid, id: u.id })),
      memberId: DEMO_MEMBER_CARD.id,
      memberCardNo: DEMO_MEMBER_CARD.cardNo,
      storeIds: [DEMO_STORE_A_ID, DEMO_STORE_B_ID],
      userCouponCodes: people.userCoupons.map((c) => String(c.code)),
      qrScenes: people.scenes,
    },
    elapsedMs: Date.now() - started,
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function* storePriceLines(seed: number, stores: number, products: ProductRow[], progress: (n: number) => void): Generator<string> {
  const rng = rngFor(seed, 'store-prices');
  let chunk = '';
  let pending = 0;
  for (let storeId = 1; storeId <= stores; storeId++) {
    for (const product of products) {
      const price = drawStorePrice(rng, product);
      if (price) chunk += `${storeId}\t${product.id}\t${price.priceFen}\t${price.memberPriceFen ?? '\\N'}\n`;
      if (++pending === CHUNK_ROWS) {
        progress(pending);
        pending = 0;
        if (chunk) yield chunk;
        chunk = '';
      }
    }
  }
  progress(pending);
  if (chunk) yield chunk;
}

function* inventoryLines(seed: number, stockFactor: number[], products: number, progress: (n: number) => void): Generator<string> {
  const rng = rngFor(seed, 'inventory');
  // Every row gets the same fixed timestamp; computed once, it is just a constant suffix.
  const tail = `\t0\t5\t${copyValue(EPOCH)}\n`;
  let chunk = '';
  let pending = 0;
  for (let storeId = 1; storeId <= stockFactor.length; storeId++) {
    const factor = stockFactor[storeId - 1]!;
    for (let productId = 1; productId <= products; productId++) {
      chunk += `${storeId}\t${productId}\t${drawOnHand(rng, factor)}${tail}`;
      if (++pending === CHUNK_ROWS) {
        progress(pending);
        pending = 0;
        yield chunk;
        chunk = '';
      }
    }
  }
  progress(pending);
  if (chunk) yield chunk;
}

/**
 * Loading millions of rows is several times faster without per-row foreign-key triggers and
 * secondary-index maintenance, so those are dropped and rebuilt around the load, inside the same
 * transaction. Definitions are read back from the catalogue, so they come back exactly as the
 * migrations made them. Primary keys stay: rows arrive in key order, which keeps them cheap.
 */
async function withoutSecondaryIndexes(client: pg.ClientBase, tables: string[], log: (msg: string) => void, load: () => Promise<void>): Promise<void> {
  const regclasses = tables.map(quoteIdent);
  const { rows: fks } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY conrelid, conname`,
    [regclasses],
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY i.indexrelid`,
    [regclasses],
  );
  for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  await load();
  const t0 = Date.now();
  for (const index of indexes) await client.query(index.def);
  for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
  log(`rebuilt ${indexes.length} indexes and ${fks.length} foreign keys in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
