import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthTestServer, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import { UNLIMITED_RATES } from '../../test/shop.ts';
import { DEMO_CLERK_A, DEMO_HQ_ADMIN, DEMO_HQ_OPERATOR, DEMO_MANAGER_A } from '../../../prisma/seed/demo-accounts.ts';

const clock = new Date('2027-04-01T02:00:00Z');
let server: AuthTestServer;
let manager: SessionTokens;
let clerk: SessionTokens;
let admin: SessionTokens;
let operator: SessionTokens;

const q = async <T = any>(sql: string, params: unknown[] = []) => (await server.db.pool.query(sql, params)).rows as T[];
type Result = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const as = (session: SessionTokens | null) => (query: string, variables: Record<string, unknown> = {}): Promise<Result> =>
  server.gql(query, variables, session ? server.bearer(session) : {});
const refusal = (result: Result) => ({ code: result.errors?.[0]?.extensions?.code, reason: result.errors?.[0]?.extensions?.reason });

const INVITE = `mutation($storeId: ID, $roleKey: String!) { createStaffInvitation(storeId: $storeId, roleKey: $roleKey) { invitationId code qrContent expiresAt storeId role { key name } } }`;
const JOIN = `mutation($code: String!) { joinStaff(code: $code) { storeId roleKey roleName permissions } }`;
const STORES = `{ staffStores { storeId name roleName permissions } staffChainPermissions }`;
const MEMBERS = `query($storeId: ID) { staffMembers(storeId: $storeId) { assignmentId userId name phone storeId role { key name } } }`;
const REMOVE = `mutation($id: ID!) { removeStaffMember(assignmentId: $id) }`;
const TRAIL = `query($storeId: ID, $actor: ID, $kind: String, $first: Int, $after: String) {
  auditTrail(storeId: $storeId, actorUserId: $actor, kind: $kind, first: $first, after: $after) {
    entries { id actorUserId actorName storeId storeName kind kindLabel subject changes { field before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A new person, signed in for the first time: no role anywhere. */
const newcomer = () => server.signIn(`new-staff-${randomUUID()}`);

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => clock, env: { ...UNLIMITED_RATES, ORDER_EXPIRY_INTERVAL_SECONDS: '0', POINTS_EXPIRY_INTERVAL_SECONDS: '0' } });
  [manager, clerk, admin, operator] = await Promise.all([DEMO_MANAGER_A, DEMO_CLERK_A, DEMO_HQ_ADMIN, DEMO_HQ_OPERATOR].map((u) => server.signIn(u.openid)));
});
afterAll(async () => {
  await server?.close();
});

describe('invitations', () => {
  it('lets a store manager bring in a clerk with a one-time code, recorded, the code kept only as a hash', async () => {
    const invited = await as(manager)(INVITE, { storeId: '1', roleKey: 'CLERK' });
    expect(invited.errors).toBeUndefined();
    const { code, qrContent, invitationId } = invited.data.createStaffInvitation;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(qrContent).toBe(`corner-staff-invite:${code.replaceAll('-', '')}`);
    const [stored] = await q(`SELECT "codeHash" FROM "StaffInvitation" WHERE id = $1`, [invitationId]);
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));

    const person = await newcomer();
    expect((await as(person)(STORES)).data.staffStores).toEqual([]);
    // Typed in lower case with spaces, as someone copies it from a screen.
    const joined = await as(person)(JOIN, { code: code.toLowerCase().replaceAll('-', ' ') });
    expect(joined.data.joinStaff).toEqual({ storeId: '1', roleKey: 'CLERK', roleName: '店员', permissions: ['ORDERS_FULFIL', 'TILL', 'STOCK'] });
    expect((await as(person)(STORES)).data.staffStores).toEqual([{ storeId: '1', name: '街角便利 人民广场店', roleName: '店员', permissions: ['ORDERS_FULFIL', 'TILL', 'STOCK'] }]);
    // The new clerk works the queue at once: roles are read per request.
    expect((await as(person)(`{ staffOrderQueue(storeId: "1") { changed } }`)).errors).toBeUndefined();

    // Spent: nobody else joins with it.
    expect(refusal(await as(await newcomer())(JOIN, { code }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });

    const trail = (await as(manager)(TRAIL, { storeId: '1', kind: 'staff' })).data.auditTrail.entries;
    expect(trail.slice(0, 2).map((e: any) => [e.kind, e.kindLabel, e.actorUserId === DEMO_MANAGER_A.id])).toEqual([
      ['staff.join', '员工加入', false],
      ['staff.invite', '邀请员工', true],
    ]);
    expect(trail[0].changes).toEqual([
      { field: 'role', before: null, after: '店员' },
      { field: 'invitation', before: null, after: invitationId },
    ]);
  });

  it('lets exactly one of several people racing with the same code join', async () => {
    const { code } = (await as(manager)(INVITE, { storeId: '1', roleKey: 'CLERK' })).data.createStaffInvitation;
    const people = await Promise.all(Array.from({ length: 5 }, newcomer));
    const results = await Promise.all(people.map((person) => as(person)(JOIN, { code })));
    expect(results.filter((r) => r.data?.joinStaff).length).toBe(1);
    expect(results.filter((r) => refusal(r).reason === 'INVITATION_INVALID').length).toBe(4);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM "StaffMembership" WHERE "userId" = ANY($1::uuid[])`, [
      await Promise.all(people.map(async (p) => (await as(p)(`{ viewer { id } }`)).data.viewer.id)),
    ]);
    expect(n).toBe(1);
  });

  it('refuses codes that are wrong, revoked or expired, and changes nothing', async () => {
    const person = await newcomer();
    expect(refusal(await as(person)(JOIN, { code: 'not a code' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });
    expect(refusal(await as(person)(JOIN, { code: 'ABCD-EFGH-JKMN-PQRS' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });

    const revoked = (await as(manager)(INVITE, { storeId: '1', roleKey: 'CLERK' })).data.createStaffInvitation;
    // Revoked after more invitations than the store's list shows: the answer is still this one.
    await q(
      `INSERT INTO "StaffInvitation" (id, "codeHash", "storeId", "roleId", "createdBy", "expiresAt", "createdAt")
       SELECT gen_random_uuid(), md5(random()::text || n), 1, r.id, $1, $2, $3 FROM "Role" r, generate_series(1, 51) n WHERE r.key = 'CLERK'`,
      [DEMO_MANAGER_A.id, new Date(clock.getTime() + 86_400_000), new Date(clock.getTime() + 60_000)],
    );
    const revoke = await as(manager)(`mutation($id: ID!) { revokeStaffInvitation(id: $id) { id state revokedAt } }`, { id: revoked.invitationId });
    expect(revoke.errors).toBeUndefined();
    expect(revoke.data.revokeStaffInvitation).toMatchObject({ id: revoked.invitationId, state: 'REVOKED' });
    await q(`DELETE FROM "StaffInvitation" WHERE "createdAt" = $1`, [new Date(clock.getTime() + 60_000)]);
    expect(refusal(await as(person)(JOIN, { code: revoked.code }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });

    // Made 7 days and a second ago (moving the clock instead would expire the callers' tokens too).
    const expiring = (await as(manager)(INVITE, { storeId: '1', roleKey: 'CLERK' })).data.createStaffInvitation;
    await q(`UPDATE "StaffInvitation" SET "expiresAt" = $2 WHERE id = $1`, [expiring.invitationId, new Date(clock.getTime() - 1000)]);
    expect(refusal(await as(person)(JOIN, { code: expiring.code }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });
    const listed = (await as(manager)(`{ staffInvitations(storeId: "1") { id state } }`)).data.staffInvitations;
    expect(listed.find((i: any) => i.id === expiring.invitationId).state).toBe('EXPIRED');
    expect((await as(person)(STORES)).data.staffStores).toEqual([]);
  });

  it('never lets anyone grant more than they hold: managers invite store roles at their store, head office’s administrators anything', async () => {
    const roles = (await as(manager)(`{ staffGrantableRoles(storeId: "1") { key } }`)).data.staffGrantableRoles.map((r: any) => r.key);
    expect(roles).toEqual(['CLERK', 'STORE_MANAGER']);
    expect(refusal(await as(manager)(INVITE, { storeId: '1', roleKey: 'HQ_OPERATOR' }))).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_NOT_GRANTABLE' });
    expect(refusal(await as(manager)(INVITE, { storeId: '2', roleKey: 'CLERK' }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect(refusal(await as(manager)(INVITE, { roleKey: 'CLERK' }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(refusal(await as(clerk)(INVITE, { storeId: '1', roleKey: 'CLERK' }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(refusal(await as(operator)(INVITE, { storeId: '1', roleKey: 'CLERK' }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(refusal(await as(manager)(INVITE, { storeId: '1', roleKey: 'NO_SUCH_ROLE' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ROLE' });

    const chain = await as(admin)(INVITE, { roleKey: 'HQ_OPERATOR' });
    expect(chain.data.createStaffInvitation).toMatchObject({ storeId: null, role: { key: 'HQ_OPERATOR', name: '总部运营' } });
    const person = await newcomer();
    await as(person)(JOIN, { code: chain.data.createStaffInvitation.code });
    expect((await as(person)(STORES)).data.staffChainPermissions).toEqual(['CATALOG', 'MARKETING', 'STORE_SHELF', 'STORE_REPORTS', 'QR_CODES', 'AUDIT_READ']);
    expect((await as(admin)(INVITE, { storeId: '2', roleKey: 'STORE_MANAGER' })).data.createStaffInvitation.storeId).toBe('2');
  });
});

describe('roles head office makes', () => {
  const SAVE = `mutation($key: String!, $name: String!, $permissions: [Permission!]!) { saveStaffRole(key: $key, name: $name, permissions: $permissions) { key name permissions builtIn } }`;
  const STOCK = `{ staffStock(storeId: "1", productIdOrBarcode: "1") { onHand } }`;

  it('creates a role, and a change reaches its holders on their next request; built-in roles never change', async () => {
    const made = await as(admin)(SAVE, { key: 'NIGHT_PICKER', name: '夜班拣货', permissions: ['ORDERS_FULFIL', 'ORDERS_FULFIL'] });
    expect(made.data.saveStaffRole).toEqual({ key: 'NIGHT_PICKER', name: '夜班拣货', permissions: ['ORDERS_FULFIL'], builtIn: false });
    const { code } = (await as(admin)(INVITE, { storeId: '1', roleKey: 'NIGHT_PICKER' })).data.createStaffInvitation;
    const person = await newcomer();
    await as(person)(JOIN, { code });
    expect((await as(person)(`{ staffOrderQueue(storeId: "1") { changed } }`)).errors).toBeUndefined();
    expect(refusal(await as(person)(STOCK))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });

    await as(admin)(SAVE, { key: 'NIGHT_PICKER', name: '夜班拣货', permissions: ['ORDERS_FULFIL', 'STOCK'] });
    expect((await as(person)(STOCK)).errors).toBeUndefined();
    const [saved] = (await as(admin)(TRAIL, { kind: 'role.save' })).data.auditTrail.entries;
    expect(saved.changes).toEqual([{ field: 'permissions', before: '["ORDERS_FULFIL"]', after: '["ORDERS_FULFIL","STOCK"]' }]);

    expect(refusal(await as(admin)(SAVE, { key: 'CLERK', name: '店员', permissions: ['TILL'] }))).toEqual({ code: 'FORBIDDEN', reason: 'BUILT_IN_ROLE' });
    expect(refusal(await as(admin)(SAVE, { key: 'x', name: '夜班', permissions: ['TILL'] }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROLE_KEY' });
    expect(refusal(await as(admin)(SAVE, { key: 'NIGHT_TILL', name: ' ', permissions: ['TILL'] }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROLE_NAME' });
    expect(refusal(await as(admin)(SAVE, { key: 'NIGHT_TILL', name: '夜班收银', permissions: [] }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_PERMISSIONS' });
    expect(refusal(await as(admin)(SAVE, { key: 'NIGHT_TILL', name: '夜班拣货', permissions: ['TILL'] }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'ROLE_NAME_TAKEN' });
    expect(refusal(await as(manager)(SAVE, { key: 'NIGHT_TILL', name: '夜班收银', permissions: ['TILL'] }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    const roles = (await as(admin)(`{ staffRoles { key } }`)).data.staffRoles.map((r: any) => r.key);
    expect(roles).toEqual(['CLERK', 'STORE_MANAGER', 'HQ_OPERATOR', 'HQ_ADMIN', 'NIGHT_PICKER']);
  });
});

describe('removing staff', () => {
  it('takes a clerk’s role away at once, recorded with what they were; not one’s own, not by a clerk', async () => {
    const { code } = (await as(manager)(INVITE, { storeId: '1', roleKey: 'CLERK' })).data.createStaffInvitation;
    const person = await newcomer();
    const personId = (await as(person)(`{ viewer { id } }`)).data.viewer.id;
    await as(person)(JOIN, { code });
    const members = (await as(manager)(MEMBERS, { storeId: '1' })).data.staffMembers;
    const theirs = members.find((m: any) => m.userId === personId);
    const mine = members.find((m: any) => m.userId === DEMO_MANAGER_A.id);
    expect(members.find((m: any) => m.userId === DEMO_CLERK_A.id)).toMatchObject({ name: '店员小王', phone: '138****0003', role: { key: 'CLERK' } });

    expect(refusal(await as(clerk)(REMOVE, { id: theirs.assignmentId }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(refusal(await as(manager)(REMOVE, { id: mine.assignmentId }))).toEqual({ code: 'FORBIDDEN', reason: 'OWN_ASSIGNMENT' });
    expect((await as(manager)(REMOVE, { id: theirs.assignmentId })).data.removeStaffMember).toBe(true);

    expect((await as(person)(STORES)).data.staffStores).toEqual([]);
    expect(refusal(await as(person)(`{ staffOrderQueue(storeId: "1") { changed } }`))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    const [removed] = (await as(manager)(TRAIL, { storeId: '1', kind: 'staff.remove' })).data.auditTrail.entries;
    expect(removed).toMatchObject({ subject: personId, actorName: '店长李姐', storeId: '1', changes: [{ field: 'role', before: '店员', after: null }] });
  });

  it('lets a store manager not remove head office, and head office’s administrator remove anyone but themselves', async () => {
    const chainPeople = (await as(admin)(MEMBERS, {})).data.staffMembers;
    const operatorRow = chainPeople.find((m: any) => m.userId === DEMO_HQ_OPERATOR.id);
    expect(refusal(await as(manager)(REMOVE, { id: operatorRow.assignmentId }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    const adminRow = chainPeople.find((m: any) => m.userId === DEMO_HQ_ADMIN.id);
    expect(refusal(await as(admin)(REMOVE, { id: adminRow.assignmentId }))).toEqual({ code: 'FORBIDDEN', reason: 'OWN_ASSIGNMENT' });
  });
});

describe('the audit trail', () => {
  it('shows a manager their store only, and head office everything, filtered by person and kind, page by page', async () => {
    expect(refusal(await as(manager)(TRAIL, {}))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(refusal(await as(manager)(TRAIL, { storeId: '2' }))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect(refusal(await as(clerk)(TRAIL, { storeId: '1' }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });

    const storeOnly = (await as(manager)(TRAIL, { storeId: '1', first: 100 })).data.auditTrail.entries;
    expect(storeOnly.length).toBeGreaterThan(3);
    expect(storeOnly.every((e: any) => e.storeId === '1')).toBe(true);

    const everything = (await as(admin)(TRAIL, { first: 100 })).data.auditTrail.entries;
    expect(everything.some((e: any) => e.storeId === null)).toBe(true);
    expect(everything.some((e: any) => e.storeId === '2')).toBe(true);
    const byAdmin = (await as(admin)(TRAIL, { actor: DEMO_HQ_ADMIN.id, first: 100 })).data.auditTrail.entries;
    expect(byAdmin.length).toBeGreaterThan(0);
    expect(byAdmin.every((e: any) => e.actorUserId === DEMO_HQ_ADMIN.id)).toBe(true);

    const first = (await as(admin)(TRAIL, { first: 2 })).data.auditTrail;
    const second = (await as(admin)(TRAIL, { first: 2, after: first.pageInfo.endCursor })).data.auditTrail;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.entries, ...second.entries].map((e: any) => e.id)).toEqual(everything.slice(0, 4).map((e: any) => e.id));
    expect(refusal(await as(admin)(TRAIL, { first: 0 }))).toEqual({ code: 'BAD_USER_INPUT', reason: undefined });
  });
});
