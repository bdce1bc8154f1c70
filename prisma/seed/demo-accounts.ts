/**
 * Fixed demo accounts the seed always creates, whatever the seed number or scale, so tests, mocks
 * (the code2Session mock maps a login code to an openid) and demos can refer to them by constant.
 *
 * | openid            | user id                               | what                                        |
 * |-------------------|---------------------------------------|---------------------------------------------|
 * | demo-shopper      | 00000000-0000-4000-8000-000000000001  | shopper without membership                  |
 * | demo-member       | 00000000-0000-4000-8000-000000000002  | SILVER member, 1280 points, ¥50 stored value, two coupons |
 * | demo-clerk-a      | 00000000-0000-4000-8000-000000000003  | CLERK at store 1 (人民广场店)                |
 * | demo-manager-a    | 00000000-0000-4000-8000-000000000004  | STORE_MANAGER at store 1                    |
 * | demo-clerk-b      | 00000000-0000-4000-8000-000000000005  | CLERK at store 2 (南京西路店)                |
 * | demo-hq-operator  | 00000000-0000-4000-8000-000000000006  | HQ_OPERATOR of the whole chain              |
 * | demo-hq-admin     | 00000000-0000-4000-8000-000000000007  | HQ_ADMIN of the whole chain                 |
 */

export const DEMO_STORE_A_ID = 1;
export const DEMO_STORE_B_ID = 2;

export const DEMO_SHOPPER = { id: '00000000-0000-4000-8000-000000000001', openid: 'demo-shopper', nickname: '演示顾客', phone: '13800000001' } as const;
export const DEMO_MEMBER = { id: '00000000-0000-4000-8000-000000000002', openid: 'demo-member', nickname: '演示会员', phone: '13800000002' } as const;
export const DEMO_CLERK_A = { id: '00000000-0000-4000-8000-000000000003', openid: 'demo-clerk-a', nickname: '店员小王', phone: '13800000003' } as const;
export const DEMO_MANAGER_A = { id: '00000000-0000-4000-8000-000000000004', openid: 'demo-manager-a', nickname: '店长李姐', phone: '13800000004' } as const;
export const DEMO_CLERK_B = { id: '00000000-0000-4000-8000-000000000005', openid: 'demo-clerk-b', nickname: '店员小张', phone: '13800000005' } as const;

export const DEMO_HQ_OPERATOR = { id: '00000000-0000-4000-8000-000000000006', openid: 'demo-hq-operator', nickname: '总部运营小陈', phone: '13800000006' } as const;
export const DEMO_HQ_ADMIN = { id: '00000000-0000-4000-8000-000000000007', openid: 'demo-hq-admin', nickname: '总部管理员老周', phone: '13800000007' } as const;

export const DEMO_USERS = [DEMO_SHOPPER, DEMO_MEMBER, DEMO_CLERK_A, DEMO_MANAGER_A, DEMO_CLERK_B, DEMO_HQ_OPERATOR, DEMO_HQ_ADMIN] as const;

/** The Member row of demo-member. The card number is stored without spaces; the last digit is a Luhn check. */
export const DEMO_MEMBER_CARD = {
  id: '00000000-0000-4000-8000-000000000101',
  cardNo: '8800000000000013',
  tier: 'SILVER',
  pointsBalance: 1280,
  storedValueFen: 5000,
} as const;

/** Role assignments by the built-in roles' keys; storeId null is the whole chain. */
export const DEMO_STAFF = [
  { id: '00000000-0000-4000-8000-000000000201', userId: DEMO_CLERK_A.id, storeId: DEMO_STORE_A_ID, roleKey: 'CLERK' },
  { id: '00000000-0000-4000-8000-000000000202', userId: DEMO_MANAGER_A.id, storeId: DEMO_STORE_A_ID, roleKey: 'STORE_MANAGER' },
  { id: '00000000-0000-4000-8000-000000000203', userId: DEMO_CLERK_B.id, storeId: DEMO_STORE_B_ID, roleKey: 'CLERK' },
  { id: '00000000-0000-4000-8000-000000000204', userId: DEMO_HQ_OPERATOR.id, storeId: null, roleKey: 'HQ_OPERATOR' },
  { id: '00000000-0000-4000-8000-000000000205', userId: DEMO_HQ_ADMIN.id, storeId: null, roleKey: 'HQ_ADMIN' },
] as const;

/** Scene of the door-poster QR code of store N is `s<N>`, e.g. 's1' for 人民广场店. */
export function storeScene(storeId: number): string {
  return `s${storeId}`;
}
