import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { SEARCH_PRODUCTS_SQL, searchParams } from './sql.ts';
import { likePattern } from '../db/like.ts';
import { fillMissingPinyinKeys, pinyinKeys } from './pinyin.ts';
import { demoCaller, placeOrder, UNLIMITED_RATES } from '../../test/shop.ts';
import { DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { ...UNLIMITED_RATES, DEMO_LOGIN_ENABLED: 'true' } });
});
afterAll(async () => {
  await server?.close();
});

const sql = async <T = any>(text: string, params: unknown[] = []) => (await server.db.pool.query(text, params)).rows as T[];

const PRODUCT_FIELDS = `id storeId name unit barcode priceFen memberPriceFen available badges categoryId`;
const PRODUCTS = `query($storeId: ID!, $categoryId: ID, $featured: Boolean, $first: Int, $after: String) {
  storeProducts(storeId: $storeId, categoryId: $categoryId, featured: $featured, first: $first, after: $after) {
    nodes { ${PRODUCT_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The truth, computed independently of the service: price, member price and stock in one store. */
async function expected(storeId: number, productId: number) {
  const [row] = await sql(
    `SELECT COALESCE(sp."priceFen", p."basePriceFen") AS price,
            CASE WHEN sp."storeId" IS NULL THEN p."memberPriceFen" ELSE sp."memberPriceFen" END AS member,
            i."onHand" - i.reserved AS available, i."lowStockThreshold" AS low
       FROM "Product" p JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = $1
       LEFT JOIN "StorePrice" sp ON sp."productId" = p.id AND sp."storeId" = $1
      WHERE p.id = $2`,
    [storeId, productId],
  );
  return row;
}

describe('storeCategories', () => {
  it('is a tree whose counts are the products available in that store, parents adding up children', async () => {
    const { data, errors } = await server.gql(`{ storeCategories(storeId: "1") { id name availableCount children { id name availableCount } } }`);
    expect(errors).toBeUndefined();
    const tree = data!.storeCategories;
    expect(tree.map((c: any) => c.name)).toContain('饮料');
    const [{ count: total }] = await sql(
      `SELECT count(*)::int AS count FROM "Inventory" i JOIN "Product" p ON p.id = i."productId"
        WHERE i."storeId" = 1 AND p.active AND i."onHand" - i.reserved > 0`,
    );
    expect(tree.reduce((sum: number, c: any) => sum + c.availableCount, 0)).toBe(total);
    const drinks = tree.find((c: any) => c.name === '饮料');
    expect(drinks.children.length).toBeGreaterThan(0);
    expect(drinks.availableCount).toBe(drinks.children.reduce((sum: number, c: any) => sum + c.availableCount, 0));
  });

  it('counts change when a product sells out, and reservations count as sold', async () => {
    const count = async () =>
      (await server.gql(`{ storeCategories(storeId: "1") { availableCount } }`)).data!.storeCategories.reduce(
        (sum: number, c: any) => sum + c.availableCount,
        0,
      );
    const before = await count();
    const [row] = await sql(`SELECT "productId" FROM "Inventory" WHERE "storeId" = 1 AND "onHand" - reserved > 0 ORDER BY "productId" LIMIT 1`);
    await sql(`UPDATE "Inventory" SET reserved = "onHand" WHERE "storeId" = 1 AND "productId" = $1`, [row.productId]);
    expect(await count()).toBe(before - 1);
  });
});

describe('storeProducts', () => {
  it("pages through a category with this store's price, member price, stock and badges", async () => {
    const { data: tree } = await server.gql(`{ storeCategories(storeId: "2") { id name } }`);
    const drinks = tree!.storeCategories.find((c: any) => c.name === '饮料');
    const seen: any[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { data, errors }: { data?: any; errors?: unknown } = await server.gql(PRODUCTS, { storeId: '2', categoryId: drinks.id, first: 7, after });
      expect(errors).toBeUndefined();
      seen.push(...data!.storeProducts.nodes);
      if (!data!.storeProducts.pageInfo.hasNextPage) break;
      after = data!.storeProducts.pageInfo.endCursor;
    }
    const [{ count }] = await sql(
      `SELECT count(*)::int AS count FROM "Product" p JOIN "Category" c ON c.id = p."categoryId"
        WHERE p.active AND (c.id = $1 OR c."parentId" = $1)`,
      [Number(drinks.id)],
    );
    expect(seen).toHaveLength(count);
    expect(new Set(seen.map((p) => p.id)).size).toBe(count);
    for (const product of seen) {
      const truth = await expected(2, Number(product.id));
      expect(product.priceFen).toBe(truth.price);
      expect(product.memberPriceFen).toBe(truth.member);
      expect(product.available).toBe(truth.available);
      expect(product.badges.includes('OUT_OF_STOCK')).toBe(truth.available <= 0);
      expect(product.badges.includes('LOW_STOCK')).toBe(truth.available > 0 && truth.available <= truth.low);
      expect(product.badges.includes('MEMBER_PRICE')).toBe(truth.member !== null && truth.member < truth.price);
    }
  });

  it('uses the store price override where one exists', async () => {
    const [override] = await sql(`SELECT "storeId", "productId", "priceFen" FROM "StorePrice" ORDER BY "storeId", "productId" LIMIT 1`);
    const { data } = await server.gql(`query($s: ID!, $p: ID!) { storeProduct(storeId: $s, productId: $p) { priceFen } }`, {
      s: String(override.storeId),
      p: String(override.productId),
    });
    expect(data!.storeProduct.priceFen).toBe(override.priceFen);
  });

  it('lists featured products', async () => {
    const { data } = await server.gql(PRODUCTS, { storeId: '1', featured: true, first: 100 });
    const [{ count }] = await sql(`SELECT count(*)::int AS count FROM "Product" WHERE featured AND active`);
    expect(data!.storeProducts.nodes).toHaveLength(count);
  });
});

describe('storeProduct: not here, but nearby', () => {
  it('for a product out of stock here, lists up to 3 nearest other stores that have it, with distance and quantity', async () => {
    const [{ productId }] = await sql(
      `SELECT "productId" FROM "Inventory" WHERE "storeId" = 1 AND "onHand" - reserved <= 0 ORDER BY "productId" LIMIT 1`,
    );
    const { data, errors } = await server.gql(
      `query($p: ID!) { storeProduct(storeId: "1", productId: $p) {
          name description unit images { thumb } available badges
          elsewhere { distanceM available store { id name } } } }`,
      { p: String(productId) },
    );
    expect(errors).toBeUndefined();
    const product = data!.storeProduct;
    expect(product.available).toBe(0);
    expect(product.badges).toContain('OUT_OF_STOCK');
    const truth = await sql(
      `SELECT s.id, i."onHand" - i.reserved AS available,
              geo_metres(geo_point(s.lat, s.lng), geo_point(h.lat, h.lng)) AS d
         FROM "Store" s JOIN "Inventory" i ON i."storeId" = s.id AND i."productId" = $1, "Store" h
        WHERE h.id = 1 AND s.id <> 1 AND s.active AND i."onHand" - i.reserved > 0
        ORDER BY d LIMIT 3`,
      [productId],
    );
    expect(product.elsewhere.map((e: any) => [e.store.id, e.available, e.distanceM])).toEqual(
      truth.map((t) => [String(t.id), t.available, Math.round(t.d)]),
    );
    expect(product.elsewhere.length).toBeGreaterThan(0);
  });
});

describe('searchStoreProducts', () => {
  const SEARCH = `query($q: String!, $first: Int) { searchStoreProducts(storeId: "1", query: $q, first: $first) { nodes { name barcode } } }`;

  /** The truth: a plain substring match over what store 1 stocks, computed without the gram index. */
  const substringMatches = async (operator: 'LIKE' | 'ILIKE', term: string) =>
    (
      await sql(
        `SELECT name FROM "Product" p
          WHERE active AND name ${operator} $1
            AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = 1 AND i."productId" = p.id)
          ORDER BY id`,
        [likePattern(term)],
      )
    ).map((row) => row.name);

  it.each(['水', '茶', '奶', '可乐', '饼干', '面包', '矿泉水', '可口可乐', '经典可乐 330'])(
    'finds exactly the names containing %s, as LIKE does',
    async (term) => {
      const { data, errors } = await server.gql(SEARCH, { q: term, first: 100 });
      expect(errors).toBeUndefined();
      const truth = await substringMatches('LIKE', term);
      expect(truth.length).toBeGreaterThan(0);
      expect(truth.length).toBeLessThan(100);
      expect(data!.searchStoreProducts.nodes.map((p: any) => p.name)).toEqual(truth);
    },
  );

  it('ignores the case of Latin letters, like ILIKE', async () => {
    const { data } = await server.gql(SEARCH, { q: 'KG', first: 100 });
    const truth = await substringMatches('ILIKE', 'KG');
    expect(truth.length).toBeGreaterThan(0);
    expect(truth.length).toBeLessThan(100);
    expect(await substringMatches('LIKE', 'KG')).toEqual([]);
    expect(data!.searchStoreProducts.nodes.map((p: any) => p.name)).toEqual(truth);
  });

  it('finds nothing for a character no name has, and pages 1-character results without gaps', async () => {
    expect((await server.gql(SEARCH, { q: '鑫' })).data!.searchStoreProducts.nodes).toEqual([]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data }: { data?: any } = await server.gql(
        `query($q: String!, $after: String) { searchStoreProducts(storeId: "1", query: $q, first: 3, after: $after) {
            nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { q: '水', after },
      );
      seen.push(...data.searchStoreProducts.nodes.map((p: any) => p.name));
      if (!data.searchStoreProducts.pageInfo.hasNextPage) break;
      after = data.searchStoreProducts.pageInfo.endCursor;
    }
    expect(seen).toEqual(await substringMatches('LIKE', '水'));
  });

  it('finds a product by its barcode, and treats % and _ literally', async () => {
    const [product] = await sql(`SELECT name, barcode FROM "Product" ORDER BY id DESC LIMIT 1`);
    expect((await server.gql(SEARCH, { q: product.barcode })).data!.searchStoreProducts.nodes).toEqual([product]);
    const percent = (await server.gql(SEARCH, { q: '0%桃' })).data!.searchStoreProducts.nodes;
    expect(percent.map((p: any) => p.name)).toEqual(['汇源 100%桃汁 1L']);
    expect((await server.gql(SEARCH, { q: '_' })).data!.searchStoreProducts.nodes).toEqual([]);
  });

  it('is backed by the name-gram and barcode indexes on a large catalogue, for terms of 1, 2 and 3+ characters', async () => {
    await sql(`
      INSERT INTO "Product" (barcode, name, "namePinyin", "nameInitials", unit, "basePriceFen", "categoryId")
      SELECT '99' || lpad(g::text, 11, '0'), '测试商品' || md5(g::text), 'ceshishangpin' || md5(g::text), 'cssp' || md5(g::text),
             '件', 100, (SELECT min(id) FROM "Category")
        FROM generate_series(1, 20000) g`);
    await sql(`INSERT INTO "Inventory" ("storeId", "productId", "onHand") SELECT 1, id, 5 FROM "Product" WHERE barcode LIKE '99%'`);
    // What autovacuum does after a bulk load: statistics, and the GIN pending list merged into the index
    // (until then the planner rightly prices the GIN index as a scan of that list).
    await sql('VACUUM ANALYZE "Product"');
    await sql('VACUUM ANALYZE "Inventory"');
    const planFor = async (term: string) =>
      JSON.stringify((await sql(`EXPLAIN (FORMAT JSON) ${SEARCH_PRODUCTS_SQL}`, searchParams(term.split(' '), term, 0, 21, 1)))[0]['QUERY PLAN']);
    for (const term of ['水', '可乐', '矿泉水', '可口可乐', '可乐 可口', 'kele', 'kkkl']) {
      const plan = await planFor(term);
      expect(plan).toContain('Product_search_grams_idx');
      expect(plan).toContain('Product_barcode_key');
      expect(plan).not.toMatch(/"Node Type":"Seq Scan","Parallel Aware":(true|false),"Async Capable":(true|false),"Relation Name":"Product"/);
      // Still exactly the substring matches, with 20,000 more names in the table.
      const { data } = await server.gql(SEARCH, { q: term, first: 100 });
      expect(data!.searchStoreProducts.nodes.map((p: any) => p.name)).toEqual(await keyMatches(term.split(' ')));
    }
  }, 120_000);
});

/**
 * The truth for several terms, computed in JavaScript: store 1's products whose name, full pinyin or
 * initials (from pinyinKeys, not the stored columns) contain every term.
 */
async function keyMatches(terms: string[]): Promise<string[]> {
  const names = (
    await sql(
      `SELECT name FROM "Product" p
        WHERE active AND EXISTS (SELECT 1 FROM "Inventory" i WHERE i."storeId" = 1 AND i."productId" = p.id)
        ORDER BY id`,
    )
  ).map((row) => row.name as string);
  return names.filter((name) => terms.every((term) => searchTextOf(name).includes(term.toLowerCase())));
}

const searchTexts = new Map<string, string>();
function searchTextOf(name: string): string {
  let text = searchTexts.get(name);
  if (text === undefined) {
    const { namePinyin, nameInitials } = pinyinKeys(name);
    text = `${name} ${namePinyin} ${nameInitials}`.toLowerCase();
    searchTexts.set(name, text);
  }
  return text;
}

describe('searchStoreProducts: words, pinyin, suggestions', () => {
  const SEARCH = `query($storeId: ID!, $q: String!) { searchStoreProducts(storeId: $storeId, query: $q, first: 100) {
      nodes { name } suggestions { id name available } } }`;
  const search = async (q: string, storeId = '1') => {
    const { data, errors } = await server.gql(SEARCH, { q, storeId });
    expect(errors).toBeUndefined();
    return data!.searchStoreProducts as { nodes: { name: string }[]; suggestions: { id: string; name: string; available: number }[] };
  };
  const names = async (q: string) => (await search(q)).nodes.map((p) => p.name);

  it.each([
    ['可口 可乐', '可乐 可口'],
    ['农夫山泉 橙汁', '橙汁  农夫山泉'],
  ])('matches several words in any order: %s', async (words, reversed) => {
    const found = await names(words);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((name) => words.split(' ').every((word) => name.includes(word)))).toBe(true);
    expect(await names(reversed)).toEqual(found);
    expect(found).toEqual(await keyMatches(words.split(' ')));
  });

  it('matches the full pinyin and the initials, in either case', async () => {
    const kele = await names('kele');
    expect(kele).toContain('可口可乐 经典可乐 330ml');
    expect(kele).toEqual(await keyMatches(['kele']));
    const kkkl = await names('KKKL');
    expect(kkkl.length).toBeGreaterThan(0);
    expect(kkkl.every((name) => name.startsWith('可口可乐'))).toBe(true);
    expect(kkkl).toEqual(await keyMatches(['kkkl']));
    expect(await names('nfsq cz')).toEqual(await names('农夫山泉 橙汁'));
  });

  it('finds products whose keys were missing (seeded before they existed) once start-up has filled them', async () => {
    const before = await names('kele');
    await sql(`UPDATE "Product" SET "namePinyin" = '', "nameInitials" = '' WHERE name LIKE '%可乐%'`);
    expect(await names('kele')).toEqual([]);
    expect(await fillMissingPinyinKeys(server.db.pool)).toBeGreaterThan(0);
    expect(await names('kele')).toEqual(before);
    expect(await fillMissingPinyinKeys(server.db.pool)).toBe(0);
  });

  it('matches a word mixing Chinese and pinyin as its pinyin', async () => {
    const found = await names('可口kele');
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(await names('可口可乐'));
  });

  it('suggests in-stock products of that store when nothing is found, best sellers first, and nothing when something is', async () => {
    expect((await search('可乐')).suggestions).toEqual([]);
    const stocked = async (storeId: number, ids: string[]) =>
      (await sql(`SELECT "productId"::text AS id FROM "Inventory" WHERE "storeId" = $1 AND "onHand" - reserved > 0 AND "productId" = ANY($2::int[])`, [storeId, ids])).map((r) => r.id).sort();
    for (const storeId of [1, 2]) {
      const { nodes, suggestions } = await search('鑫', String(storeId));
      expect(nodes).toEqual([]);
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.every((p) => p.available > 0)).toBe(true);
      expect(await stocked(storeId, suggestions.map((p) => p.id))).toEqual(suggestions.map((p) => p.id).sort());
    }
    // A product sold at store 1 becomes its first suggestion; sold out there, it is no longer offered.
    const [product] = await sql(
      `SELECT p.id::text AS id FROM "Product" p JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = 1
        WHERE p.active AND NOT p.featured AND i."onHand" - i.reserved >= 10 ORDER BY p.id DESC LIMIT 1`,
    );
    await sellAtStore1(product.id, 3);
    expect((await search('鑫')).suggestions[0]!.id).toBe(product.id);
    expect((await search('鑫', '2')).suggestions.map((p) => p.id)).not.toContain(product.id);
    await sql(`UPDATE "Inventory" SET "onHand" = reserved WHERE "storeId" = 1 AND "productId" = $1`, [product.id]);
    expect((await search('鑫')).suggestions.map((p) => p.id)).not.toContain(product.id);
  });
});

/** A paid pickup order at store 1 for `quantity` of the product: a sale of today. */
async function sellAtStore1(productId: string, quantity: number) {
  const shopper = await demoCaller(server.gql, DEMO_SHOPPER.openid);
  const order = await placeOrder(shopper, { items: [{ productId, quantity }] });
  await sql(`UPDATE "Order" SET status = 'PAID' WHERE id = $1`, [order.id]);
}

describe('searchHotWords', () => {
  const HOT = `query($storeId: ID!) { searchHotWords(storeId: $storeId) }`;
  const hotWords = async (storeId: string) => {
    const { data, errors } = await server.gql(HOT, { storeId });
    expect(errors).toBeUndefined();
    return data!.searchHotWords as string[];
  };

  it("leads with the first word of the store's best sellers of 30 days, then featured products' words", async () => {
    const before = await hotWords('2');
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThanOrEqual(8);
    expect(new Set(before).size).toBe(before.length);
    const [product] = await sql(
      `SELECT p.id::text AS id, split_part(p.name, ' ', 1) AS word FROM "Product" p
         JOIN "Inventory" i ON i."productId" = p.id AND i."storeId" = 1
        WHERE p.active AND NOT p.featured AND p."maxPerOrder" = 20
          AND NOT (split_part(p.name, ' ', 1) = ANY($1::text[]))
        ORDER BY p.id LIMIT 1`,
      [await hotWords('1')],
    );
    await sql(`UPDATE "Inventory" SET "onHand" = reserved + 100 WHERE "storeId" = 1 AND "productId" = $1`, [product.id]);
    await sellAtStore1(product.id, 20);
    await sellAtStore1(product.id, 20);
    expect((await hotWords('1'))[0]).toBe(product.word);
    expect(await hotWords('2')).toEqual(before);
    // Sales older than 30 days no longer count.
    await sql(`UPDATE "Order" SET "createdAt" = now() - interval '31 days' WHERE "storeId" = 1`);
    expect(await hotWords('1')).not.toContain(product.word);
  });

  it('answers NOT_FOUND for an unknown store', async () => {
    const { errors } = await server.gql(HOT, { storeId: '424242' });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('DataLoaders', () => {
  it('a catalog page costs the same number of SQL statements for 5 products as for 60', async () => {
    const query = `query($first: Int) { storeProducts(storeId: "1", first: $first) {
        nodes { ${PRODUCT_FIELDS} elsewhere { distanceM available store { name openingStatus { label } } } }
        pageInfo { endCursor } } }`;
    const count = async (first: number) => {
      server.db.statements.reset();
      const { data, errors } = await server.gql(query, { first });
      expect(errors).toBeUndefined();
      expect(data!.storeProducts.nodes).toHaveLength(first);
      return server.db.statements.count;
    };
    const small = await count(5);
    const large = await count(60);
    expect(large).toBe(small);
    // store (with hours, closures), page, prices+stock, other stores with stock, their stores.
    expect(small).toBeLessThanOrEqual(10);
  });
});

describe('bad input', () => {
  it.each([
    [PRODUCTS, { storeId: '1', first: 101 }, 'BAD_USER_INPUT', /每页数量必须是 1 到 100/],
    [PRODUCTS, { storeId: '1', first: 0 }, 'BAD_USER_INPUT', /每页数量/],
    [PRODUCTS, { storeId: '1', after: 'bm9wZQ' }, 'BAD_USER_INPUT', /分页游标无效/],
    [PRODUCTS, { storeId: '99999' }, 'NOT_FOUND', /门店 99999 不存在/],
    [PRODUCTS, { storeId: 'x1' }, 'BAD_USER_INPUT', /门店编号不正确: x1/],
    [PRODUCTS, { storeId: '1', categoryId: '99999' }, 'NOT_FOUND', /分类 99999 不存在/],
    [`{ storeProduct(storeId: "1", productId: "99999") { name } }`, {}, 'NOT_FOUND', /商品 99999 不存在/],
    [`{ storeProduct(storeId: "1", productId: "-3") { name } }`, {}, 'BAD_USER_INPUT', /商品编号不正确/],
    [`{ storeCategories(storeId: "424242") { name } }`, {}, 'NOT_FOUND', /门店 424242 不存在/],
    [`{ searchStoreProducts(storeId: "1", query: "  ") { nodes { name } } }`, {}, 'BAD_USER_INPUT', /请输入商品名称或条码/],
    [`{ searchStoreProducts(storeId: "1", query: "${'水'.repeat(51)}") { nodes { name } } }`, {}, 'BAD_USER_INPUT', /最多 50 个字/],
  ])('%s %j → %s', async (query, variables, code, message) => {
    const { errors } = await server.gql(query, variables);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(errors?.[0]?.message).toMatch(message);
  });
});
