import type { Resolvers, StaffQuoteInput } from '@corner/shared-types/server';
import { requireUser } from '../auth/viewer.ts';
import { requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseId } from '../graphql/ids.ts';
import { lineRefundFen } from '../orders/service.ts';
import { throttle } from '../graphql/throttle.ts';
import { parseStoreId } from '../stores/service.ts';
import type { StaffOrderInput } from './service.ts';

/** Staff act only on orders of their own store(s): the order's store decides. */
async function staffOfOrder(context: RequestContext, orderId: string) {
  return requireStoreAccess(context, await context.services.staff.storeOfOrder(orderId));
}

async function staffOfStore(context: RequestContext, rawStoreId: string) {
  const storeId = parseStoreId(rawStoreId, 'storeId');
  const { userId } = await requireStoreAccess(context, storeId);
  return { storeId, userId };
}

const productId = (raw: string) => parseId(raw, '商品', 'productId');

const staffOrderInput = (input: StaffQuoteInput, storeId: number): StaffOrderInput => ({
  ...input,
  storeId,
  items: input.items.map((item) => ({ productId: productId(item.productId), quantity: item.quantity })),
});

export const staffResolvers: Resolvers<RequestContext> = {
  Query: {
    staffStores: async (_parent, _args, context) => {
      const stores = await context.services.staff.stores(await requireUser(context).staff());
      return stores.map((store) => ({ ...store, storeId: String(store.storeId) }));
    },
    staffChainPermissions: async (_parent, _args, context) => {
      const chain = (await requireUser(context).staff()).filter((assignment) => assignment.storeId === null);
      return [...new Set(chain.flatMap((assignment) => assignment.permissions))];
    },
    staffOrderQueue: async (_parent, args, context) => {
      const { storeId } = await staffOfStore(context, args.storeId);
      return context.services.staff.queue(storeId, args.cursor);
    },
    staffOrder: async (_parent, args, context) => {
      await staffOfOrder(context, args.orderId);
      return context.services.staff.order(args.orderId);
    },
    staffLookupPickup: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      await throttle(context, 'pickup-verify', userId);
      return context.services.staff.lookupPickup(userId, storeId, args.code);
    },
    staffStock: async (_parent, args, context) => {
      const { storeId } = await staffOfStore(context, args.storeId);
      return context.services.inventory.line(storeId, args.productIdOrBarcode);
    },
    staffQuote: async (_parent, { input }, context) => {
      const { storeId, userId } = await staffOfStore(context, input.storeId);
      return context.services.staff.quote(userId, staffOrderInput(input, storeId));
    },
    staffPickupLocks: async (_parent, args, context) => {
      const { storeId } = await staffOfStore(context, args.storeId);
      return context.services.staff.pickupLocks(storeId);
    },
    staffFailedRefunds: async (_parent, args, context) => {
      const { storeId } = await staffOfStore(context, args.storeId);
      return context.services.payments.failedRefunds(storeId);
    },
  },
  Mutation: {
    staffAcceptOrder: async (_parent, args, context) => {
      const { userId } = await staffOfOrder(context, args.orderId);
      return context.services.staff.accept(userId, args.orderId);
    },
    staffMarkItemsPicked: async (_parent, args, context) => {
      await staffOfOrder(context, args.orderId);
      return context.services.staff.markPicked(args.orderId, args.itemIds);
    },
    staffMarkItemsOutOfStock: async (_parent, args, context) => {
      const { userId } = await staffOfOrder(context, args.orderId);
      return context.services.staff.markOutOfStock(userId, args.orderId, args.itemIds, args.reason ?? null);
    },
    staffSubstituteItem: async (_parent, args, context) => {
      const { userId } = await staffOfOrder(context, args.orderId);
      return context.services.staff.substitute(userId, args.orderId, args.itemId, productId(args.productId));
    },
    staffOrderReady: async (_parent, args, context) => {
      const { userId } = await staffOfOrder(context, args.orderId);
      return context.services.staff.ready(userId, args.orderId);
    },
    staffCompleteDelivery: async (_parent, args, context) => {
      const { userId } = await staffOfOrder(context, args.orderId);
      return context.services.staff.completeDelivery(userId, args.orderId);
    },
    staffConfirmPickup: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      await throttle(context, 'pickup-verify', userId);
      return context.services.staff.confirmPickup(userId, storeId, args.code);
    },
    staffScanMember: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      await throttle(context, 'member-scan', userId);
      return context.services.staff.scanMember(userId, storeId, args.code);
    },
    staffTillEarnPoints: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      return context.services.staff.tillEarn(userId, storeId, args.tillToken, args.receiptNo, args.amountFen);
    },
    staffRedeemCoupon: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      return context.services.staff.redeemCoupon(userId, storeId, args.tillToken, args.userCouponId);
    },
    staffPlaceOrder: async (_parent, { input }, context) => {
      const { storeId, userId } = await staffOfStore(context, input.storeId);
      await throttle(context, 'place-order', userId);
      return context.services.staff.placeOrder(userId, { ...input, ...staffOrderInput(input, storeId) });
    },
    staffSetStockCount: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      return context.services.inventory.setCount(userId, storeId, productId(args.productId), args.onHand, args.reason);
    },
    staffMarkOutOfStock: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      return context.services.inventory.markOutOfStock(userId, storeId, productId(args.productId), args.reason);
    },
    staffHandleFailedRefund: async (_parent, args, context) => {
      // Signed in first, so strangers cannot probe which refund ids exist.
      requireUser(context);
      const refund = await context.services.payments.failedRefund(args.refundId);
      const { userId } = await requireStoreAccess(context, refund.storeId);
      return context.services.payments.handleFailedRefund(refund, userId, args.note);
    },
    staffLiftPickupLock: async (_parent, args, context) => {
      const { storeId, userId } = await staffOfStore(context, args.storeId);
      return context.services.staff.liftPickupLock(userId, storeId, args.staffUserId);
    },
  },
  OrderItem: {
    picked: (item) => item.status === 'PICKED',
    barcode: (item) => item.product.barcode,
    categoryName: (item) => item.product.category.name,
    categorySortOrder: (item) => item.product.category.sortOrder,
    outOfStockRefundFen: (item) => lineRefundFen(item),
  },
  TillReceipt: {
    pointsEarned: (receipt) => receipt.pointsEarned,
  },
  StaffStockLine: {
    productId: (line) => String(line.productId),
    available: (line) => Math.max(0, line.onHand - line.reserved),
  },
  InventoryMovement: {
    at: (movement) => movement.createdAt,
  },
};
