import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLERK_A, DEMO_MANAGER_A, DEMO_MEMBER } from '../../prisma/seed/demo-accounts.ts';
import { checkConsistency } from '../src/consistency/service.ts';
import { startAuthTestServer, type AuthTestServer } from './auth.ts';
import { nestedValue, operationFor, rootFields, type RootField } from './operations.ts';
import { UNLIMITED_RATES } from './shop.ts';

/**
 * Random and malformed GraphQL against every operation of the schema, as anonymous, a member, a
 * clerk and a manager (so calls get past authorization into the resolvers). Whatever comes in:
 * no HTTP 5xx, no internal error (bad input must get its own code), nothing internal in any
 * message, and the database stays consistent. Seeded and bounded, so a failure repeats.
 */
// FUZZ_SEED / FUZZ_REQUESTS explore further by hand; the suite runs the fixed seed.
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 400);

const HOSTILE_STRINGS = [
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE "Order"; --',
  '\u0000',
  '%00%ff',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '𠮷野家🍙',
  'x'.repeat(5_000),
  '1e309',
  'NaN',
  '-0',
  '00000000-0000-4000-8000-000000000002',
  'PICKUP:00000000000000000000:000000',
];

const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE_STRINGS), fc.uuid());
const anyInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 99_999_999));
/** Values of the wrong type: what a broken or hostile client sends. */
const wrongType = fc.oneof(anyString, fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return anyInt;
    case 'Float':
    case 'Latitude':
    case 'Longitude':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(31.2304, 121.4737, -91, 181), anyString);
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.constantFrom('1', '2', '20', '0', '-1', '99999999999'), anyString);
    case 'DateTime':
      return fc.oneof(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), anyString);
    default:
      return anyString;
  }
}

function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 20, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return nullable(fc.array(valueFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 }));
  if (isEnumType(type)) return nullable(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: anyString }));
  if (isScalarType(type)) return nullable(fc.oneof({ weight: 19, arbitrary: scalarValue(type.name) }, { weight: 1, arbitrary: wrongType }));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((f) => [f.name, depth > 3 ? fc.constant(null) : valueFor(f.type, depth + 1)]));
    const optional = fields.filter((f) => !isNonNullType(f.type)).map((f) => f.name);
    return nullable(fc.oneof({ weight: 19, arbitrary: fc.record(shape, { requiredKeys: fields.map((f) => f.name).filter((n) => !optional.includes(n)) }) }, { weight: 1, arbitrary: wrongType }));
  }
  return wrongType;
}

/** A request: a generated call of `root`, or that document broken in one of the ways clients break documents. */
function requestFor(root: RootField): fc.Arbitrary<{ query: string; variables: unknown }> {
  const args = root.field.args;
  const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] });
  const document = operationFor(root, args.map((a) => a.name));
  const broken = fc.oneof(
    fc.nat(document.length).map((n) => document.slice(0, n)),
    fc.constant(document.replace('__typename', '__typename nope')),
    fc.constant(`${document} ${document}`),
    fc.constant(document.replace(/\(\$[^)]*\)/, '')),
    fc.string({ maxLength: 80 }),
    fc.constant(`{ ${root.name}${'{ a '.repeat(60)}${'}'.repeat(60)} }`),
  );
  return fc.record({
    query: fc.oneof({ weight: 6, arbitrary: fc.constant(document) }, { weight: 1, arbitrary: broken }),
    variables: fc.oneof({ weight: 12, arbitrary: variables }, { weight: 1, arbitrary: wrongType }),
  });
}

/** What must never reach a client: stack frames, SQL, driver or ORM words, file paths. */
const INTERNALS = /\bat .+:\d+:\d+|\bSELECT\b|\bINSERT\b|\bUPDATE "|relation "|violates|syntax error at|prisma|node_modules|\/work\/|\.ts:\d+|ECONN|TypeError|ReferenceError|Cannot read prop/i;

let server: AuthTestServer;
const tokens: Array<string | null> = [null];

beforeAll(async () => {
  server = await startAuthTestServer({ env: { ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0', INTEGRATION_WEBHOOK_INTERVAL_SECONDS: '0', ...UNLIMITED_RATES } });
  for (const user of [DEMO_MEMBER, DEMO_CLERK_A, DEMO_MANAGER_A]) tokens.push((await server.signIn(user.openid)).accessToken);
}, 60_000);

afterAll(() => server?.close());

describe('fuzzed GraphQL', () => {
  // Cases earlier fuzz runs turned up as internal errors, kept so they stay fixed.
  it.each([
    { query: `{ storeCategories(storeId: "99999999999") { id } }`, variables: {}, code: 'BAD_USER_INPUT' },
    { query: `mutation($id: ID!) { syncPayment(orderId: $id) { id } }`, variables: { id: '20' }, code: 'NOT_FOUND' },
    { query: `query($k: String) { places(keyword: $k) { name } }`, variables: { k: '\u0000' }, code: 'BAD_USER_INPUT' },
    { query: `query($i: CheckoutInput!) { quote(input: $i) { payableFen } }`, variables: { i: { storeId: '1', items: [{ productId: '1', quantity: 1 }], fulfilment: 'PICKUP', note: 'a\u0000' } }, code: 'BAD_USER_INPUT' },
    { query: `{ searchStoreProducts(storeId: "1", query: "水\\u0000") { nodes { __typename } } }`, variables: {}, code: 'BAD_USER_INPUT' },
    { query: `subscription { serverTime }`, variables: {}, code: 'GRAPHQL_VALIDATION_FAILED' },
    { query: `query($k: String) { places(keyword: $k) { name } }`, variables: { k: nestedValue(3_000) }, code: 'BAD_USER_INPUT' },
  ])('$query → $code', async ({ query, variables, code }) => {
    const result = await server.gql(query, variables, { authorization: `Bearer ${tokens[1]}` });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it(`every operation as every caller, then ${REQUESTS} random and malformed requests: no 5xx, no internal error, nothing internal shown, no partial write`, async () => {
    const roots = rootFields();
    // Every operation at least once as each caller, however many there are; the rest at random.
    const everyRoot = roots.flatMap((root, i) =>
      tokens.map((_, who) => ({ root: root.name, who, ...fc.sample(requestFor(root), { seed: SEED + i * tokens.length + who, numRuns: 1 })[0]! })),
    );
    const random = fc.sample(
      fc.tuple(fc.constantFrom(...roots), fc.nat(tokens.length - 1)).chain(([root, who]) => requestFor(root).map((request) => ({ root: root.name, who, ...request }))),
      { seed: SEED, numRuns: REQUESTS },
    );
    const requests = [...everyRoot, ...random];
    expect(new Set(requests.map((r) => r.root)).size).toBe(roots.length);

    const problems: string[] = [];
    const work = [...requests];
    await Promise.all(
      [1, 2, 3, 4].map(async () => {
        for (let request = work.shift(); request; request = work.shift()) {
          const token = tokens[request.who];
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query: request.query, variables: request.variables }),
          });
          const text = await response.text();
          const label = `${request.root} ${JSON.stringify(request.variables)?.slice(0, 200)} → ${response.status}`;
          if (response.status >= 500) problems.push(`${label}: HTTP ${response.status} ${text.slice(0, 200)}`);
          let body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
          try {
            body = JSON.parse(text);
          } catch {
            problems.push(`${label}: not JSON: ${text.slice(0, 200)}`);
            continue;
          }
          for (const error of body.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`${label}: INTERNAL_SERVER_ERROR ${error.message}`);
            if (INTERNALS.test(JSON.stringify(error))) problems.push(`${label}: internals shown: ${JSON.stringify(error).slice(0, 300)}`);
          }
        }
      }),
    );
    expect(problems).toEqual([]);
    expect(await checkConsistency(server.db.pool)).toEqual([]);
  }, 120_000);
});
