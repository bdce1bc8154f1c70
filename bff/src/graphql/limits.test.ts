import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, validate, visit, type DocumentNode } from 'graphql';
import { createYoga } from 'graphql-yoga';
import * as client from '@corner/shared-types/client';
import { persistedDocument } from '../../../shared-types/persisted-documents.mjs';
import { loadConfig } from '../config.ts';
import { buildSchema } from './schema.ts';
import { MAX_VARIABLES_DEPTH, limitPlugins, limitRules, variablesProblem, withListSizesInlined } from './limits.ts';
import { MAX_NEARBY } from '../stores/service.ts';
import { MAX_PAGE_SIZE } from '../catalog/service.ts';
import { MAX_PAGE as MAX_HISTORY_PAGE } from '../members/service.ts';
import { MAX_MY_ORDERS } from '../orders/service.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { nestedValue } from '../../test/operations.ts';
import { subscribeSse } from '../../test/subscriptions.ts';

const config = loadConfig({ NODE_ENV: 'test' });
const trusted = loadTrustedDocuments();
const operations = Object.entries(client as Record<string, unknown>).flatMap(([name, value]) =>
  name.endsWith('Document') && value instanceof client.TypedDocumentString ? [[name, value as client.TypedDocumentString<unknown, unknown>] as const] : [],
);

/** The largest `first` each paged field accepts (its resolver refuses more). */
const LARGEST_PAGE: Record<string, number> = {
  nearbyStores: MAX_NEARBY,
  storeProducts: MAX_PAGE_SIZE,
  searchStoreProducts: MAX_PAGE_SIZE,
  pointsHistory: MAX_HISTORY_PAGE,
  storedValueHistory: MAX_HISTORY_PAGE,
  myOrders: MAX_MY_ORDERS,
};

/** Each variable a document passes as `first`, at the largest page of its field; a field missing above fails. */
function largestPages(document: DocumentNode): Record<string, number> {
  const sizes: Record<string, number> = {};
  visit(document, {
    Field(field) {
      for (const arg of field.arguments ?? []) {
        if (arg.name.value !== 'first' || arg.value.kind !== Kind.VARIABLE) continue;
        expect(LARGEST_PAGE, `largest page of ${field.name.value}`).toHaveProperty(field.name.value);
        sizes[arg.value.name.value] = LARGEST_PAGE[field.name.value]!;
      }
    },
  });
  return sizes;
}

describe('the mini-program operations', () => {
  it('are all in the trusted-documents manifest under the hash the client sends', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(trusted.size).toBe(operations.length);
    for (const [name, document] of operations) {
      const hash = document.__meta__?.hash as string;
      expect(trusted.has(hash), name).toBe(true);
      expect(persistedDocument(parse(document.toString())).hash, name).toBe(hash);
    }
  });

  it('stay within every limit at the default values, asking for the largest page every list field accepts', () => {
    const schema = buildSchema();
    for (const [hash, text] of trusted) {
      // graphql's own token limit is what armor's parser enforces.
      const document = parse(text, { maxTokens: config.GRAPHQL_MAX_TOKENS });
      const sizes = largestPages(document);
      expect(validate(schema, withListSizesInlined(document, sizes), limitRules(config)), `${hash} ${JSON.stringify(sizes)}`).toEqual([]);
    }
  });

  it('would be caught by a tighter limit (the check is not vacuous)', () => {
    const tight = { ...config, GRAPHQL_MAX_DEPTH: 3, GRAPHQL_MAX_COST: 50 };
    const errors = [...trusted.values()].flatMap((text) => validate(buildSchema(), parse(text), limitRules(tight)));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('variablesProblem', () => {
  it('finds the first list over the limit anywhere in the variables', () => {
    expect(variablesProblem({ input: { items: [1, 2, 3] } }, 3)).toBeNull();
    expect(variablesProblem({ input: { items: [1, 2, 3, 4] } }, 3)).toEqual({ reason: 'LIST_TOO_LONG', path: '$.input.items' });
    expect(variablesProblem({ a: [[1], [1, 2, 3, 4]] }, 3)).toEqual({ reason: 'LIST_TOO_LONG', path: '$.a[1]' });
  });

  it('finds nesting deeper than the limit, at any depth, without recursion', () => {
    expect(variablesProblem({ v: nestedValue(MAX_VARIABLES_DEPTH) }, 100)).toBeNull();
    expect(variablesProblem({ v: nestedValue(MAX_VARIABLES_DEPTH + 1) }, 100)).toMatchObject({ reason: 'VARIABLES_TOO_DEEP' });
    expect(variablesProblem({ v: nestedValue(200_000) }, 100)).toMatchObject({ reason: 'VARIABLES_TOO_DEEP', path: expect.stringMatching(/^\$\.v/) });
  });
});

describe('GraphQL limits over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const nested = (depth: number) => `{ storeCategories(storeId: "1") ${'{ children '.repeat(depth)}{ id }${' }'.repeat(depth)} }`;

  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH before running it', async () => {
    const ok = await server.gql(nested(config.GRAPHQL_MAX_DEPTH - 2));
    expect(ok.errors).toBeUndefined();
    const result = await server.gql(nested(config.GRAPHQL_MAX_DEPTH + 1));
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: expect.stringContaining('depth') });
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: config.GRAPHQL_MAX_ALIASES + 1 }, (_, i) => `t${i}: serverTime`).join(' ');
    const result = await server.gql(`{ ${aliases} }`);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: expect.stringMatching(/aliases/i) });
  });

  it('refuses a document of more than GRAPHQL_MAX_TOKENS tokens while parsing', async () => {
    const result = await server.gql(`{ ${'serverTime '.repeat(config.GRAPHQL_MAX_TOKENS)} }`);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: expect.stringContaining('Token') });
  });

  it('refuses a costly query within the depth and alias limits, pages each of a size its field accepts', async () => {
    const many = Array.from({ length: config.GRAPHQL_MAX_ALIASES }, (_, i) => `p${i}: storeProducts(storeId: "1", first: ${MAX_PAGE_SIZE}) { nodes { id name } }`).join(' ');
    const result = await server.gql(`{ ${many} }`);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: expect.stringMatching(/cost/i) });
  });

  it('counts a list size the same written inline, passed as a variable, by its default or through a fragment', async () => {
    const selection = 'distanceM store { id name address phone }';
    const location = '{ lat: 31.2304, lng: 121.4737 }';
    const costly = 100_000;
    const field = `nearbyStores(location: ${location}, first: $n) { ${selection} }`;
    const requests = [
      { query: `{ nearbyStores(location: ${location}, first: ${costly}) { ${selection} } }` },
      { query: `query($n: Int) { ${field} }`, variables: { n: costly } },
      { query: `query($n: Int = ${costly}) { ${field} }` },
      { query: `query Q($n: Int) { ...F } fragment F on Query { ${field} }`, variables: { n: costly } },
      // The operation that runs gives the default, not another one of the document.
      { query: `query A($n: Int = 1) { ${field} } query B($n: Int = ${costly}) { ${field} }`, operationName: 'B' },
      // A variable named like an Object property is still read from the request, not the prototype.
      { query: `query($constructor: Int = ${costly}) { nearbyStores(location: ${location}, first: $constructor) { ${selection} } }` },
    ];
    const refusals = await Promise.all(requests.map(async (request) => (await postRaw(JSON.stringify(request))).body));
    for (const [i, result] of refusals.entries()) {
      expect([i, result.data ?? undefined, result.errors?.[0]?.extensions]).toEqual([i, undefined, { code: 'QUERY_TOO_COMPLEX', reason: expect.stringMatching(/Cost limit/) }]);
    }
    const small = await server.gql(`query($n: Int) { nearbyStores(location: ${location}, first: $n) { ${selection} } }`, { n: 3 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.nearbyStores).toHaveLength(3);
  });

  it('refuses a variables list longer than GRAPHQL_MAX_LIST_INPUT', async () => {
    const itemIds = Array.from({ length: config.GRAPHQL_MAX_LIST_INPUT + 1 }, (_, i) => String(i));
    const result = await server.gql(`mutation($itemIds: [ID!]!) { staffMarkItemsPicked(orderId: "1", itemIds: $itemIds) { id } }`, { itemIds });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$.itemIds' });
  });

  /** A raw body: JSON.stringify itself recurses, and these variables are nested up to 36,000 deep. */
  const postRaw = async (body: string) => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
  };

  it.each([
    ['objects, 16 KB', '{"a":'.repeat(3_200), '}'.repeat(3_200)],
    ['objects, 72 KB', '{"a":'.repeat(14_400), '}'.repeat(14_400)],
    ['lists, 16 KB', '['.repeat(8_000), ']'.repeat(8_000)],
    ['lists, 72 KB', '['.repeat(36_000), ']'.repeat(36_000)],
  ])('refuses variables nested thousands deep (%s) as a bad request', async (_shape, open, close) => {
    const body = `{"query":"query($k: String) { places(keyword: $k) { name } }","variables":{"k":${open}"x"${close}}}`;
    const result = await postRaw(body);
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      { message: `变量嵌套过深：最多 ${MAX_VARIABLES_DEPTH} 层`, extensions: { code: 'BAD_USER_INPUT', reason: 'VARIABLES_TOO_DEEP', field: expect.stringMatching(/^\$\.k/) } },
    ]);
  });

  it('refuses a subscription asked for as one JSON answer with SUBSCRIPTION_NEEDS_STREAM; over SSE it streams', async () => {
    const query = 'subscription { staffStoreEvents(storeId: "1") { type } }';
    for (const accept of ['application/json', 'application/graphql-response+json, application/json']) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(406);
      expect(await response.json()).toMatchObject({ errors: [{ message: '订阅需以 SSE（Accept: text/event-stream）或 WebSocket 连接', extensions: { code: 'SUBSCRIPTION_NEEDS_STREAM' } }] });
    }
    // As a stream it reaches the field, which wants a signed-in caller.
    const stream = await subscribeSse(server.url, query, {});
    expect((await stream.next()).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // A subscription to nothing the schema has is a validation error, never an internal one.
    for (const invalid of ['subscription { serverTime }', 'subscription S { orderUpdated(id: "1") { id } }']) {
      expect((await postRaw(JSON.stringify({ query: invalid }))).body.errors!.map((e) => e.extensions!.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it('keeps introspection and field suggestions outside production', async () => {
    const result = await server.gql('{ __schema { queryType { name } } }');
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await server.gql('{ serverTim }');
    expect(typo.errors![0]!.message).toContain('Did you mean');
  });
});

describe('production mode', () => {
  // Only the validation stage matters here, so the schema runs without the BFF's context.
  const yoga = createYoga({ schema: buildSchema(), plugins: limitPlugins({ ...config, NODE_ENV: 'production' }), maskedErrors: false });
  const post = async (query: string) => {
    const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  };

  it('refuses introspection', async () => {
    const result = await post('{ __schema { queryType { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.message).toContain('introspection');
  });

  it('answers a mistyped field without suggesting the real one', async () => {
    const result = await post('{ serverTim }');
    expect(result.errors![0]!.message).not.toContain('serverTime');
  });
});
