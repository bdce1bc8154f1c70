import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthTestServer, type AuthTestServer, type SessionTokens } from '../../test/auth.ts';
import { DEMO_CLERK_A, DEMO_CLERK_B, DEMO_MANAGER_A, DEMO_MEMBER, DEMO_MEMBER_CARD, DEMO_SHOPPER } from '../../../prisma/seed/demo-accounts.ts';
import { CODE_STEP_SECONDS } from './card-code.ts';

let clock = new Date('2026-11-25T02:00:00Z');
let server: AuthTestServer;
let member: SessionTokens;
let clerkA: SessionTokens;

beforeAll(async () => {
  server = await startAuthTestServer({ now: () => clock });
  member = await server.signIn(DEMO_MEMBER.openid);
  clerkA = await server.signIn(DEMO_CLERK_A.openid);
});
afterAll(async () => {
  await server?.close();
});

const CARD = `{ myMemberCard {
  id cardNo tier tierName spendLast12MonthsFen nextTier { tier name thresholdFen fromFen remainingFen } memberPriceEligible
  points { total available frozen availableValueFen } storedValueFen usableCouponCount
} }`;
const CODE = `{ memberCode { digits qrPayload expiresAt periodSeconds } }`;
const VERIFY = `mutation($s: ID!, $c: String!) { verifyMemberCode(storeId: $s, code: $c) { memberId cardNo tier tierName nickname pointsAvailable storedValueFen } }`;
const ADJUST = `mutation($i: AdjustStoredValueInput!) { adjustStoredValue(input: $i) { id type amountFen balanceAfterFen reason } }`;

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;

describe('the card', () => {
  it('shows tier from 12-month spend, points, stored value and usable coupons of the demo member', async () => {
    const { data, errors } = await server.gql(CARD, {}, server.bearer(member));
    expect(errors).toBeUndefined();
    expect(data!.myMemberCard).toEqual({
      id: DEMO_MEMBER_CARD.id,
      cardNo: DEMO_MEMBER_CARD.cardNo,
      tier: 'SILVER',
      tierName: '银卡会员',
      spendLast12MonthsFen: 12_860 + 8_890 + 6_420,
      nextTier: { tier: 'GOLD', name: '金卡会员', thresholdFen: 100_000, fromFen: 20_000, remainingFen: 100_000 - 28_170 },
      memberPriceEligible: true,
      points: { total: 1280, available: 1280, frozen: 0, availableValueFen: 1280 },
      storedValueFen: 5000,
      usableCouponCount: 2,
    });
  });

  it('drops the tier when the spend leaves the 12-month window', async () => {
    const saved = clock;
    clock = new Date('2027-06-01T00:00:00Z');
    try {
      const later = await server.signIn(DEMO_MEMBER.openid);
      expect((await server.gql(CARD, {}, server.bearer(later))).data!.myMemberCard.tier).toBe('REGULAR');
    } finally {
      clock = saved;
      await server.gql(CARD, {}, server.bearer(member));
    }
  });

  it('pages the points and stored-value histories newest first, each entry with its running balance', async () => {
    const page = (first: number, after?: string) =>
      server.gql(
        `query($f: Int, $a: String) { myMemberCard { pointsHistory(first: $f, after: $a) { nodes { id type amount balanceAfter reason refType } pageInfo { hasNextPage endCursor } }
                                                     storedValueHistory(first: 10) { nodes { amountFen balanceAfterFen type } pageInfo { hasNextPage } } } }`,
        { f: first, a: after },
        server.bearer(member),
      );
    const one = (await page(3)).data!.myMemberCard;
    expect(one.pointsHistory.nodes).toHaveLength(3);
    expect(one.pointsHistory.nodes[0].balanceAfter).toBe(1280);
    expect(one.pointsHistory.pageInfo.hasNextPage).toBe(true);
    const two = (await page(3, one.pointsHistory.pageInfo.endCursor)).data!.myMemberCard.pointsHistory;
    expect(two.pageInfo.hasNextPage).toBe(false);
    const all = [...one.pointsHistory.nodes, ...two.nodes];
    expect(all.reduce((sum: number, e: { amount: number }) => sum + e.amount, 0)).toBe(1280);
    expect(all.at(-1)).toMatchObject({ type: 'EARN', amount: 1000, reason: '开卡礼' });
    expect(one.storedValueHistory.nodes.map((e: { balanceAfterFen: number }) => e.balanceAfterFen)).toEqual([5000, 3000]);
    expect(errorOf(await page(0))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await page(3, 'garbage'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('needs a signed-in caller, and is null for a shopper who has not joined', async () => {
    expect(errorOf(await server.gql(CARD))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MISSING_TOKEN' });
    const shopper = await server.signIn(DEMO_SHOPPER.openid);
    expect((await server.gql(CARD, {}, server.bearer(shopper))).data!.myMemberCard).toBeNull();
    expect(errorOf(await server.gql(CODE, {}, server.bearer(shopper)))).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_A_MEMBER' });
  });
});

describe('joining', () => {
  const JOIN = `mutation($p: String) { joinMembership(phoneCode: $p) { id cardNo tier phone points { total } storedValueFen } }`;

  it('opens a card with the phone from the getPhoneNumber code, once', async () => {
    const user = await server.signIn('joining-user');
    const joined = await server.gql(JOIN, { p: 'mock-phone:13912345678' }, server.bearer(user));
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinMembership).toMatchObject({ tier: 'REGULAR', phone: '13912345678', points: { total: 0 }, storedValueFen: 0 });
    expect(joined.data!.joinMembership.cardNo).toMatch(/^88\d{14}$/);
    const again = await server.gql(JOIN, {}, server.bearer(user));
    expect(again.data!.joinMembership.id).toBe(joined.data!.joinMembership.id);
    expect((await server.db.pool.query(`SELECT phone FROM "User" WHERE id = $1`, [user.viewer.id])).rows[0].phone).toBe('13912345678');
  });

  it('works without a phone, and refuses a bad phone code without opening a card', async () => {
    const user = await server.signIn('joining-user-2');
    expect(errorOf(await server.gql(JOIN, { p: 'mock-phone:bad' }, server.bearer(user)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phoneCode' });
    expect((await server.db.pool.query(`SELECT count(*)::int AS n FROM "Member" WHERE "userId" = $1`, [user.viewer.id])).rows[0].n).toBe(0);
    expect((await server.gql(JOIN, {}, server.bearer(user))).data!.joinMembership.phone).toBeNull();
  });
});

describe('the rotating member code', () => {
  const codeNow = async () => (await server.gql(CODE, {}, server.bearer(member))).data!.memberCode;

  it('changes every 30 seconds and never exposes the secret', async () => {
    const a = await codeNow();
    expect(a.digits).toMatch(new RegExp(`^${DEMO_MEMBER_CARD.cardNo}\\d{6}$`));
    expect(a.qrPayload).toBe(a.digits);
    expect(a.periodSeconds).toBe(CODE_STEP_SECONDS);
    clock = new Date(clock.getTime() + CODE_STEP_SECONDS * 1000);
    const b = await codeNow();
    expect(b.digits).not.toBe(a.digits);
    expect(Date.parse(b.expiresAt) - Date.parse(a.expiresAt)).toBe(CODE_STEP_SECONDS * 1000);
  });

  it('is accepted once by staff of the store and returns the member', async () => {
    const { digits } = await codeNow();
    const ok = await server.gql(VERIFY, { s: '1', c: digits }, server.bearer(clerkA));
    expect(ok.data!.verifyMemberCode).toEqual({
      memberId: DEMO_MEMBER_CARD.id,
      cardNo: DEMO_MEMBER_CARD.cardNo,
      tier: 'SILVER',
      tierName: '银卡会员',
      nickname: DEMO_MEMBER.nickname,
      pointsAvailable: 1280,
      storedValueFen: 5000,
    });
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: digits }, server.bearer(clerkA)))).toMatchObject({ code: 'MEMBER_CODE_USED' });
  });

  it('accepts the code one step late but not two, nor an older code after a newer one was used', async () => {
    clock = new Date(clock.getTime() + 10 * CODE_STEP_SECONDS * 1000);
    const old = await codeNow();
    clock = new Date(clock.getTime() + CODE_STEP_SECONDS * 1000);
    const current = await codeNow();
    expect((await server.gql(VERIFY, { s: '1', c: current.digits }, server.bearer(clerkA))).data!.verifyMemberCode).toBeTruthy();
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: old.digits }, server.bearer(clerkA)))).toMatchObject({ code: 'MEMBER_CODE_USED' });
    clock = new Date(clock.getTime() + CODE_STEP_SECONDS * 1000);
    const next = await codeNow();
    clock = new Date(clock.getTime() + 2 * CODE_STEP_SECONDS * 1000);
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: next.digits }, server.bearer(clerkA)))).toMatchObject({ code: 'MEMBER_CODE_INVALID' });
  });

  it('lets exactly one of two simultaneous scans of one code through', async () => {
    clock = new Date(clock.getTime() + 5 * CODE_STEP_SECONDS * 1000);
    const { digits } = await codeNow();
    const results = await Promise.all([1, 2, 3].map(() => server.gql(VERIFY, { s: '1', c: digits }, server.bearer(clerkA))));
    expect(results.filter((r) => r.data?.verifyMemberCode).length).toBe(1);
  });

  it('refuses malformed and wrong codes, and callers who are not staff of the store', async () => {
    clock = new Date(clock.getTime() + 5 * CODE_STEP_SECONDS * 1000);
    const { digits } = await codeNow();
    for (const bad of ['', 'abc', digits.slice(0, 10), `${digits}1`, `8800000000000014${digits.slice(16)}`]) {
      expect(errorOf(await server.gql(VERIFY, { s: '1', c: bad }, server.bearer(clerkA)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    }
    const wrongOtp = `${digits.slice(0, 16)}${String((Number(digits.slice(16)) + 1) % 1e6).padStart(6, '0')}`;
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: wrongOtp }, server.bearer(clerkA)))).toMatchObject({ code: 'MEMBER_CODE_INVALID' });
    const clerkB = await server.signIn(DEMO_CLERK_B.openid);
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: digits }, server.bearer(clerkB)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: digits }, server.bearer(member)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.gql(VERIFY, { s: '1', c: digits }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    // None of the refusals used the code up.
    expect((await server.gql(VERIFY, { s: '1', c: digits }, server.bearer(clerkA))).data!.verifyMemberCode).toBeTruthy();
  });
});

describe('stored-value adjustment', () => {
  const balance = async () => (await server.db.pool.query(`SELECT "storedValueFen" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id])).rows[0].storedValueFen;
  const entries = async () => (await server.db.pool.query(`SELECT count(*)::int AS n FROM "StoredValueEntry" WHERE "memberId" = $1`, [DEMO_MEMBER_CARD.id])).rows[0].n;

  it('is made by a manager of the store, with a reason, once per idempotency key', async () => {
    const manager = await server.signIn(DEMO_MANAGER_A.openid);
    const input = { storeId: '1', cardNo: DEMO_MEMBER_CARD.cardNo, amountFen: 1200, reason: '收银差错补录', idempotencyKey: 'adjust-0001' };
    const first = await server.gql(ADJUST, { i: input }, server.bearer(manager));
    expect(first.data!.adjustStoredValue).toMatchObject({ type: 'ADJUST', amountFen: 1200, balanceAfterFen: 6200, reason: '收银差错补录' });
    const retry = await server.gql(ADJUST, { i: input }, server.bearer(manager));
    expect(retry.data!.adjustStoredValue.id).toBe(first.data!.adjustStoredValue.id);
    expect(await balance()).toBe(6200);
  });

  it('refuses clerks, overdrafts and blank reasons, writing nothing', async () => {
    const manager = await server.signIn(DEMO_MANAGER_A.openid);
    const before = await entries();
    const base = { storeId: '1', cardNo: DEMO_MEMBER_CARD.cardNo, reason: '更正', idempotencyKey: 'adjust-0002' };
    expect(errorOf(await server.gql(ADJUST, { i: { ...base, amountFen: 100 } }, server.bearer(clerkA)))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_REQUIRED' });
    expect(errorOf(await server.gql(ADJUST, { i: { ...base, storeId: '2', amountFen: 100 } }, server.bearer(manager)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await server.gql(ADJUST, { i: { ...base, amountFen: -100_000 } }, server.bearer(manager)))).toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    expect(errorOf(await server.gql(ADJUST, { i: { ...base, reason: ' ', amountFen: 100 } }, server.bearer(manager)))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await server.gql(ADJUST, { i: { ...base, idempotencyKey: 'x', amountFen: 100 } }, server.bearer(manager)))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await entries()).toBe(before);
  });
});

describe('stored-value bounds (defaults: ¥5,000 per adjustment, ¥50,000 balance)', () => {
  const MAX_ADJUSTMENT = 500_000;
  const MAX_BALANCE = 5_000_000;
  const balance = async (): Promise<number> => (await server.db.pool.query(`SELECT "storedValueFen" FROM "Member" WHERE id = $1`, [DEMO_MEMBER_CARD.id])).rows[0].storedValueFen;
  const entries = async () => (await server.db.pool.query(`SELECT count(*)::int AS n FROM "StoredValueEntry" WHERE "memberId" = $1`, [DEMO_MEMBER_CARD.id])).rows[0].n;
  let manager: SessionTokens;
  let key = 0;
  const adjust = (amountFen: number) =>
    server.gql(ADJUST, { i: { storeId: '1', cardNo: DEMO_MEMBER_CARD.cardNo, amountFen, reason: '储值上限测试', idempotencyKey: `bound-${String(++key).padStart(4, '0')}` } }, server.bearer(manager));
  /** Moves the balance to `target` with adjustments within the per-adjustment limit. */
  async function setBalance(target: number) {
    for (let gap = target - (await balance()); gap !== 0; gap = target - (await balance())) {
      const step = Math.sign(gap) * Math.min(Math.abs(gap), MAX_ADJUSTMENT);
      expect((await adjust(step)).errors).toBeUndefined();
    }
  }

  beforeAll(async () => {
    manager = await server.signIn(DEMO_MANAGER_A.openid);
  });

  it('takes an adjustment of exactly the limit either way, and refuses one fen more with STORED_VALUE_LIMIT, writing nothing', async () => {
    await setBalance(1_000_000);
    expect((await adjust(MAX_ADJUSTMENT)).data!.adjustStoredValue.balanceAfterFen).toBe(1_500_000);
    expect((await adjust(-MAX_ADJUSTMENT)).data!.adjustStoredValue.balanceAfterFen).toBe(1_000_000);
    const before = await entries();
    for (const amountFen of [MAX_ADJUSTMENT + 1, -(MAX_ADJUSTMENT + 1)]) {
      const refused = await adjust(amountFen);
      expect(errorOf(refused)).toMatchObject({ code: 'STORED_VALUE_LIMIT', reason: 'ADJUSTMENT_TOO_LARGE', limitFen: MAX_ADJUSTMENT });
      expect(refused.errors![0]!.message).toBe('单笔储值调整不能超过¥5000');
    }
    expect(await entries()).toBe(before);
    expect(await balance()).toBe(1_000_000);
  });

  it('credits up to exactly the balance ceiling, and refuses one fen beyond it', async () => {
    await setBalance(MAX_BALANCE - 1);
    expect((await adjust(1)).data!.adjustStoredValue.balanceAfterFen).toBe(MAX_BALANCE);
    const before = await entries();
    const refused = await adjust(1);
    expect(errorOf(refused)).toMatchObject({ code: 'STORED_VALUE_LIMIT', reason: 'BALANCE_TOO_HIGH', limitFen: MAX_BALANCE, balanceFen: MAX_BALANCE });
    expect(refused.errors![0]!.message).toBe('储值余额不能超过¥50000：当前余额¥50000，最多还能存入¥0');
    expect(await entries()).toBe(before);
    // Debits stay possible at the ceiling.
    expect((await adjust(-100)).data!.adjustStoredValue.balanceAfterFen).toBe(MAX_BALANCE - 100);
  });

  it('answers the largest GraphQL Int credit with STORED_VALUE_LIMIT, not an internal error', async () => {
    const before = await entries();
    expect(errorOf(await adjust(2_147_483_647))).toMatchObject({ code: 'STORED_VALUE_LIMIT' });
    expect(errorOf(await adjust(-2_147_483_648))).toMatchObject({ code: 'STORED_VALUE_LIMIT' });
    expect(await entries()).toBe(before);
  });

  it('lets concurrent credits near the ceiling through only as far as it allows', async () => {
    await setBalance(MAX_BALANCE - 250_000);
    const results = await Promise.all(Array.from({ length: 6 }, () => adjust(100_000)));
    expect(results.map((r) => errorOf(r)?.code ?? 'OK').sort()).toEqual(['OK', 'OK', 'STORED_VALUE_LIMIT', 'STORED_VALUE_LIMIT', 'STORED_VALUE_LIMIT', 'STORED_VALUE_LIMIT']);
    expect(await balance()).toBe(MAX_BALANCE - 50_000);
  });
});

describe('the card’s coupons', () => {
  const COUPONS = `query($s: MemberCouponState!) { myMemberCard { coupons(state: $s) { id name terms scope validTo usedAt state } } }`;
  const list = async (state: string) => {
    const { data, errors } = await server.gql(COUPONS, { s: state }, server.bearer(member));
    expect(errors).toBeUndefined();
    return data!.myMemberCard.coupons as Array<Record<string, unknown>>;
  };

  it('lists usable coupons with their terms and scope, and used and expired ones apart', async () => {
    const day = 86_400_000;
    await server.db.pool.query(
      `WITH c AS (INSERT INTO "Coupon" (name, kind, value, "minSpendFen", "storeId", "validFrom", "validTo") VALUES
         ('过期的券', 'AMOUNT_OFF', 300, 0, NULL, $1, $2), ('用过的券', 'AMOUNT_OFF', 1000, 5900, 1, $1, $3) RETURNING id, name)
       INSERT INTO "UserCoupon" (id, "couponId", "userId", code, status, "usedAt")
       SELECT gen_random_uuid(), id, $4, 'MEMBER-TEST-' || id, CASE WHEN name = '用过的券' THEN 'USED'::"UserCouponStatus" ELSE 'AVAILABLE'::"UserCouponStatus" END,
              CASE WHEN name = '用过的券' THEN $2 END FROM c`,
      [new Date(clock.getTime() - 30 * day), new Date(clock.getTime() - day), new Date(clock.getTime() + 30 * day), DEMO_MEMBER.id],
    );
    const available = await list('AVAILABLE');
    expect(available.map((c) => [c.name, c.terms, c.scope, c.state])).toEqual([
      ['满30减5元', '满¥30减¥5', '全部门店可用', 'AVAILABLE'],
      ['全场9折券（最高减10元）', '无门槛9折 最高减¥10', '全部门店可用', 'AVAILABLE'],
    ]);
    const used = await list('USED');
    expect(used.map((c) => [c.name, c.terms, c.state])).toEqual([['用过的券', '满¥59减¥10', 'USED']]);
    expect(used[0]!.scope).toMatch(/^仅限.+使用$/);
    expect(used[0]!.usedAt).toBeTruthy();
    // Past its end but never marked: still expired, and no longer counted as usable.
    expect((await list('EXPIRED')).map((c) => [c.name, c.terms, c.state])).toEqual([['过期的券', '无门槛减¥3', 'EXPIRED']]);
    expect((await server.gql(CARD, {}, server.bearer(member))).data!.myMemberCard.usableCouponCount).toBe(2);
  });

  it('refuses an unknown state', async () => {
    expect(errorOf(await server.gql(COUPONS, { s: 'ALL' }, server.bearer(member)))?.code).toBe('BAD_USER_INPUT');
  });
});
