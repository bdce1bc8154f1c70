import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { MAX_ADDRESSES } from './service.ts';

let server: TestServer;
const auth: Record<string, Record<string, string>> = {};

const SAVE = `mutation($id: ID, $input: AddressInput!, $isDefault: Boolean) { saveAddress(id: $id, input: $input, isDefault: $isDefault) { id contactName phone detail isDefault location { lat lng } } }`;
const LIST = `{ myAddresses { id detail isDefault } }`;
const home = { contactName: '王小明', phone: '138 0013 8000', detail: '南京西路1266号 恒隆广场12楼', lat: 31.2286, lng: 121.4523 };

beforeAll(async () => {
  server = await startTestServer({ env: { DEMO_LOGIN_ENABLED: 'true', ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0' } });
  for (const openid of ['demo-member', 'demo-shopper']) {
    const login = await server.gql(`mutation($o: String!) { demoLogin(openid: $o) { accessToken } }`, { o: openid });
    auth[openid] = { authorization: `Bearer ${login.data!.demoLogin.accessToken}` };
  }
});
afterAll(async () => {
  await server?.close();
});

describe('address book', () => {
  it('saves, normalises and lists addresses; the first one becomes the default', async () => {
    const saved = await server.gql(SAVE, { input: home }, auth['demo-member']);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAddress).toMatchObject({ phone: '13800138000', isDefault: true, location: { lat: home.lat, lng: home.lng } });
    const office = await server.gql(SAVE, { input: { ...home, detail: '淮海中路300号' }, isDefault: true }, auth['demo-member']);
    const list = await server.gql(LIST, {}, auth['demo-member']);
    expect(list.data!.myAddresses.map((a: { isDefault: boolean }) => a.isDefault)).toEqual([true, false]);
    expect(list.data!.myAddresses[0].id).toBe(office.data!.saveAddress.id);
  });

  it('keeps the default flag of an address edited without isDefault; only an explicit false clears it', async () => {
    const defaultOf = async () => (await server.gql(LIST, {}, auth['demo-member'])).data!.myAddresses.find((a: { isDefault: boolean }) => a.isDefault);
    const before = await defaultOf();
    const edited = await server.gql(SAVE, { id: before.id, input: { ...home, detail: '淮海中路300号 2楼' } }, auth['demo-member']);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.saveAddress).toMatchObject({ id: before.id, detail: '淮海中路300号 2楼', isDefault: true });
    expect((await defaultOf()).id).toBe(before.id);
    const cleared = await server.gql(SAVE, { id: before.id, input: { ...home, detail: '淮海中路300号 2楼' }, isDefault: false }, auth['demo-member']);
    expect(cleared.data!.saveAddress.isDefault).toBe(false);
    expect(await defaultOf()).toBeUndefined();
  });

  it('keeps one shopper\'s addresses away from another', async () => {
    const mine = (await server.gql(LIST, {}, auth['demo-member'])).data!.myAddresses;
    expect((await server.gql(LIST, {}, auth['demo-shopper'])).data!.myAddresses).toEqual([]);
    const steal = await server.gql(SAVE, { id: mine[0].id, input: home }, auth['demo-shopper']);
    expect(steal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const remove = await server.gql(`mutation($id: ID!) { deleteAddress(id: $id) }`, { id: mine[0].id }, auth['demo-shopper']);
    expect(remove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(LIST, {}, auth['demo-member'])).data!.myAddresses).toHaveLength(mine.length);
  });

  it('requires a signed-in shopper', async () => {
    const anonymous = await server.gql(LIST);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['phone', { ...home, phone: '12345' }],
    ['contactName', { ...home, contactName: '  ' }],
    ['detail', { ...home, detail: '短' }],
    ['lat', { ...home, lat: 91 }],
  ])('refuses a bad %s and writes nothing', async (field, input) => {
    const before = await server.db.pool.query(`SELECT count(*)::int AS n FROM "Address"`);
    const result = await server.gql(SAVE, { input }, auth['demo-shopper']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const after = await server.db.pool.query(`SELECT count(*)::int AS n FROM "Address"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it(`holds the limit of ${MAX_ADDRESSES} under concurrent saves`, async () => {
    const saves = Array.from({ length: MAX_ADDRESSES + 5 }, (_, i) =>
      server.gql(SAVE, { input: { ...home, detail: `测试路${i}号` } }, auth['demo-shopper']),
    );
    const results = await Promise.all(saves);
    expect(results.filter((r) => !r.errors).length).toBe(MAX_ADDRESSES);
    const defaults = await server.db.pool.query(
      `SELECT count(*)::int AS n FROM "Address" a JOIN "User" u ON u.id = a."userId" WHERE u.openid = 'demo-shopper' AND a."isDefault"`,
    );
    expect(defaults.rows[0].n).toBe(1);
  });
});
