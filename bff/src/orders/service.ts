import { validateAddress } from '../addresses/service.ts';
import { createHash, createHmac, randomInt, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { withKeyedTransaction, withTransaction } from '../db/transaction.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import { WechatPayApiError } from '../wechat/errors.ts';
import type { Ledger } from '../members/ledger.ts';
import { priceBasket, PricingError, couponDiscount, type CouponRule, type Pricing, type PricingInput, type PromotionRule } from '../pricing/engine.ts';
import { parsePromotion } from '../pricing/rules.ts';
import { addOnTarget, reachesTarget, type AddOnTarget } from '../pricing/add-ons.ts';
import { storeProductOf, type StoreProductModel } from '../catalog/service.ts';
import { addOnCandidates } from '../catalog/sql.ts';
import { deliversTo } from '../stores/geo.ts';
import { storeWithSchedule } from '../stores/sql.ts';
import { recordOrderEvent, transition, type LifecycleDeps } from './lifecycle.ts';
import type { OrderNotifier } from './messages.ts';
import { candidateSlots, earliestSlotWithRoom, promiseFor, promiseLabel, roomIn, slotCapacity, slotProblem, type SlotLoad } from './slots.ts';
import {
  addRefunded,
  availableCouponsOf,
  bookSlot,
  checkoutProducts,
  expiredUnpaidOrderIds,
  insertOrderReserving,
  lockCoupon,
  lockOrder,
  markItemsOutOfStock,
  moveReservation,
  orderByIdempotencyKey,
  orderItemOf,
  orderItemsOf,
  releaseStock,
  runningPromotions,
  setOrderPromise,
  statusBeforeRefundRequest,
  substituteItem,
  type LockedOrder,
} from './sql.ts';
import { SYSTEM, STATUS_LABEL, type Actor } from './state.ts';
import { currentVisitAttribution } from '../qr/service.ts';
import { memberWithFrozenPoints, spendablePoints } from '../members/sql.ts';

export interface AddressInput {
  contactName: string;
  phone: string;
  detail: string;
  lat: number;
  lng: number;
}

export interface CheckoutInput {
  storeId: number;
  items: Array<{ productId: number; quantity: number }>;
  fulfilment: 'DELIVERY' | 'PICKUP';
  /** null: the earliest slot with room */
  slotStart?: Date | null;
  address?: AddressInput | null;
  userCouponId?: string | null;
  pointsToUse?: number | null;
  /** the printed QR code the visit came from, for attribution */
  qrScene?: string | null;
  note?: string | null;
}

export interface PlaceOrderInput extends CheckoutInput {
  idempotencyKey: string;
  /** payableFen of the quote the shopper saw: a different price now is PRICE_CHANGED */
  expectedPayableFen: number;
}

export interface CouponOption {
  userCouponId: string;
  name: string;
  applicable: boolean;
  /** why not, in Chinese */
  reason: string | null;
  discountFen: number;
  validTo: Date;
}

export interface QuoteModel {
  storeId: number;
  fulfilment: 'DELIVERY' | 'PICKUP';
  pricing: Pricing;
  promise: { slotStart: Date; promiseStart: Date; promiseEnd: Date; label: string };
  coupons: CouponOption[];
  bestUserCouponId: string | null;
  isMember: boolean;
  pointsAvailable: number;
}

export interface CartQuoteModel {
  quote: QuoteModel;
  addOns: (AddOnTarget & { products: StoreProductModel[] }) | null;
}

export type OrderItemModel = Awaited<ReturnType<OrderService['itemsOfOrders']>>[number][number];
export type ReorderModel = Awaited<ReturnType<OrderService['reorder']>>;
export type CartModel = Awaited<ReturnType<OrderService['cart']>>;
export type CartItemModel = CartModel['items'][number];

/** Money movements the order lifecycle needs; implemented by PaymentService. */
export interface OrderPayments {
  /** Records a refund of `amountFen` in the caller's transaction; returns WeChat refunds to send after commit. */
  refund(client: pg.PoolClient, order: LockedOrder, amountFen: number, reason: string): Promise<string[]>;
  sendRefunds(refundIds: readonly string[]): Promise<void>;
  /** Before an unpaid order is cancelled: asks WeChat Pay, closes the transaction; true when it was paid after all. */
  settleBeforeCancel(client: pg.PoolClient, order: LockedOrder): Promise<boolean>;
}

type OrderConfig = Pick<
  Config,
  'POINT_VALUE_FEN' | 'POINTS_PER_YUAN' | 'POINTS_REFUND_WINDOW_DAYS' | 'MAX_POINTS_DISCOUNT_PERCENT' | 'ORDER_PAYMENT_TIMEOUT_MINUTES' | 'PICKUP_CODE_SECRET' | 'PICKUP_HOLD_HOURS'
>;

const MAX_LINES = 50;
/** 凑单: products read (nearest the gap) to find those that reach it, and products shown. */
const ADD_ON_CANDIDATES = 40;
const MAX_ADD_ONS = 10;
const MAX_KEY = 64;
export const MAX_NOTE_LENGTH = 200;
export const MAX_MY_ORDERS = 50;

function pricingErrorToDomain(error: unknown): never {
  if (error instanceof PricingError) {
    const code = error.reason === 'COUPON_MIN_SPEND' ? 'COUPON_NOT_APPLICABLE' : 'BAD_USER_INPUT';
    throw new DomainError(code, error.message, { reason: error.reason, ...error.details });
  }
  throw error;
}

/** yyyyMMddHHmmss (Asia/Shanghai) + 6 random digits: sortable, readable on the phone, a valid out_trade_no. */
function newOrderNo(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
  return `${local}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

export class OrderService {
  private readonly lifecycle: LifecycleDeps;

  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      ledger: Ledger;
      payments: OrderPayments;
      notifier: OrderNotifier;
      config: OrderConfig;
      logger: Logger;
      now: () => Date;
    },
  ) {
    this.lifecycle = { ledger: deps.ledger, config: deps.config, now: deps.now };
  }

  // ---------------------------------------------------------------- cart

  async cart(userId: string, storeId: number) {
    const cart = await this.deps.prisma.cart.findUnique({
      where: { userId_storeId: { userId, storeId } },
      include: { items: { orderBy: { productId: 'asc' } } },
    });
    const items = cart?.items ?? [];
    const products = new Map((await checkoutProducts(this.deps.pool, storeId, items.map((i) => i.productId))).map((p) => [p.productId, p]));
    return {
      storeId,
      updatedAt: cart?.updatedAt ?? null,
      items: items.map((item) => {
        const product = products.get(item.productId)!;
        return { ...item, product, available: product.sold && product.active ? product.available : 0 };
      }),
    };
  }

  /** Sets a line of the shopper's cart at this store; quantity 0 removes it. Checked against availability now. */
  async setCartItem(userId: string, storeId: number, productId: number, quantity: number) {
    if (!Number.isInteger(quantity) || quantity < 0) throw badInput('数量必须是不小于0的整数', { field: 'quantity' });
    if (quantity > 0) {
      const [product] = await checkoutProducts(this.deps.pool, storeId, [productId]);
      this.checkLine(product, productId, quantity);
    }
    await this.deps.prisma.store.findUniqueOrThrow({ where: { id: storeId } }).catch(() => {
      throw notFound(`门店 ${storeId} 不存在`);
    });
    const cart = await this.touchCart(userId, storeId);
    if (quantity === 0) await this.deps.prisma.cartItem.deleteMany({ where: { cartId: cart.id, productId } });
    else {
      await this.deps.prisma.cartItem.upsert({
        where: { cartId_productId: { cartId: cart.id, productId } },
        create: { cartId: cart.id, productId, quantity },
        update: { quantity },
      });
    }
    return this.cart(userId, storeId);
  }

  /** The shopper's cart row at the store, created on first use, marked as changed now. */
  private touchCart(userId: string, storeId: number) {
    return this.deps.prisma.cart.upsert({
      where: { userId_storeId: { userId, storeId } },
      create: { userId, storeId },
      update: { updatedAt: this.deps.now() },
    });
  }

  async clearCart(userId: string, storeId: number) {
    await this.deps.prisma.cartItem.deleteMany({ where: { cart: { userId, storeId } } });
    return this.cart(userId, storeId);
  }

  /**
   * 再来一单: each line of the order goes into the cart on top of what is there, as far as the store
   * can sell it now (stock and the per-order limit); the rest is reported, never silently dropped.
   */
  async reorder(userId: string, orderId: string) {
    const order = await this.orderFor(userId, orderId);
    const [lines] = await this.itemsOfOrders([order.id]);
    const current = await this.cart(userId, order.storeId);
    const inCart = new Map(current.items.map((item) => [item.productId, item.quantity]));
    const products = new Map((await checkoutProducts(this.deps.pool, order.storeId, lines.map((l) => l.productId))).map((p) => [p.productId, p]));
    const shortfalls: Array<{ productId: number; name: string; wanted: number; added: number; reason: string }> = [];
    const wanted = new Map<number, number>();
    for (const line of lines) wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.quantity);
    const cart = await this.touchCart(userId, order.storeId);
    for (const [productId, quantity] of wanted) {
      const product = products.get(productId);
      const name = product?.name ?? lines.find((l) => l.productId === productId)!.name;
      const already = inCart.get(productId) ?? 0;
      const sellable = product && product.active && product.sold ? Math.max(0, Math.min(product.available, product.maxPerOrder)) : 0;
      const target = Math.min(already + quantity, sellable);
      const added = Math.max(0, target - already);
      if (added < quantity) {
        const reason = !product || !product.active || !product.sold
          ? '已下架'
          : product.available <= 0
            ? '已售罄'
            : product.available < product.maxPerOrder
              ? `仅剩${product.available}${product.unit}`
              : `每单限购${product.maxPerOrder}${product.unit}`;
        shortfalls.push({ productId, name, wanted: quantity, added, reason });
      }
      if (added > 0) {
        await this.deps.prisma.cartItem.upsert({
          where: { cartId_productId: { cartId: cart.id, productId } },
          create: { cartId: cart.id, productId, quantity: target },
          update: { quantity: target },
        });
      }
    }
    return { cart: await this.cart(userId, order.storeId), shortfalls };
  }

  private checkLine(product: Awaited<ReturnType<typeof checkoutProducts>>[number] | undefined, productId: number, quantity: number): void {
    if (product?.active && product.offSale) {
      throw new DomainError('PRODUCT_NOT_SOLD_HERE', `「${product.name}」已在本店下架`, { productId: String(productId), reason: 'OFF_SALE' });
    }
    if (!product || !product.active || !product.sold) {
      throw new DomainError('PRODUCT_NOT_SOLD_HERE', '该商品在本店不销售', { productId: String(productId) });
    }
    if (!Number.isInteger(quantity) || quantity <= 0) throw badInput(`「${product.name}」数量必须是正整数`, { field: 'quantity', productId: String(productId) });
    if (quantity > product.maxPerOrder) {
      throw badInput(`「${product.name}」每单限购${product.maxPerOrder}${product.unit}`, { field: 'quantity', productId: String(productId), maxPerOrder: product.maxPerOrder });
    }
    if (quantity > product.available) {
      throw new DomainError('OUT_OF_STOCK', product.available > 0 ? `「${product.name}」仅剩${product.available}${product.unit}` : `「${product.name}」已售罄`, {
        productId: String(productId),
        available: product.available,
      });
    }
  }

  // ---------------------------------------------------------------- quote

  async quote(userId: string, input: CheckoutInput): Promise<QuoteModel> {
    return (await this.prepare(userId, input, 'quote')).quote;
  }

  /**
   * The cart page's price, as checkout would price it without coupon or points (a delivery when the
   * store delivers, its address still unknown), and its 凑单 list: the nearest amount the basket is
   * below and the store's products that reach it, verified by pricing the basket with each added.
   */
  async cartQuote(userId: string, input: CheckoutInput): Promise<CartQuoteModel> {
    const { quote, pricingInput, products } = await this.prepare(userId, input, 'cart');
    const target = addOnTarget(quote.pricing);
    if (!target) return { quote, addOns: null };
    const candidates = await addOnCandidates(this.deps.pool, input.storeId, {
      excludeIds: [...products.keys()],
      gapFen: target.shortfallFen,
      memberPrices: quote.isMember,
      limit: ADD_ON_CANDIDATES,
    });
    const reaching = candidates.filter((row) => {
      const added = { productId: row.id, name: row.name, quantity: 1, priceFen: row.stock.priceFen, memberPriceFen: row.stock.memberPriceFen };
      return reachesTarget(target, quote.pricing, priceBasket({ ...pricingInput, lines: [...pricingInput.lines, added] }));
    });
    // When no single product reaches it, the ones that come nearest still help.
    const shown = (reaching.length > 0 ? reaching : candidates).slice(0, MAX_ADD_ONS);
    return { quote, addOns: { ...target, products: shown.map((row) => storeProductOf(input.storeId, row)) } };
  }

  /**
   * Everything checkout decides before writing; placeOrder runs exactly this, then reserves. The
   * list of the shopper's coupons (each with why it does or does not apply) is for the quote page
   * only: an order prices the one coupon it names.
   */
  private async prepare(userId: string, input: CheckoutInput, purpose: 'quote' | 'cart' | 'order') {
    const now = this.deps.now();
    const { prisma, pool, config } = this.deps;
    if (input.items.length === 0) throw badInput('购物车是空的', { field: 'items' });
    if (input.items.length > MAX_LINES) throw badInput(`每单最多${MAX_LINES}种商品`, { field: 'items' });
    const ids = input.items.map((i) => i.productId);
    if (new Set(ids).size !== ids.length) throw badInput('同一商品请合并为一行', { field: 'items' });
    // Counted in characters as the shopper typed them (an emoji is one), and refused rather than cut:
    // a note cut short can drop the part the clerk needed.
    const noteLength = Array.from(input.note?.trim() ?? '').length;
    if (noteLength > MAX_NOTE_LENGTH) {
      throw badInput(`备注最多${MAX_NOTE_LENGTH}个字，收到 ${noteLength} 个字`, { field: 'note', maxLength: MAX_NOTE_LENGTH });
    }

    const store = await storeWithSchedule(pool, input.storeId, now);
    if (!store || !store.active) throw notFound(`门店 ${input.storeId} 不存在`);

    const products = new Map((await checkoutProducts(pool, store.id, ids)).map((p) => [p.productId, p]));
    for (const item of input.items) this.checkLine(products.get(item.productId), item.productId, item.quantity);

    let address: AddressInput | null = null;
    if (input.fulfilment === 'DELIVERY') {
      if (!store.deliveryEnabled) throw badInput('该门店暂不提供配送', { field: 'fulfilment' });
      if (store.deliveryPaused) throw new DomainError('DELIVERY_PAUSED', '门店繁忙，暂停外送，可选择到店自提', { storeId: String(store.id) });
      // The cart prices a delivery before the shopper has picked an address; checkout checks the area.
      if (input.address || purpose !== 'cart') {
        if (!input.address) throw badInput('外送订单需要收货地址', { field: 'address' });
        address = validateAddress(input.address);
        const area = { kind: store.deliveryAreaKind, radiusM: store.deliveryRadiusM, polygon: store.deliveryPolygon };
        if (!deliversTo(store, area, address)) throw new DomainError('OUTSIDE_DELIVERY_AREA', '收货地址不在该门店的配送范围内', { storeId: String(store.id) });
      }
    } else if (!store.pickupEnabled) {
      throw badInput('该门店暂不提供自提', { field: 'fulfilment' });
    }

    let promiseSlot: Date;
    if (input.slotStart) {
      const problem = slotProblem(store, input.slotStart, now, store.slotMinutes);
      if (problem) {
        const messages = { MISALIGNED: '时段不正确', PAST: '该时段已过', CLOSED: '该时段门店不营业', TOO_FAR: '只能预约24小时内的时段' };
        throw new DomainError('SLOT_UNAVAILABLE', messages[problem], { reason: problem });
      }
      if (roomIn(store, input.slotStart, now) === 0) throw new DomainError('SLOT_FULL', '该时段已约满，请选择其他时段', { slotStart: input.slotStart.toISOString() });
      promiseSlot = input.slotStart;
    } else {
      // The same rule and the same read as the store list's estimate (promiseMinutes).
      const slot = earliestSlotWithRoom(store, now);
      if (!slot) throw new DomainError('SLOT_FULL', '门店近24小时已约满，请稍后再试');
      promiseSlot = slot;
    }

    const member = (await memberWithFrozenPoints(pool, userId, now)) ?? null;
    const pointsToUse = input.pointsToUse ?? 0;
    if (!Number.isInteger(pointsToUse) || pointsToUse < 0) throw badInput('积分必须是不小于0的整数', { field: 'pointsToUse' });
    const pointsAvailable = member ? spendablePoints(member.pointsBalance, member.frozen) : 0;
    if (pointsToUse > 0 && !member) throw new DomainError('INSUFFICIENT_BALANCE', '开通会员后才能使用积分', { available: 0 });
    if (pointsToUse > pointsAvailable) {
      throw new DomainError('INSUFFICIENT_BALANCE', `积分不足：可用${pointsAvailable}，需要${pointsToUse}`, { available: pointsAvailable, requested: pointsToUse });
    }

    const promotions = (await runningPromotions(pool, store.id, now))
      .map((row) => {
        const rule = parsePromotion(row);
        if (rule instanceof Error) this.deps.logger.warn({ err: rule }, 'promotion skipped: malformed rule');
        return rule;
      })
      .filter((rule): rule is PromotionRule => !(rule instanceof Error));

    const heldCoupons = purpose === 'quote' ? await availableCouponsOf(pool, userId) : [];
    const pricingInput: PricingInput = {
      lines: input.items.map((item) => {
        const p = products.get(item.productId)!;
        return { productId: p.productId, name: p.name, quantity: item.quantity, priceFen: p.priceFen, memberPriceFen: p.memberPriceFen };
      }),
      isMember: member !== null,
      promotions,
      coupon: null,
      pointsToUse: 0,
      pointValueFen: config.POINT_VALUE_FEN,
      maxPointsDiscountPercent: config.MAX_POINTS_DISCOUNT_PERCENT,
      fulfilment: input.fulfilment,
      deliveryFeeFen: store.deliveryFeeFen,
      freeDeliveryFromFen: store.freeDeliveryFromFen,
      minOrderFen: store.minOrderFen,
    };
    const withoutCoupon = priceBasket(pricingInput);
    const afterThreshold = withoutCoupon.itemsTotalFen - withoutCoupon.promotionDiscountFen;
    const coupons: CouponOption[] = heldCoupons.map((held) => {
      const rule = toCouponRule(held);
      const reason = couponRefusal(held.coupon, store.id, now) ?? (afterThreshold < rule.minSpendFen ? `满¥${rule.minSpendFen / 100}可用` : null);
      return { userCouponId: held.id, name: held.coupon.name, applicable: reason === null, reason, discountFen: reason ? 0 : couponDiscount(rule, afterThreshold), validTo: held.coupon.validTo };
    });

    let coupon: CouponRule | null = null;
    if (input.userCouponId) {
      const held = /^[0-9a-f-]{36}$/i.test(input.userCouponId)
        ? await prisma.userCoupon.findFirst({ where: { id: input.userCouponId, userId }, include: { coupon: true } })
        : null;
      if (!held) throw new DomainError('COUPON_NOT_APPLICABLE', '优惠券不存在', { reason: 'NOT_FOUND' });
      if (held.status === 'USED' || held.status === 'LOCKED') throw new DomainError('COUPON_NOT_APPLICABLE', '优惠券已使用', { reason: 'USED' });
      if (held.status === 'EXPIRED') throw new DomainError('COUPON_NOT_APPLICABLE', '优惠券已过期', { reason: 'EXPIRED' });
      const refusal = couponRefusal(held.coupon, store.id, now);
      if (refusal) throw new DomainError('COUPON_NOT_APPLICABLE', refusal, { reason: 'NOT_APPLICABLE' });
      coupon = toCouponRule(held);
    }

    let pricing: Pricing;
    try {
      pricing = priceBasket({ ...pricingInput, coupon, pointsToUse });
    } catch (error) {
      pricingErrorToDomain(error);
    }
    const promise = promiseFor(promiseSlot, now, store);
    const quote: QuoteModel = {
      storeId: store.id,
      fulfilment: input.fulfilment,
      pricing,
      promise: { slotStart: promiseSlot, ...promise, label: promiseLabel(promise, now, input.fulfilment) },
      coupons,
      bestUserCouponId: bestCoupon(coupons)?.userCouponId ?? null,
      isMember: member !== null,
      pointsAvailable,
    };

    // Attribution comes from the shopper's own recorded scan within the visit; qrScene only breaks ties.
    const qr = await currentVisitAttribution(pool, { userId, storeId: store.id, now, claimedScene: input.qrScene });
    return { quote, store, member, address, coupon, qr, products, now, pricingInput };
  }

  async fulfilmentSlots(storeId: number) {
    const now = this.deps.now();
    const store = await storeWithSchedule(this.deps.pool, storeId, now);
    if (!store) throw notFound(`门店 ${storeId} 不存在`);
    return candidateSlots(store, now, store.slotMinutes).map((slotStart) => {
      const promise = promiseFor(slotStart, now, store);
      const remaining = roomIn(store, slotStart, now);
      return { slotStart, ...promise, remaining, available: remaining > 0, deliveryLabel: promiseLabel(promise, now, 'DELIVERY'), pickupLabel: promiseLabel(promise, now, 'PICKUP') };
    });
  }

  // ---------------------------------------------------------------- placing

  /**
   * `placedBy` is set for 代客下单: staff place a pickup order at the counter for the customer `userId`,
   * through exactly the same rules; the order then records the staff member and leaves the
   * customer's own online cart alone.
   */
  async placeOrder(userId: string, input: PlaceOrderInput, placedBy?: { staffUserId: string }) {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(input.idempotencyKey) || input.idempotencyKey.length > MAX_KEY) {
      throw badInput('幂等键必须是8到64位字母、数字、-或_', { field: 'idempotencyKey' });
    }
    const requestHash = hashRequest(input);
    try {
      return await this.placeNewOrder(userId, input, requestHash, placedBy);
    } catch (error) {
      // The key is looked up only when placing fails, not before every order: a retry of an order
      // already placed fails on the key's unique index, or earlier when stock or prices have changed
      // since, and gets the first attempt's order (or CONFLICT for a different cart under that key).
      let existing: Awaited<ReturnType<typeof this.existingOrder>>;
      try {
        existing = await this.existingOrder(userId, input.idempotencyKey, requestHash);
      } catch (lookupError) {
        throw lookupError instanceof DomainError ? lookupError : error;
      }
      if (existing) return existing;
      throw error;
    }
  }

  private async placeNewOrder(userId: string, input: PlaceOrderInput, requestHash: string, placedBy?: { staffUserId: string }) {
    const { quote, store, member, address, coupon, qr, products, now } = await this.prepare(userId, input, 'order');
    const { pricing } = quote;
    if (pricing.payableFen !== input.expectedPayableFen) {
      throw new DomainError('PRICE_CHANGED', `价格有变化：应付¥${(pricing.payableFen / 100).toFixed(2)}，请确认后再下单`, {
        expectedPayableFen: input.expectedPayableFen,
        payableFen: pricing.payableFen,
      });
    }
    if (pricing.belowMinimumFen > 0) {
      throw badInput(`未达起送金额，还差¥${(pricing.belowMinimumFen / 100).toFixed(2)}`, { field: 'items', reason: 'BELOW_MINIMUM', belowMinimumFen: pricing.belowMinimumFen });
    }

    const orderId = randomUUID();
    return withKeyedTransaction(this.deps.pool, async (client) => {
      const slot = quote.promise.slotStart;
      const promise = promiseFor(slot, now, store);
      const placed = await insertOrderReserving(
        client,
        {
          id: orderId,
          orderNo: newOrderNo(now),
          userId,
          channel: placedBy ? 'STAFF' : 'MINIAPP',
          placedByUserId: placedBy?.staffUserId ?? userId,
          storeId: store.id,
          memberId: member?.id ?? null,
          fulfilment: input.fulfilment,
          idempotencyKey: input.idempotencyKey,
          requestHash,
          itemsTotalFen: pricing.itemsTotalFen,
          discountFen: pricing.promotionDiscountFen,
          couponDiscountFen: pricing.couponDiscountFen,
          pointsUsed: pricing.pointsUsed,
          pointsDiscountFen: pricing.pointsDiscountFen,
          deliveryFeeFen: pricing.deliveryFeeFen,
          payableFen: pricing.payableFen,
          userCouponId: coupon?.userCouponId ?? null,
          pricing,
          address,
          ...promise,
          slotStart: slot,
          pickupCodeHash: input.fulfilment === 'PICKUP' ? pickupCodeHash(orderId, pickupCode(orderId, this.deps.config.PICKUP_CODE_SECRET)) : null,
          pickupCodeExpiresAt: input.fulfilment === 'PICKUP' ? new Date(promise.promiseEnd.getTime() + this.deps.config.PICKUP_HOLD_HOURS * 3_600_000) : null,
          qrCodeId: qr?.id ?? null,
          campaignId: qr?.campaignId ?? null,
          note: input.note?.trim() || null,
          createdAt: now,
        },
        pricing.lines.map((line) => ({
          productId: line.productId,
          name: line.name,
          unit: products.get(line.productId)!.unit,
          quantity: line.quantity,
          unitPriceFen: line.unitPriceFen,
          lineTotalFen: line.lineTotalFen,
          lineDiscountFen: line.discountFen,
        })),
        placedBy
          ? { actorUserId: placedBy.staffUserId, actorRole: 'staff', reason: '店员代客下单', clearCart: false, slotCapacity: slotCapacity(store, slot, now) }
          : { actorUserId: userId, actorRole: 'customer', reason: '下单', clearCart: true, slotCapacity: slotCapacity(store, slot, now) },
      );
      let { order } = placed;
      const short = [...input.items].sort((a, b) => a.productId - b.productId).find((line) => !placed.reservedProductIds.includes(line.productId));
      if (short) {
        throw new DomainError('OUT_OF_STOCK', `「${products.get(short.productId)!.name}」库存不足`, { productId: String(short.productId) });
      }
      if (!placed.slotBooked) {
        const later = await this.laterSlotWithRoom(client, store, input.slotStart ?? null, slot, now);
        order = await setOrderPromise(client, orderId, later, promiseFor(later, now, store));
      }
      if (coupon && !(await lockCoupon(client, coupon.userCouponId, userId, orderId))) {
        throw new DomainError('COUPON_NOT_APPLICABLE', '优惠券已使用', { reason: 'USED' });
      }
      if (pricing.pointsUsed > 0) {
        await this.deps.ledger.spendPoints(member!.id, pricing.pointsUsed, { refType: 'ORDER', refId: orderId, reason: '订单积分抵扣' }, { tx: client });
      }
      return order;
    });
  }

  /**
   * The slot the quote promised was checked without a lock and was full by the time the order was
   * placed: a chosen slot is SLOT_FULL; without a choice the order gets the earliest later slot that
   * really has room.
   */
  private async laterSlotWithRoom(client: pg.PoolClient, store: SlotLoad & { id: number }, asked: Date | null, quoted: Date, now: Date): Promise<Date> {
    const tries = asked ? [] : candidateSlots(store, now, store.slotMinutes).filter((slot) => slot > quoted);
    for (const slot of tries) {
      if (await bookSlot(client, store.id, slot, slotCapacity(store, slot, now))) return slot;
    }
    throw new DomainError('SLOT_FULL', asked ? '该时段已约满，请选择其他时段' : '门店近24小时已约满，请稍后再试', { slotStart: (asked ?? quoted).toISOString() });
  }

  private async existingOrder(userId: string, idempotencyKey: string, requestHash: string) {
    const order = await orderByIdempotencyKey(this.deps.pool, userId, idempotencyKey);
    if (!order) return null;
    if (order.requestHash !== requestHash) {
      throw new DomainError('CONFLICT', '该幂等键已用于另一笔不同的订单', { orderId: order.id });
    }
    return order;
  }

  // ---------------------------------------------------------------- reading

  async orderFor(userId: string, orderId: string) {
    const order = /^[0-9a-f-]{36}$/i.test(orderId) ? await this.deps.prisma.order.findUnique({ where: { id: orderId } }) : null;
    if (!order || order.userId !== userId) throw notFound('订单不存在');
    return order;
  }

  async myOrders(userId: string, options: { first?: number | null; status?: OrderStatus[] | null }) {
    const take = options.first ?? 20;
    if (!Number.isInteger(take) || take < 1 || take > MAX_MY_ORDERS) throw badInput(`每页数量必须在 1 到 ${MAX_MY_ORDERS} 之间`, { field: 'first' });
    return this.deps.prisma.order.findMany({
      where: { userId, ...(options.status?.length ? { status: { in: options.status } } : {}) },
      orderBy: { createdAt: 'desc' },
      take,
    });
  }

  /** Items of many orders in one statement, in the order of `orderIds` (for the per-request loader). */
  async itemsOfOrders(orderIds: readonly string[]) {
    const items = await this.deps.prisma.orderItem.findMany({
      where: { orderId: { in: [...orderIds] } },
      include: { product: { select: { imageIds: true, barcode: true, category: { select: { id: true, name: true, sortOrder: true } } } } },
      orderBy: [{ orderId: 'asc' }, { productId: 'asc' }],
    });
    return orderIds.map((id) => items.filter((item) => item.orderId === id));
  }

  /** Status timelines of many orders in one statement, in the order of `orderIds`. */
  async eventsOfOrders(orderIds: readonly string[]) {
    const events = await this.deps.prisma.orderEvent.findMany({ where: { orderId: { in: [...orderIds] } }, orderBy: { id: 'asc' } });
    return orderIds.map((id) => events.filter((event) => event.orderId === id));
  }

  /**
   * The pickup code is the shopper's proof at the counter, so only the shopper who placed the order
   * is ever shown it; staff (even of the order's store) verify what the shopper presents.
   */
  pickupCodeOf(order: { id: string; userId: string; fulfilment: string; status: OrderStatus }, viewerUserId: string | undefined): string | null {
    if (order.userId !== viewerUserId) return null;
    if (order.fulfilment !== 'PICKUP' || !['PAID', 'PICKING', 'READY_FOR_PICKUP'].includes(order.status)) return null;
    return pickupCode(order.id, this.deps.config.PICKUP_CODE_SECRET);
  }

  // ---------------------------------------------------------------- changing

  /** Runs one change of one order under its row lock, then sends what must go out after commit. */
  private async change(orderId: string, work: (client: pg.PoolClient, order: LockedOrder) => Promise<string[] | void>) {
    let refunds: string[] = [];
    let before: OrderStatus | undefined;
    let after: LockedOrder | undefined;
    await withTransaction(this.deps.pool, async (client) => {
      const order = await lockOrder(client, orderId);
      if (!order) throw notFound('订单不存在');
      before = order.status;
      refunds = (await work(client, order)) ?? [];
      after = order;
    });
    await this.deps.payments.sendRefunds(refunds);
    if (after && after.status !== before) this.deps.notifier.statusChanged(after.id, after.status);
    return this.deps.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  }

  /** The shopper cancels before the store starts picking; a paid order is refunded in full. */
  async cancelByCustomer(userId: string, orderId: string, reason: string | null) {
    await this.orderFor(userId, orderId);
    return this.change(orderId, async (client, order) => {
      if (order.status !== 'PENDING_PAYMENT' && order.status !== 'PAID') {
        throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[order.status]}，不能取消，可申请退款`, { from: order.status, to: 'CANCELLED' });
      }
      return this.cancelLocked(client, order, { role: 'customer', userId }, reason?.trim() || '顾客取消');
    });
  }

  private async cancelLocked(client: pg.PoolClient, order: LockedOrder, actor: Actor, reason: string): Promise<string[]> {
    if (order.status === 'PENDING_PAYMENT') await this.closeOpenPayment(client, order);
    const wasPaid = order.status !== 'PENDING_PAYMENT';
    await transition(client, this.lifecycle, order, 'CANCELLED', actor, reason);
    const remaining = order.payableFen - order.refundedFen;
    if (!wasPaid || remaining === 0) return [];
    const ids = await this.deps.payments.refund(client, order, remaining, reason);
    await addRefunded(client, order.id, remaining, this.deps.now());
    return ids;
  }

  /**
   * An unpaid order may have a WeChat Pay transaction open (the shopper opened the payment sheet). It
   * is closed before the order is cancelled, so that nobody pays into a cancelled order; one paid
   * meanwhile makes the order PAID, and the cancel then refunds it. When WeChat Pay cannot be reached
   * the cancel goes ahead: a payment that still arrives is refunded when its notification comes.
   */
  private async closeOpenPayment(client: pg.PoolClient, order: LockedOrder): Promise<void> {
    try {
      await this.deps.payments.settleBeforeCancel(client, order);
    } catch (error) {
      if (!(error instanceof WechatPayApiError)) throw error;
      this.deps.logger.warn({ err: error, orderId: order.id }, 'WeChat Pay transaction not closed before cancelling; a late payment will be refunded');
    }
  }

  async requestRefund(userId: string, orderId: string, reason: string) {
    await this.orderFor(userId, orderId);
    if (!reason.trim() || reason.length > 200) throw badInput('请填写退款原因（200字以内）', { field: 'reason' });
    return this.change(orderId, async (client, order) => {
      if (order.completedAt && order.completedAt.getTime() + this.deps.config.POINTS_REFUND_WINDOW_DAYS * 86_400_000 < this.deps.now().getTime()) {
        throw new DomainError('INVALID_TRANSITION', '已超过售后期限，不能申请退款', { from: order.status, to: 'REFUND_REQUESTED' });
      }
      await transition(client, this.lifecycle, order, 'REFUND_REQUESTED', { role: 'customer', userId }, reason.trim());
    });
  }

  /** Staff approve (refund what is left) or reject (back to the status before the request). */
  async resolveRefund(actor: Actor, orderId: string, approve: boolean, reason: string) {
    return this.change(orderId, async (client, order) => {
      if (order.status !== 'REFUND_REQUESTED') {
        throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[order.status]}，没有待处理的退款申请`, { from: order.status });
      }
      if (approve) {
        const remaining = order.payableFen - order.refundedFen;
        await transition(client, this.lifecycle, order, 'REFUNDED', actor, reason);
        if (remaining === 0) return [];
        const ids = await this.deps.payments.refund(client, order, remaining, reason);
        await addRefunded(client, order.id, remaining, this.deps.now());
        return ids;
      }
      const back = await statusBeforeRefundRequest(client, order.id);
      await client.query(`UPDATE "Order" SET status = $2, "updatedAt" = $3 WHERE id = $1`, [order.id, back, this.deps.now()]);
      await recordOrderEvent(client, order, { from: 'REFUND_REQUESTED', to: back, actor, reason: `驳回退款：${reason}`, at: this.deps.now() });
      order.status = back;
    });
  }

  /** Store workflow: PAID → PICKING → READY_FOR_PICKUP / OUT_FOR_DELIVERY → COMPLETED; staff may cancel (full refund). */
  async advance(actor: Actor, orderId: string, to: OrderStatus, reason: string | null) {
    return this.change(orderId, async (client, order) => {
      if (to === 'CANCELLED') return this.cancelLocked(client, order, actor, reason?.trim() || '门店取消');
      if (to === 'REFUNDED' || to === 'REFUND_REQUESTED' || to === 'PAID') {
        throw new DomainError('INVALID_TRANSITION', `不能直接改为${STATUS_LABEL[to]}`, { from: order.status, to });
      }
      await transition(client, this.lifecycle, order, to, actor, reason?.trim() || STATUS_LABEL[to]);
    });
  }

  /** Items the store cannot supply: released from the reservation and refunded exactly their share. */
  async markOutOfStock(actor: Actor, orderId: string, itemIds: readonly string[], reason: string | null) {
    if (itemIds.length === 0) throw badInput('请选择缺货商品', { field: 'itemIds' });
    return this.change(orderId, async (client, order) => {
      if (order.status !== 'PAID' && order.status !== 'PICKING') {
        throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[order.status]}，不能标记缺货`, { from: order.status });
      }
      const items = await orderItemsOf(client, order.id);
      // A substituted line was supplied (and its difference already refunded).
      const chosen = items.filter((item) => itemIds.includes(item.id) && item.status !== 'OUT_OF_STOCK' && !item.substituted);
      if (chosen.length !== itemIds.length) throw badInput('商品不属于该订单、已换货或已标记缺货', { field: 'itemIds' });
      const remainingItems = items.filter((item) => item.status !== 'OUT_OF_STOCK' && !itemIds.includes(item.id));
      if (remainingItems.length === 0) return this.cancelLocked(client, order, actor, reason?.trim() || '商品全部缺货');
      await markItemsOutOfStock(client, order.id, itemIds);
      await releaseStock(client, order.storeId, chosen);
      const amount = chosen.reduce((sum, item) => sum + lineRefundFen(item), 0);
      const text = `部分缺货退款：${reason?.trim() || '门店缺货'}`;
      await recordOrderEvent(client, order, { from: order.status, to: order.status, actor, reason: text, at: this.deps.now() });
      return this.refundPart(client, order, amount, text);
    });
  }

  /**
   * 换货: a line still to be picked is supplied as another product on sale at the store whose list price
   * for the line's quantity is no more than the shopper paid for the line. Its reservation moves to the substitute, the line counts as
   * picked, and the difference goes back through the same partial refund as an out-of-stock line.
   */
  async substitute(actor: Actor, orderId: string, itemId: string, productId: number) {
    return this.change(orderId, async (client, order) => {
      if (order.status !== 'PICKING') {
        throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[order.status]}，请先接单再换货`, { from: order.status });
      }
      const item = await orderItemOf(client, order.id, itemId);
      if (!item || item.status !== 'PENDING') throw badInput('商品不属于该订单或已处理', { field: 'itemId' });
      if (item.productId === productId) throw badInput('换货商品不能是原商品', { field: 'productId' });
      const [product] = await checkoutProducts(client, order.storeId, [productId]);
      if (!product || !product.active || !product.sold) throw new DomainError('PRODUCT_NOT_SOLD_HERE', '该商品在本店不销售', { productId: String(productId) });
      const paidFen = lineRefundFen(item);
      // The store's list price: the rule the picker sees on the shelf and in the app, the same for every shopper.
      const costFen = product.priceFen * item.quantity;
      if (costFen > paidFen) {
        throw new DomainError('SUBSTITUTE_COSTS_MORE', `「${product.name}」${item.quantity}${product.unit}需¥${yuan(costFen)}，超过顾客为此支付的¥${yuan(paidFen)}`, { costFen, paidFen });
      }
      if (!(await moveReservation(client, order.storeId, item.productId, productId, item.quantity))) {
        throw new DomainError('OUT_OF_STOCK', `「${product.name}」库存不足`, { productId: String(productId) });
      }
      await substituteItem(client, order.id, itemId, { productId, name: product.name });
      const refundFen = paidFen - costFen;
      const text = `换货：「${item.name}」换为「${product.name}」${refundFen > 0 ? `，退还差价¥${yuan(refundFen)}` : ''}`;
      await recordOrderEvent(client, order, { from: order.status, to: order.status, actor, reason: text, at: this.deps.now() });
      return this.refundPart(client, order, refundFen, text);
    });
  }

  /** Gives part of a paid order back (out of stock, substitute difference); nothing for zero. */
  private async refundPart(client: pg.PoolClient, order: LockedOrder, amountFen: number, reason: string): Promise<string[]> {
    if (amountFen === 0) return [];
    const ids = await this.deps.payments.refund(client, order, amountFen, reason);
    await addRefunded(client, order.id, amountFen, this.deps.now());
    return ids;
  }

  /**
   * Cancels unpaid orders older than the payment timeout and releases what they held. Each order is
   * taken with SKIP LOCKED in its own transaction, so any number of instances can run this at once:
   * each order is handled by exactly one of them.
   */
  async expireUnpaidOrders(limit = 100): Promise<{ cancelled: number; paid: number }> {
    const result = { cancelled: 0, paid: 0 };
    for (let i = 0; i < limit; i++) {
      const before = new Date(this.deps.now().getTime() - this.deps.config.ORDER_PAYMENT_TIMEOUT_MINUTES * 60_000);
      let handled: { id: string; status: OrderStatus } | null = null;
      await withTransaction(this.deps.pool, async (client) => {
        const [id] = await expiredUnpaidOrderIds(client, before, 1);
        if (!id) return;
        const order = (await lockOrder(client, id))!;
        if (await this.deps.payments.settleBeforeCancel(client, order)) {
          result.paid++;
        } else {
          await transition(client, this.lifecycle, order, 'CANCELLED', SYSTEM, `超过${this.deps.config.ORDER_PAYMENT_TIMEOUT_MINUTES}分钟未支付，系统自动取消`);
          result.cancelled++;
        }
        handled = { id: order.id, status: order.status };
      });
      if (!handled) break;
      const { id, status } = handled as { id: string; status: OrderStatus };
      this.deps.notifier.statusChanged(id, status);
    }
    if (result.cancelled || result.paid) this.deps.logger.info(result, 'unpaid orders expired');
    return result;
  }
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** What the shopper paid for a line, so what they get back when the store cannot supply it. */
export const lineRefundFen = (item: { lineTotalFen: number; lineDiscountFen: number }) => item.lineTotalFen - item.lineDiscountFen;

/** The applicable coupon taking the most off; on a tie the one expiring first, so the other keeps. */
function bestCoupon(coupons: readonly CouponOption[]): CouponOption | undefined {
  return coupons
    .filter((c) => c.applicable && c.discountFen > 0)
    .sort((a, b) => b.discountFen - a.discountFen || a.validTo.getTime() - b.validTo.getTime())[0];
}

function toCouponRule(held: { id: string; coupon: { name: string; kind: 'AMOUNT_OFF' | 'PERCENT_OFF'; value: number; maxDiscountFen: number | null; minSpendFen: number } }): CouponRule {
  const c = held.coupon;
  return { userCouponId: held.id, name: c.name, kind: c.kind, value: c.value, maxDiscountFen: c.maxDiscountFen, minSpendFen: c.minSpendFen };
}

function couponRefusal(coupon: { validFrom: Date; validTo: Date; storeId: number | null }, storeId: number, now: Date): string | null {
  if (coupon.validTo <= now) return '优惠券已过期';
  if (coupon.validFrom > now) return '优惠券尚未生效';
  if (coupon.storeId !== null && coupon.storeId !== storeId) return '该券仅限指定门店使用';
  return null;
}

/** Canonical form of what was asked: the same key with anything different is another order. */
function hashRequest(input: PlaceOrderInput): string {
  const canonical = {
    storeId: input.storeId,
    items: [...input.items].sort((a, b) => a.productId - b.productId).map((i) => [i.productId, i.quantity]),
    fulfilment: input.fulfilment,
    slotStart: input.slotStart?.toISOString() ?? null,
    address: input.address ? [input.address.contactName, input.address.phone, input.address.detail, input.address.lat, input.address.lng] : null,
    userCouponId: input.userCouponId ?? null,
    pointsToUse: input.pointsToUse ?? 0,
    expectedPayableFen: input.expectedPayableFen,
    qrScene: input.qrScene ?? null,
    note: input.note ?? null,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * The 6-digit pickup code is derived from the order id with a server secret, so it can be shown to
 * the shopper again without being stored; the order keeps only a hash for verification at the till.
 */
export function pickupCode(orderId: string, secret: string): string {
  const digest = createHmac('sha256', secret).update(`pickup:${orderId}`).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

export function pickupCodeHash(orderId: string, code: string): string {
  return createHash('sha256').update(`${orderId}:${code}`).digest('hex');
}
