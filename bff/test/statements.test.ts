import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { checkoutInput, HOME_QUERY, placeOrderRequest, SEARCH_QUERY } from '../../bench/scenarios.ts';
import { DEMO_STORE_A_ID } from '../../prisma/seed/demo-accounts.ts';
import { startAuthTestServer, type AuthTestServer } from './auth.ts';

/**
 * SQL statements per operation for the hot read paths the bench measures, pinned so that an extra
 * round trip (a Prisma include, a lookup per field, a viewer read) fails here rather than showing up
 * as lost throughput. The floor does the same work in 3 and 1 statements. Under load each statement
 * costs the BFF a socket write, the largest share of its CPU in the checkout bench.
 */
let server: AuthTestServer;
let headers: Record<string, string>;

beforeAll(async () => {
  // A timer's statement must not land inside a counted operation.
  server = await startAuthTestServer({ env: { INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0' } });
  headers = server.bearer(await server.signIn('demo-member'));
});
afterAll(() => server?.close());

async function statementsOf(query: string, variables: Record<string, unknown>) {
  server.db.statements.reset();
  const result = await server.gql(query, variables, headers);
  const count = server.db.statements.count;
  expect(result.errors).toBeUndefined();
  return { data: result.data!, count };
}

describe('statements per operation', () => {
  it('the home query (nearby stores, the nearest store’s first catalog page, the member card) takes 3', async () => {
    const { data, count } = await statementsOf(HOME_QUERY, { location: { lat: 31.2304, lng: 121.4737 }, storeId: String(DEMO_STORE_A_ID) });
    expect(data.nearbyStores.length).toBeGreaterThan(1);
    expect(data.storeProducts.nodes.length).toBeGreaterThan(0);
    expect(data.myMemberCard.cardNo).toBeTruthy();
    expect(count).toBe(3);
  });

  it('a search within a store takes 1', async () => {
    const { rows } = await server.db.pool.query<{ name: string }>(`SELECT name FROM "Product" WHERE active ORDER BY id LIMIT 1`);
    const { data, count } = await statementsOf(SEARCH_QUERY, { storeId: String(DEMO_STORE_A_ID), query: rows[0]!.name.slice(0, 2) });
    expect(data.searchStoreProducts.nodes.length).toBeGreaterThan(0);
    expect(count).toBe(1);
  });

  it('suggestions cost nothing on a search with hits, and 1 more (after the store lookup) on one without', async () => {
    const query = `query($storeId: ID!, $query: String!) { searchStoreProducts(storeId: $storeId, query: $query) {
      nodes { id } suggestions { id name priceFen available } } }`;
    const hit = await statementsOf(query, { storeId: String(DEMO_STORE_A_ID), query: 'kele' });
    expect(hit.data.searchStoreProducts.nodes.length).toBeGreaterThan(0);
    expect(hit.count).toBe(1);
    const miss = await statementsOf(query, { storeId: String(DEMO_STORE_A_ID), query: '鑫' });
    expect(miss.data.searchStoreProducts.suggestions.length).toBeGreaterThan(0);
    expect(miss.count).toBe(3);
  });

  it("the search page's hot words take 1", async () => {
    const { data, count } = await statementsOf(`query($storeId: ID!) { searchHotWords(storeId: $storeId) }`, { storeId: String(DEMO_STORE_A_ID) });
    expect(data.searchHotWords.length).toBeGreaterThan(0);
    expect(count).toBe(1);
  });

  // The store's slot load comes with the store row (as for the store list), no longer a read of its own.
  it('placing a one-line order takes 9: rate limits 1, reads 5, then BEGIN, one write of everything, COMMIT', async () => {
    const input = checkoutInput(DEMO_STORE_A_ID, 1);
    const quote = await server.gql(`query($input: CheckoutInput!) { quote(input: $input) { payableFen } }`, { input }, headers);
    // The bench's own request, as its checkout scenario sends it.
    const pair = { storeId: DEMO_STORE_A_ID, productId: 1, payableFen: quote.data!.quote.payableFen };
    const { query, variables } = JSON.parse(placeOrderRequest(pair, randomUUID(), '').body);
    const { data, count } = await statementsOf(query, variables);
    expect(data.placeOrder.status).toBe('PENDING_PAYMENT');
    expect(count).toBe(9);
  });

  it('an empty page costs one more, to tell an unknown store (NOT_FOUND) from an empty catalog', async () => {
    server.db.statements.reset();
    const unknown = await server.gql(SEARCH_QUERY, { storeId: '424242', query: '水' }, headers);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(server.db.statements.count).toBe(2);
  });
});
