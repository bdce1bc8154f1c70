import { graphql, HttpResponse } from 'msw';
import type {
  Permission,
  ProductCardFragment,
  SearchStoreProductsQuery,
  SearchStoreProductsQueryVariables,
  StaffSubstituteItemMutation,
  StaffSubstituteItemMutationVariables,
  FailedRefundFieldsFragment,
  StaffAcceptOrderMutation,
  StaffAcceptOrderMutationVariables,
  StaffMarkItemsOutOfStockMutation,
  StaffMarkItemsOutOfStockMutationVariables,
  StaffMarkItemsPickedMutation,
  StaffMarkItemsPickedMutationVariables,
  StaffOrderQuery,
  StaffOrderQueryVariables,
  StaffOrderReadyMutation,
  StaffOrderReadyMutationVariables,
  StaffConfirmPickupMutation,
  StaffConfirmPickupMutationVariables,
  StaffFailedRefundsQuery,
  StaffFailedRefundsQueryVariables,
  StaffHandleFailedRefundMutation,
  StaffHandleFailedRefundMutationVariables,
  StaffLookupPickupQuery,
  StaffLookupPickupQueryVariables,
  StaffOrderFieldsFragment,
  StaffLiftPickupLockMutation,
  StaffLiftPickupLockMutationVariables,
  StaffOrderQueueQuery,
  StaffOrderQueueQueryVariables,
  StaffPickupLocksQuery,
  StaffPickupLocksQueryVariables,
  StaffPlaceOrderMutation,
  StaffPlaceOrderMutationVariables,
  StaffPointsRuleQuery,
  StaffPointsRuleQueryVariables,
  StaffQuoteQuery,
  StaffQuoteQueryVariables,
  StaffRedeemCouponMutation,
  StaffRedeemCouponMutationVariables,
  StaffScanMemberMutation,
  StaffScanMemberMutationVariables,
  StaffSetStockCountMutation,
  StaffSetStockCountMutationVariables,
  StaffStockQuery,
  StaffStockQueryVariables,
  StaffTillEarnPointsMutation,
  StaffTillEarnPointsMutationVariables,
} from '../../../shared-types/src/generated/client.ts';
import { quoteFor } from './orders.ts';

type QueueEntry = StaffOrderQueueQuery['staffOrderQueue']['entries'][number];

type StaffLine = StaffOrderFieldsFragment['items'][number];

/** Two lines of store 1's catalogue: 饮料 comes before 零食 on the shelves. */
const staffLines = (tail: string): StaffLine[] => [
  {
    id: `${tail}-1`, productId: '1', name: '测试饮料1号 500ml', unit: '瓶', quantity: 2, picked: false, outOfStock: false,
    barcode: '6900000000017', categoryName: '饮料', categorySortOrder: 1, outOfStockRefundFen: 700, shortQuantity: 0, substitute: null, image: null,
  },
  {
    id: `${tail}-2`, productId: '20', name: '海苔薯片 70g', unit: '袋', quantity: 1, picked: false, outOfStock: false,
    barcode: '6900000000208', categoryName: '零食', categorySortOrder: 3, outOfStockRefundFen: 590, shortQuantity: 0, substitute: null, image: null,
  },
];

const staffOrder = (
  orderNo: string,
  status: StaffOrderFieldsFragment['status'],
  statusLabel: string,
  promiseEnd: string,
  fulfilment: StaffOrderFieldsFragment['fulfilment'] = 'PICKUP',
): StaffOrderFieldsFragment => ({
  id: `order-${orderNo.slice(-6)}`,
  orderNo,
  status,
  statusLabel,
  fulfilment,
  payableFen: 1290,
  refundedFen: 0,
  promiseEnd,
  note: null,
  items: staffLines(orderNo.slice(-6)),
});

/** The BFF's clock in these fixtures: 14:00 Shanghai. */
/** What the built-in roles allow (the migration 20261207180000_roles_permissions_audit creates them). */
export const CLERK_PERMISSIONS: Permission[] = ['ORDERS_FULFIL', 'TILL', 'STOCK'];
export const MANAGER_PERMISSIONS: Permission[] = [
  ...CLERK_PERMISSIONS, 'STORE_REPORTS', 'ORDER_EXCEPTIONS', 'STORED_VALUE', 'QR_CODES', 'STORE_SETTINGS', 'STORE_SHELF', 'STAFF_MANAGE', 'AUDIT_READ', 'MARKETING',
];
export const clerkStore = (storeId: string, name: string) => ({ storeId, name, roleName: '店员', permissions: CLERK_PERMISSIONS });
export const managerStore = (storeId: string, name: string) => ({ storeId, name, roleName: '店长', permissions: MANAGER_PERMISSIONS });

export const staffServerTime = '2026-11-25T06:00:00.000Z';

/**
 * Store 1's queue at 14:00 Shanghai, as the BFF sends it (by promise): a pickup already past its
 * promise, a delivery due in 6 minutes (at risk), a pickup with time to spare, and a delivery on its way.
 */
export const staffQueueEntries: QueueEntry[] = [
  { ageMinutes: 42, minutesLeft: -4, atRisk: true, late: true, order: staffOrder('2026112513560001', 'PICKING', '拣货中', '2026-11-25T05:56:00.000Z') },
  { ageMinutes: 20, minutesLeft: 6, atRisk: true, late: false, order: staffOrder('2026112514060002', 'PAID', '已支付', '2026-11-25T06:06:00.000Z', 'DELIVERY') },
  { ageMinutes: 8, minutesLeft: 20, atRisk: false, late: false, order: staffOrder('2026112514200005', 'OUT_FOR_DELIVERY', '配送中', '2026-11-25T06:20:00.000Z', 'DELIVERY') },
  { ageMinutes: 3, minutesLeft: 28, atRisk: false, late: false, order: staffOrder('2026112514280003', 'PAID', '已支付', '2026-11-25T06:28:00.000Z') },
];

/** The first poll (no cursor) gets the list; a poll with the current cursor hears that nothing changed. */
export const staffQueueSuccess = graphql.query<StaffOrderQueueQuery, StaffOrderQueueQueryVariables>('StaffOrderQueue', ({ variables }) =>
  HttpResponse.json({
    data: {
      staffOrderQueue:
        variables.cursor === 'q1'
          ? { cursor: 'q1', changed: false, entries: [], serverTime: staffServerTime }
          : { cursor: 'q1', changed: true, entries: staffQueueEntries, serverTime: staffServerTime },
    },
  }),
);

/** The late pickup order of the queue, being picked. */
export const pickingOrder = staffQueueEntries[0]!.order;

/** What the store's search finds as 换货 for 海苔薯片 ×1 (paid ¥5.90): cheaper, dearer, sold out. */
export const substituteCandidates: ProductCardFragment[] = [
  { id: '21', name: '海苔薯片 50g', unit: '袋', priceFen: 450, memberPriceFen: null, available: 8, badges: [], image: null },
  { id: '22', name: '烧烤味薯片 90g', unit: '袋', priceFen: 690, memberPriceFen: null, available: 12, badges: [], image: null },
  { id: '23', name: '番茄味薯片 70g', unit: '袋', priceFen: 550, memberPriceFen: null, available: 0, badges: ['OUT_OF_STOCK'], image: null },
];

/**
 * One order's picking list and the picking mutations on it, sharing its state as the BFF does: a line
 * picked or out of stock stays so, out of stock refunds exactly the line's outOfStockRefundFen, and 换货
 * (of substituteCandidates) refunds the difference.
 */
export function staffPickingHandlers(start: StaffOrderFieldsFragment = pickingOrder) {
  let order = structuredClone(start);
  const setLines = (ids: readonly string[], change: Partial<StaffLine>) => {
    order = { ...order, items: order.items.map((item) => (ids.includes(item.id) ? { ...item, ...change } : item)) };
  };
  return [
    graphql.query<StaffOrderQuery, StaffOrderQueryVariables>('StaffOrder', () => HttpResponse.json({ data: { staffOrder: order } })),
    graphql.mutation<StaffAcceptOrderMutation, StaffAcceptOrderMutationVariables>('StaffAcceptOrder', () => {
      order = { ...order, status: 'PICKING', statusLabel: '拣货中' };
      return HttpResponse.json({ data: { staffAcceptOrder: order } });
    }),
    graphql.mutation<StaffMarkItemsPickedMutation, StaffMarkItemsPickedMutationVariables>('StaffMarkItemsPicked', ({ variables }) => {
      setLines([variables.itemIds].flat(), { picked: true });
      return HttpResponse.json({ data: { staffMarkItemsPicked: order } });
    }),
    graphql.mutation<StaffMarkItemsOutOfStockMutation, StaffMarkItemsOutOfStockMutationVariables>('StaffMarkItemsOutOfStock', ({ variables }) => {
      const ids = [variables.itemIds].flat();
      const refund = order.items.filter((item) => ids.includes(item.id)).reduce((sum, item) => sum + item.outOfStockRefundFen, 0);
      setLines(ids, { outOfStock: true });
      order = { ...order, refundedFen: order.refundedFen + refund };
      return HttpResponse.json({ data: { staffMarkItemsOutOfStock: order } });
    }),
    graphql.query<SearchStoreProductsQuery, SearchStoreProductsQueryVariables>('SearchStoreProducts', () =>
      HttpResponse.json({ data: { searchStoreProducts: { nodes: substituteCandidates, pageInfo: { hasNextPage: false, endCursor: null }, suggestions: [] } } }),
    ),
    graphql.mutation<StaffSubstituteItemMutation, StaffSubstituteItemMutationVariables>('StaffSubstituteItem', ({ variables }) => {
      const line = order.items.find((item) => item.id === variables.itemId)!;
      const product = substituteCandidates.find((p) => p.id === variables.productId)!;
      setLines([line.id], { picked: true, substitute: { productId: product.id, name: product.name } });
      order = { ...order, refundedFen: order.refundedFen + line.outOfStockRefundFen - product.priceFen * line.quantity };
      return HttpResponse.json({ data: { staffSubstituteItem: order } });
    }),
    graphql.mutation<StaffOrderReadyMutation, StaffOrderReadyMutationVariables>('StaffOrderReady', () => {
      order = order.fulfilment === 'PICKUP' ? { ...order, status: 'READY_FOR_PICKUP', statusLabel: '待取货' } : { ...order, status: 'OUT_FOR_DELIVERY', statusLabel: '配送中' };
      return HttpResponse.json({ data: { staffOrderReady: order } });
    }),
  ];
}

/** The pickup code 482916 belongs to this order, ready for handover. */
export const readyPickupOrder = staffOrder('2026112513300004', 'READY_FOR_PICKUP', '待取货', '2026-11-25T05:45:00.000Z');

export const staffLookupPickupSuccess = graphql.query<StaffLookupPickupQuery, StaffLookupPickupQueryVariables>('StaffLookupPickup', () =>
  HttpResponse.json({ data: { staffLookupPickup: readyPickupOrder } }),
);

export const staffConfirmPickupSuccess = graphql.mutation<StaffConfirmPickupMutation, StaffConfirmPickupMutationVariables>('StaffConfirmPickup', () =>
  HttpResponse.json({ data: { staffConfirmPickup: { ...readyPickupOrder, status: 'COMPLETED', statusLabel: '已完成' } } }),
);

/** The BFF's pickup refusals, as it words them. */
export const staffLookupPickupRefused = (code: 'PICKUP_CODE_INVALID' | 'RATE_LIMITED') =>
  graphql.query<StaffLookupPickupQuery, StaffLookupPickupQueryVariables>('StaffLookupPickup', () =>
    HttpResponse.json({
      data: null,
      errors: [
        code === 'RATE_LIMITED'
          ? {
              message: '核销失败次数过多，已锁定，请10分钟后再试，或请店长解锁',
              path: ['staffLookupPickup'],
              extensions: { code, reason: 'PICKUP_LOCKED', retryAfterSeconds: 600, remainingAttempts: 0 },
            }
          : { message: '取货码无效，请核对后重试（还可尝试4次）', path: ['staffLookupPickup'], extensions: { code, remainingAttempts: 4 } },
      ],
    }),
  );

/** 店员小王 of store 1, locked after 5 wrong pickup codes until 14:10 Shanghai. */
export const lockedClerk: StaffPickupLocksQuery['staffPickupLocks'][number] = {
  staffUserId: '00000000-0000-4000-8000-000000000003',
  name: '店员小王',
  roleName: '店员',
  failedAttempts: 5,
  lockedUntil: '2026-11-25T06:10:00.000Z',
};

/** The store's pickup locks and the manager lifting one, sharing their state as the BFF does. */
export function staffPickupLocksHandlers() {
  let locks = [lockedClerk];
  return [
    graphql.query<StaffPickupLocksQuery, StaffPickupLocksQueryVariables>('StaffPickupLocks', () => HttpResponse.json({ data: { staffPickupLocks: locks } })),
    graphql.mutation<StaffLiftPickupLockMutation, StaffLiftPickupLockMutationVariables>('StaffLiftPickupLock', ({ variables }) => {
      if (!locks.some((lock) => lock.staffUserId === variables.staffUserId)) {
        return HttpResponse.json({
          data: null,
          errors: [{ message: '该店员的核销没有被锁定', path: ['staffLiftPickupLock'], extensions: { code: 'INVALID_TRANSITION', reason: 'NOT_LOCKED' } }],
        });
      }
      locks = locks.filter((lock) => lock.staffUserId !== variables.staffUserId);
      return HttpResponse.json({ data: { staffLiftPickupLock: { staffUserId: variables.staffUserId, liftedAt: '2026-11-25T06:01:00.000Z' } } });
    }),
  ];
}

/** The demo member at the till. */
export const staffScanMemberSuccess = graphql.mutation<StaffScanMemberMutation, StaffScanMemberMutationVariables>('StaffScanMember', () =>
  HttpResponse.json({
    data: {
      staffScanMember: {
        tillToken: 'till-fixture-token',
        expiresAt: '2026-11-25T06:10:00.000Z',
        member: { cardNo: '8800000000000013', tierName: '银卡', nickname: '演示会员', pointsAvailable: 1280 },
        coupons: [{ userCouponId: '00000000-0000-4000-8000-0000000c0001', name: '门店满20减3', minSpendFen: 2000 }],
      },
    },
  }),
);

export const staffRedeemCouponSuccess = graphql.mutation<StaffRedeemCouponMutation, StaffRedeemCouponMutationVariables>('StaffRedeemCoupon', ({ variables }) =>
  HttpResponse.json({ data: { staffRedeemCoupon: { userCouponId: variables.userCouponId, name: '门店满20减3' } } }),
);

export const staffPointsRuleSuccess = graphql.query<StaffPointsRuleQuery, StaffPointsRuleQueryVariables>('StaffPointsRule', () =>
  HttpResponse.json({ data: { memberRules: { pointsPerYuan: 1 } } }),
);

/** 代客下单's quote: the shopper checkout's (quoteFor), for the demo member; 13900000000 is nobody's phone. */
export const staffQuoteSuccess = graphql.query<StaffQuoteQuery, StaffQuoteQueryVariables>('StaffQuote', ({ variables }) => {
  if (variables.input.phone === '13900000000') {
    return HttpResponse.json({ data: null, errors: [{ message: '没有找到该手机号的会员', path: ['staffQuote'], extensions: { code: 'NOT_FOUND', field: 'phone' } }] });
  }
  return HttpResponse.json({
    data: {
      staffQuote: {
        member: { cardNo: '8800000000000013', tierName: '银卡', nickname: '演示会员', pointsAvailable: 1280 },
        quote: quoteFor(variables.input.items, 'PICKUP'),
      },
    },
  });
});

/** The placed order, at the price the clerk confirmed. */
export const staffPlaceOrderSuccess = graphql.mutation<StaffPlaceOrderMutation, StaffPlaceOrderMutationVariables>('StaffPlaceOrder', ({ variables }) =>
  HttpResponse.json({
    data: {
      staffPlaceOrder: {
        ...staffOrder('2026112514000123', 'PENDING_PAYMENT', '待支付', '2026-11-25T06:30:00.000Z'),
        payableFen: variables.input.expectedPayableFen!,
      },
    },
  }),
);

/** One point per whole yuan, added to the member's 1280. */
export const staffTillEarnPointsSuccess = graphql.mutation<StaffTillEarnPointsMutation, StaffTillEarnPointsMutationVariables>('StaffTillEarnPoints', ({ variables }) => {
  const pointsEarned = Math.floor(variables.amountFen / 100);
  return HttpResponse.json({
    data: { staffTillEarnPoints: { receiptNo: variables.receiptNo, amountFen: variables.amountFen, pointsEarned, pointsBalance: 1280 + pointsEarned } },
  });
});

/** Product 1 at store 1: 12 on the shelf, 3 held by open orders. */
export const staffStockSuccess = graphql.query<StaffStockQuery, StaffStockQueryVariables>('StaffStock', () =>
  HttpResponse.json({
    data: {
      staffStock: {
        productId: '1',
        name: '测试饮料1号 500ml',
        barcode: '6900000001000',
        onHand: 12,
        reserved: 3,
        available: 9,
        movements: [{ id: '51', kind: 'COUNT', onHandFrom: 10, onHandTo: 12, reason: '到货', actorName: '店长李姐', at: '2026-11-25T01:30:00.000Z' }],
      },
    },
  }),
);

export const staffSetStockCountBelowReserved = graphql.mutation<StaffSetStockCountMutation, StaffSetStockCountMutationVariables>('StaffSetStockCount', ({ variables }) =>
  HttpResponse.json({
    data: null,
    errors: [
      {
        message: '未完成订单已占用3件，库存不能少于3',
        path: ['staffSetStockCount'],
        extensions: { code: 'STOCK_BELOW_RESERVED', reserved: 3, onHand: variables.onHand },
      },
    ],
  }),
);

/** Staff mode of a clerk of store 1, apart from the stores list (StaffStores). */
/** Two refunds WeChat Pay reported failed at store 1, nobody has settled them yet. */
export const failedRefunds: FailedRefundFieldsFragment[] = [
  {
    id: '7b1f0d52-5c1e-4a43-9d0c-5f6f2a0c0001', orderId: 'order-300011', orderNo: '2026112309300011', amountFen: 2590, reason: '顾客取消',
    failureReason: '微信支付退款异常（如顾客的银行卡已注销）', failedAt: '2026-11-23T03:12:00.000Z', handledAt: null, handledNote: null,
  },
  {
    id: '7b1f0d52-5c1e-4a43-9d0c-5f6f2a0c0002', orderId: 'order-300027', orderNo: '2026112418300027', amountFen: 880, reason: '部分缺货退款：门店缺货',
    failureReason: null, failedAt: '2026-11-24T11:40:00.000Z', handledAt: null, handledNote: null,
  },
];

export const staffFailedRefundsSuccess = graphql.query<StaffFailedRefundsQuery, StaffFailedRefundsQueryVariables>('StaffFailedRefunds', () =>
  HttpResponse.json({ data: { staffFailedRefunds: failedRefunds } }),
);

/** Settling answers the refund as recorded; a second settle of the same one is ALREADY_HANDLED, as the BFF says. */
export function staffHandleFailedRefundOnce() {
  const handled = new Set<string>();
  return graphql.mutation<StaffHandleFailedRefundMutation, StaffHandleFailedRefundMutationVariables>('StaffHandleFailedRefund', ({ variables }) => {
    if (handled.has(variables.refundId)) {
      return HttpResponse.json({
        data: null,
        errors: [{ message: '这笔退款已有人处理', path: ['staffHandleFailedRefund'], extensions: { code: 'INVALID_TRANSITION', reason: 'ALREADY_HANDLED' } }],
      });
    }
    handled.add(variables.refundId);
    const refund = failedRefunds.find((r) => r.id === variables.refundId)!;
    return HttpResponse.json({ data: { staffHandleFailedRefund: { ...refund, handledAt: '2026-11-25T06:00:00.000Z', handledNote: variables.note.trim() } } });
  });
}

export const staffHandlers = [staffQueueSuccess, staffLookupPickupSuccess, staffConfirmPickupSuccess, staffScanMemberSuccess, staffTillEarnPointsSuccess, staffStockSuccess];
/** The counter pages (收银, 库存, 代客下单) beyond staffHandlers. */
export const staffCounterHandlers = [staffRedeemCouponSuccess, staffPointsRuleSuccess, staffQuoteSuccess, staffPlaceOrderSuccess];
