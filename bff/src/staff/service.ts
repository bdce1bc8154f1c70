import type pg from 'pg';
import type { PrismaClient } from '../db/prisma.ts';
import { releaseAttempt, reserveAttempt, retryAfterSeconds, windowOf, type RateLimit } from '../db/rate-limit.ts';
import { withTransaction } from '../db/transaction.ts';
import type { Order } from '../generated/prisma/client.ts';
import type { OrderStatus } from '../generated/prisma/enums.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import type { Logger } from '../logger.ts';
import type { StaffAssignment } from '../auth/viewer.ts';
import { pointsForPayment, type MemberService, type TillMemberModel } from '../members/service.ts';
import { pickupCodeHash, type CheckoutInput, type PlaceOrderInput, type QuoteModel } from '../orders/service.ts';
import { lockOrder, orderItemsOf } from '../orders/sql.ts';
import { STATUS_LABEL, type Actor } from '../orders/state.ts';
import type { OrderNotifier } from '../orders/messages.ts';
import {
  claimVerification,
  insertTillReceipt,
  liftLock,
  lockedStaff,
  markItemsPicked,
  pickupCandidateByOrderNo,
  pickupCandidates,
  queueOrderIds,
  queueVersion,
  redeemCoupon,
  releaseVerification,
  tillReceiptByNo,
  type PickupCandidate,
  type TillReceiptRow,
} from './sql.ts';
import { readTillToken, signTillToken } from './till-token.ts';
import { UUID } from '../graphql/ids.ts';

/** What staff mode needs of the order platform; OrderService provides it (transitions, refunds, placing go through it). */
export interface StaffOrderPlatform {
  advance(actor: Actor, orderId: string, to: OrderStatus, reason: string | null): Promise<Order>;
  markOutOfStock(actor: Actor, orderId: string, itemIds: readonly string[], reason: string | null): Promise<Order>;
  substitute(actor: Actor, orderId: string, itemId: string, productId: number): Promise<Order>;
  quote(userId: string, input: CheckoutInput): Promise<QuoteModel>;
  placeOrder(userId: string, input: PlaceOrderInput, placedBy?: { staffUserId: string }): Promise<Order>;
}

type TillMembers = Pick<MemberService, 'verifyCode' | 'tillMember' | 'earnForPayment' | 'rules'>;

/** Orders due within this many minutes (and not yet ready) are highlighted. */
export const AT_RISK_MINUTES = 10;
/** Failed pickup-code attempts one staff account may make per window (README: the pickup lock). */
export const PICKUP_ATTEMPTS = { limit: 5, windowSeconds: 600 } as const;
const PICKUP_LOCK_KEY = 'pickup-failed:';
const pickupAttempts = (staffUserId: string): RateLimit => ({ key: `${PICKUP_LOCK_KEY}${staffUserId}`, ...PICKUP_ATTEMPTS });
const minutes = (seconds: number) => Math.ceil(seconds / 60);
/** How far back a typed code is matched against orders of the store. */
const PICKUP_LOOKBACK_DAYS = 7;
const TILL_SESSION_MINUTES = 10;
const MAX_TILL_AMOUNT_FEN = 10_000_000;
const QUEUE_LIMIT = 200;
const DAY_MS = 86_400_000;

export interface QueueEntryModel {
  order: Order;
  ageMinutes: number;
  minutesLeft: number;
  atRisk: boolean;
  late: boolean;
}

export interface QueueModel {
  cursor: string;
  changed: boolean;
  entries: QueueEntryModel[];
  serverTime: Date;
}

export type TillReceiptModel = TillReceiptRow & { pointsBalance: number };

export interface TillSessionModel {
  member: TillMemberModel;
  tillToken: string;
  expiresAt: Date;
  coupons: Array<{ userCouponId: string; name: string; minSpendFen: number; validTo: Date }>;
}

const staffActor = (userId: string): Actor => ({ role: 'staff', userId });

/** 代客下单: the customer (till session or phone) and the lines, for a pickup order at the store. */
export interface StaffOrderInput {
  storeId: number;
  tillToken?: string | null;
  phone?: string | null;
  items: Array<{ productId: number; quantity: number }>;
  note?: string | null;
}

export interface StaffQuoteModel {
  member: TillMemberModel;
  quote: QuoteModel;
}

const staffCheckout = (input: StaffOrderInput): CheckoutInput => ({ storeId: input.storeId, items: input.items, fulfilment: 'PICKUP', note: input.note ?? null });

export function checkIds(ids: readonly string[], field: string): void {
  if (ids.length === 0) throw badInput('请选择商品', { field });
  if (ids.some((id) => !UUID.test(id))) throw badInput('商品行编号不正确', { field });
}

/**
 * Staff mode: the store's side of orders (queue, picking, handover), pickup verification, the
 * member at the till and 代客下单. Authorization (staff of which store, which role) is checked by
 * the resolvers before any of this runs; every method is given the store it acts in.
 */
/**
 * A till purchase's points, once per (store, receipt number), whichever way the receipt arrived (a
 * clerk's scan, or the till through the integration API): a repeat returns the first earning, a
 * repeat with another member or amount is refused.
 */
export async function earnForTillReceipt(
  client: pg.PoolClient,
  members: Pick<MemberService, 'earnForPayment' | 'rules'>,
  r: { storeId: number; receiptNo: string; memberId: string; amountFen: number; staffUserId: string | null; at: Date },
): Promise<TillReceiptRow> {
  const pointsEarned = pointsForPayment(r.amountFen, members.rules);
  const inserted = await insertTillReceipt(client, { ...r, pointsEarned });
  if (!inserted) {
    const first = (await tillReceiptByNo(client, r.storeId, r.receiptNo))!;
    if (first.memberId !== r.memberId || first.amountFen !== r.amountFen) {
      throw new DomainError('CONFLICT', `小票${r.receiptNo}已登记过另一笔消费（¥${(first.amountFen / 100).toFixed(2)}），请核对小票号`, { field: 'receiptNo' });
    }
    return first;
  }
  await members.earnForPayment(r.memberId, r.amountFen, { refType: 'TILL_RECEIPT', refId: inserted.id, reason: `门店消费 小票${r.receiptNo}` }, { tx: client });
  return inserted;
}

export class StaffService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      orders: StaffOrderPlatform;
      members: TillMembers;
      notifier: Pick<OrderNotifier, 'itemsOutOfStock'>;
      tillKey: string;
      logger: Logger;
      now: () => Date;
    },
  ) {}

  /** The stores these assignments reach (every active store for a chain-wide one), with what they allow at each. */
  async stores(assignments: readonly StaffAssignment[]) {
    const chain = assignments.find((assignment) => assignment.storeId === null);
    const stores = await this.deps.prisma.store.findMany({
      where: chain ? { active: true } : { id: { in: assignments.map((assignment) => assignment.storeId!) } },
      select: { id: true, name: true },
      orderBy: { id: 'asc' },
    });
    return stores.map((store) => {
      const here = assignments.filter((assignment) => assignment.storeId === store.id || assignment.storeId === null);
      const own = here.find((assignment) => assignment.storeId === store.id) ?? chain!;
      return { storeId: store.id, name: store.name, roleName: own.roleName, permissions: [...new Set(here.flatMap((assignment) => assignment.permissions))] };
    });
  }

  /** The store an order belongs to, for the authorization check; NOT_FOUND hides nothing a guess could use. */
  async storeOfOrder(orderId: string): Promise<number> {
    const order = UUID.test(orderId) ? await this.deps.prisma.order.findUnique({ where: { id: orderId }, select: { storeId: true } }) : null;
    if (!order) throw notFound('订单不存在');
    return order.storeId;
  }

  order(orderId: string): Promise<Order> {
    return this.deps.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  }

  // ---------------------------------------------------------------- queue

  async queue(storeId: number, cursor: string | null | undefined): Promise<QueueModel> {
    const now = this.deps.now();
    const version = await queueVersion(this.deps.pool, storeId);
    if (cursor === version) return { cursor: version, changed: false, entries: [], serverTime: now };
    const ids = await queueOrderIds(this.deps.pool, storeId, QUEUE_LIMIT);
    const byId = new Map((await this.deps.prisma.order.findMany({ where: { id: { in: ids } } })).map((order) => [order.id, order]));
    const entries: QueueEntryModel[] = ids.map((id) => {
      const order = byId.get(id)!;
      const minutesLeft = Math.floor((order.promiseEnd.getTime() - now.getTime()) / 60_000);
      const toDo = order.status === 'PAID' || order.status === 'PICKING';
      return {
        order,
        ageMinutes: Math.max(0, Math.floor((now.getTime() - (order.paidAt ?? order.createdAt).getTime()) / 60_000)),
        minutesLeft,
        atRisk: toDo && minutesLeft < AT_RISK_MINUTES,
        late: toDo && order.promiseEnd < now,
      };
    });
    return { cursor: version, changed: true, entries, serverTime: now };
  }

  // ---------------------------------------------------------------- picking and handover

  accept(staffUserId: string, orderId: string) {
    return this.deps.orders.advance(staffActor(staffUserId), orderId, 'PICKING', '店员接单');
  }

  async markPicked(orderId: string, itemIds: readonly string[]) {
    checkIds(itemIds, 'itemIds');
    await withTransaction(this.deps.pool, async (client) => {
      const order = await lockOrder(client, orderId);
      if (!order) throw notFound('订单不存在');
      if (order.status !== 'PICKING') throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[order.status]}，请先接单再拣货`, { from: order.status });
      const pending = new Set((await orderItemsOf(client, orderId)).filter((item) => item.status === 'PENDING').map((item) => item.id));
      if (itemIds.some((id) => !pending.has(id))) throw badInput('商品不属于该订单或已处理', { field: 'itemIds' });
      await markItemsPicked(client, orderId, itemIds, this.deps.now());
    });
    return this.order(orderId);
  }

  async markOutOfStock(staffUserId: string, orderId: string, itemIds: readonly string[], reason: string | null) {
    checkIds(itemIds, 'itemIds');
    const before = await this.order(orderId);
    const after = await this.deps.orders.markOutOfStock(staffActor(staffUserId), orderId, itemIds, reason);
    // A fully out-of-stock order is cancelled, and the status message already says so.
    if (after.status !== 'CANCELLED') this.deps.notifier.itemsOutOfStock(orderId, after.refundedFen - before.refundedFen);
    return after;
  }

  substitute(staffUserId: string, orderId: string, itemId: string, productId: number) {
    checkIds([itemId], 'itemId');
    return this.deps.orders.substitute(staffActor(staffUserId), orderId, itemId, productId);
  }

  /** Picking done: ready for the shopper, or handed to the courier. */
  async ready(staffUserId: string, orderId: string) {
    const order = await this.order(orderId);
    const unpicked = (await orderItemsOf(this.deps.pool, orderId)).filter((item) => item.status === 'PENDING').length;
    if (order.status === 'PICKING' && unpicked > 0) {
      throw new DomainError('INVALID_TRANSITION', `还有${unpicked}件商品未拣货或标记缺货`, { from: order.status, reason: 'ITEMS_NOT_PICKED' });
    }
    const to = order.fulfilment === 'PICKUP' ? 'READY_FOR_PICKUP' : 'OUT_FOR_DELIVERY';
    return this.deps.orders.advance(staffActor(staffUserId), orderId, to, to === 'READY_FOR_PICKUP' ? '拣货完成，待顾客取货' : '已交给骑手配送');
  }

  async completeDelivery(staffUserId: string, orderId: string) {
    const order = await this.order(orderId);
    if (order.fulfilment !== 'DELIVERY') throw new DomainError('INVALID_TRANSITION', '自提订单请核销取货码完成', { from: order.status, reason: 'PICKUP_NEEDS_CODE' });
    return this.deps.orders.advance(staffActor(staffUserId), orderId, 'COMPLETED', '骑手已送达');
  }

  // ---------------------------------------------------------------- pickup verification

  /**
   * Finds the order of a pickup code for staff of `storeId`, refusing clearly when it cannot be
   * handed over here. Every refusal except a malformed code counts against the staff account, and
   * says how many attempts are left. The attempt is taken before the code is checked, so a burst of
   * requests cannot check more codes than the lock allows; a right code gives its attempt back.
   */
  async lookupPickup(staffUserId: string, storeId: number, code: string): Promise<Order> {
    const parsed = parsePickupCode(code);
    const now = this.deps.now();
    const attempts = pickupAttempts(staffUserId);
    const attempt = await reserveAttempt(this.deps.pool, attempts, now);
    if (attempt === null) {
      const retryAfter = retryAfterSeconds(attempts, now);
      throw new DomainError('RATE_LIMITED', `核销失败次数过多，已锁定，请${minutes(retryAfter)}分钟后再试，或请店长解锁`, {
        reason: 'PICKUP_LOCKED',
        retryAfterSeconds: retryAfter,
        remainingAttempts: 0,
      });
    }
    let order: Order;
    try {
      order = await this.order((await this.matchPickup(storeId, parsed, now)).id);
    } catch (error) {
      if (error instanceof DomainError) throw withRemainingAttempts(error, attempts.limit - attempt, retryAfterSeconds(attempts, now));
      await releaseAttempt(this.deps.pool, attempts, now);
      throw error;
    }
    await releaseAttempt(this.deps.pool, attempts, now);
    return order;
  }

  private async matchPickup(storeId: number, parsed: { orderNo: string | null; code: string }, now: Date): Promise<PickupCandidate> {
    const hashMatches = (c: PickupCandidate) => c.pickupCodeHash === pickupCodeHash(c.id, parsed.code);
    let matches: PickupCandidate[];
    if (parsed.orderNo) {
      const candidate = await pickupCandidateByOrderNo(this.deps.pool, parsed.orderNo);
      matches = candidate && hashMatches(candidate) ? [candidate] : [];
    } else {
      matches = (await pickupCandidates(this.deps.pool, [storeId], new Date(now.getTime() - PICKUP_LOOKBACK_DAYS * DAY_MS))).filter(hashMatches);
    }
    if (matches.length === 0) throw new DomainError('PICKUP_CODE_INVALID', '取货码无效，请核对后重试');
    const here = matches.filter((c) => c.storeId === storeId);
    if (here.length === 0) throw new DomainError('FORBIDDEN', '这是其他门店的订单，请顾客到下单门店取货', { reason: 'OTHER_STORE' });
    // Six digits can collide between orders of one store; an order waiting for handover wins, and two such need the QR.
    const ready = here.filter((c) => c.status === 'READY_FOR_PICKUP');
    if (ready.length > 1) throw new DomainError('CONFLICT', '取货码对应多个订单，请扫描顾客的取货二维码', { reason: 'AMBIGUOUS_CODE' });
    const match = ready[0] ?? here.find((c) => c.status === 'PAID' || c.status === 'PICKING') ?? here[0]!;
    if (match.status === 'COMPLETED' || match.verifiedAt) throw new DomainError('INVALID_TRANSITION', '该订单已取货，请勿重复核销', { reason: 'ALREADY_COLLECTED', from: match.status });
    if (match.status === 'CANCELLED' || match.status === 'REFUNDED' || match.status === 'REFUND_REQUESTED') {
      throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[match.status]}，不能取货`, { reason: 'CANCELLED', from: match.status });
    }
    // Placing a pickup order stores its expiry (PICKUP_HOLD_HOURS after the promise); a code without one is never honoured.
    if (!match.pickupCodeExpiresAt || match.pickupCodeExpiresAt <= now) throw new DomainError('PICKUP_CODE_EXPIRED', '取货码已过期，请联系门店处理');
    if (match.status !== 'READY_FOR_PICKUP') throw new DomainError('INVALID_TRANSITION', `订单${STATUS_LABEL[match.status]}，请拣货完成后再交付`, { reason: 'NOT_READY', from: match.status });
    return match;
  }

  /** Verifies and hands over: the order records who verified it and when, then completes through the state machine. */
  async confirmPickup(staffUserId: string, storeId: number, code: string): Promise<Order> {
    const order = await this.lookupPickup(staffUserId, storeId, code);
    const at = this.deps.now();
    if (!(await claimVerification(this.deps.pool, order.id, staffUserId, at))) {
      throw new DomainError('INVALID_TRANSITION', '该订单已取货，请勿重复核销', { reason: 'ALREADY_COLLECTED', from: order.status });
    }
    try {
      return await this.deps.orders.advance(staffActor(staffUserId), order.id, 'COMPLETED', '顾客凭取货码取货');
    } catch (error) {
      await releaseVerification(this.deps.pool, order.id, staffUserId);
      throw error;
    }
  }

  // ---------------------------------------------------------------- the member at the till

  async scanMember(staffUserId: string, storeId: number, code: string): Promise<TillSessionModel> {
    const member = await this.deps.members.verifyCode(code);
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + TILL_SESSION_MINUTES * 60_000);
    return {
      member,
      tillToken: signTillToken(this.deps.tillKey, { memberId: member.memberId, storeId, staffUserId, expiresAt }),
      expiresAt,
      coupons: await this.tillCoupons(member.memberId, storeId, now),
    };
  }

  private async tillCoupons(memberId: string, storeId: number, now: Date) {
    const held = await this.deps.prisma.userCoupon.findMany({
      where: { user: { member: { id: memberId } }, status: 'AVAILABLE', coupon: { validFrom: { lte: now }, validTo: { gt: now }, OR: [{ storeId: null }, { storeId }] } },
      include: { coupon: true },
      orderBy: { claimedAt: 'asc' },
    });
    return held.map((c) => ({ userCouponId: c.id, name: c.coupon.name, minSpendFen: c.coupon.minSpendFen, validTo: c.coupon.validTo }));
  }

  /**
   * The member of a till session, for the clerk and store that scanned the card. A session used
   * elsewhere says so: the card code it came from is spent, so "scan again" means a fresh code.
   */
  private tillMember(staffUserId: string, storeId: number, tillToken: string): string {
    const claims = readTillToken(this.deps.tillKey, tillToken);
    if (!claims || claims.expiresAt <= this.deps.now()) {
      throw new DomainError('MEMBER_CODE_INVALID', '会员识别已失效，请重新扫描会员码', { field: 'tillToken' });
    }
    if (claims.storeId !== storeId) {
      throw new DomainError('MEMBER_SESSION_OTHER_STORE', '此会员码由其他门店识别，请会员出示新的会员码后在本店扫描', { field: 'tillToken' });
    }
    if (claims.staffUserId !== staffUserId) {
      throw new DomainError('MEMBER_SESSION_OTHER_STAFF', '此会员码由其他店员识别，请由该店员继续操作，或请会员出示新的会员码', { field: 'tillToken' });
    }
    return claims.memberId;
  }

  /** Points for a till purchase, once per (store, receipt number): a retry returns the first result. */
  async tillEarn(staffUserId: string, storeId: number, tillToken: string, receiptNo: string, amountFen: number): Promise<TillReceiptModel> {
    const memberId = this.tillMember(staffUserId, storeId, tillToken);
    const receipt = receiptNo.trim();
    if (!/^[A-Za-z0-9-]{4,32}$/.test(receipt)) throw badInput('小票号为4到32位字母、数字或-', { field: 'receiptNo' });
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0 || amountFen > MAX_TILL_AMOUNT_FEN) throw badInput('消费金额必须是大于0的整数（分）', { field: 'amountFen' });
    const at = this.deps.now();
    const row = await withTransaction(this.deps.pool, (client) =>
      earnForTillReceipt(client, this.deps.members, { storeId, receiptNo: receipt, memberId, amountFen, staffUserId, at }),
    );
    const member = await this.deps.prisma.member.findUniqueOrThrow({ where: { id: memberId }, select: { pointsBalance: true } });
    return { ...row, pointsBalance: member.pointsBalance };
  }

  async redeemCoupon(staffUserId: string, storeId: number, tillToken: string, userCouponId: string) {
    const memberId = this.tillMember(staffUserId, storeId, tillToken);
    if (!UUID.test(userCouponId)) throw badInput('优惠券编号不正确', { field: 'userCouponId' });
    const { userId } = await this.deps.prisma.member.findUniqueOrThrow({ where: { id: memberId }, select: { userId: true } });
    const at = this.deps.now();
    const used = await redeemCoupon(this.deps.pool, userCouponId, userId, storeId, at);
    if (!used) {
      const held = await this.deps.prisma.userCoupon.findFirst({ where: { id: userCouponId, userId }, include: { coupon: true } });
      if (!held) throw notFound('该会员没有这张优惠券');
      const reason =
        held.status === 'EXPIRED' || held.coupon.validTo <= at ? '优惠券已过期' : held.status !== 'AVAILABLE' ? '优惠券已使用' : '该券不能在本店使用';
      throw new DomainError('COUPON_NOT_APPLICABLE', reason, { reason: held.status === 'AVAILABLE' ? 'NOT_APPLICABLE' : held.status });
    }
    this.deps.logger.info({ userCouponId, memberId, storeId, staffUserId }, 'coupon redeemed at till');
    return { userCouponId: used.id, name: used.name, minSpendFen: used.minSpendFen, validTo: used.validTo };
  }

  // ---------------------------------------------------------------- 代客下单

  /**
   * What 代客下单 would charge, priced exactly as the shopper's checkout prices a pickup order for
   * this member (member price, promotions, the earliest pickup slot); the clerk shows it before placing.
   */
  async quote(staffUserId: string, input: StaffOrderInput): Promise<StaffQuoteModel> {
    const customerUserId = await this.customerOf(staffUserId, input);
    const [member, quote] = await Promise.all([this.deps.members.tillMember(customerUserId), this.deps.orders.quote(customerUserId, staffCheckout(input))]);
    return { member: member!, quote };
  }

  /**
   * Places it at the quote the customer agreed to at the counter (expectedPayableFen, PRICE_CHANGED
   * when the price moved since); without one, at today's quote.
   */
  async placeOrder(staffUserId: string, input: StaffOrderInput & { idempotencyKey: string; expectedPayableFen?: number | null }): Promise<Order> {
    const customerUserId = await this.customerOf(staffUserId, input);
    const checkout = staffCheckout(input);
    const expectedPayableFen = input.expectedPayableFen ?? (await this.deps.orders.quote(customerUserId, checkout)).pricing.payableFen;
    const order = await this.deps.orders.placeOrder(customerUserId, { ...checkout, idempotencyKey: input.idempotencyKey, expectedPayableFen }, { staffUserId });
    return this.order(order.id);
  }

  /** The customer's account: the member of the till session, else the one member with this phone. */
  private async customerOf(staffUserId: string, input: { storeId: number; tillToken?: string | null; phone?: string | null }): Promise<string> {
    if (input.tillToken) {
      const memberId = this.tillMember(staffUserId, input.storeId, input.tillToken);
      return (await this.deps.prisma.member.findUniqueOrThrow({ where: { id: memberId }, select: { userId: true } })).userId;
    }
    const phone = input.phone?.trim() ?? '';
    if (!/^1\d{10}$/.test(phone)) throw badInput('请扫描会员码或输入11位手机号', { field: 'phone' });
    const members = await this.deps.prisma.member.findMany({ where: { OR: [{ phone }, { user: { phone } }] }, select: { userId: true }, take: 2 });
    if (members.length === 0) throw notFound('没有找到该手机号的会员', { field: 'phone' });
    if (members.length > 1) throw new DomainError('CONFLICT', '该手机号对应多个会员，请扫描会员码', { field: 'phone' });
    return members[0]!.userId;
  }

  // ---------------------------------------------------------------- manager

  /** Staff of the store whose pickup checks are locked now, and until when the lock lasts by itself. */
  async pickupLocks(storeId: number) {
    const window = windowOf({ key: PICKUP_LOCK_KEY, ...PICKUP_ATTEMPTS }, this.deps.now());
    const locked = await lockedStaff(this.deps.pool, storeId, PICKUP_LOCK_KEY, window.start, PICKUP_ATTEMPTS.limit);
    return locked.map((row) => ({ ...row, lockedUntil: window.end }));
  }

  /**
   * A manager ends another staff account's pickup lock at once (recorded: who, whose, when, how many
   * wrong codes). Not their own: the lock guards against guessing, and a second person decides.
   */
  async liftPickupLock(managerUserId: string, storeId: number, staffUserId: string) {
    if (!UUID.test(staffUserId)) throw badInput('店员编号不正确', { field: 'staffUserId' });
    if (staffUserId === managerUserId) throw new DomainError('FORBIDDEN', '不能为自己解锁，请其他店长操作', { reason: 'OWN_LOCK' });
    const member = await this.deps.prisma.staffMembership.findUnique({ where: { userId_storeId: { userId: staffUserId, storeId } }, select: { id: true } });
    if (!member) throw notFound('本店没有这位店员', { field: 'staffUserId' });
    const at = this.deps.now();
    const attempts = pickupAttempts(staffUserId);
    const lift = await liftLock(this.deps.pool, { key: attempts.key, windowStart: windowOf(attempts, at).start, limit: attempts.limit, storeId, staffUserId, liftedByUserId: managerUserId, at });
    if (!lift) throw new DomainError('INVALID_TRANSITION', '该店员的核销没有被锁定', { reason: 'NOT_LOCKED' });
    this.deps.logger.info({ storeId, staffUserId, liftedByUserId: managerUserId, failedAttempts: lift.failedAttempts }, 'pickup lock lifted');
    return lift;
  }
}

/** A counted refusal, telling the clerk how many attempts are left before the lock (and about the lock once there). */
function withRemainingAttempts(error: DomainError, remaining: number, retryAfter: number): DomainError {
  const note = remaining > 0 ? `（还可尝试${remaining}次）` : `（错误次数已达上限，核销已锁定${minutes(retryAfter)}分钟，可请店长解锁）`;
  return new DomainError(error.code, `${error.message}${note}`, { ...error.details, remainingAttempts: remaining });
}

/** A typed 6-digit code, or the pickup QR content `PICKUP:<orderNo>:<code>`. */
export function parsePickupCode(input: string): { orderNo: string | null; code: string } {
  const text = input.trim();
  if (/^\d{6}$/.test(text)) return { orderNo: null, code: text };
  const qr = /^PICKUP:(\d{10,32}):(\d{6})$/.exec(text);
  if (qr) return { orderNo: qr[1]!, code: qr[2]! };
  throw badInput('取货码应为6位数字', { field: 'code' });
}
