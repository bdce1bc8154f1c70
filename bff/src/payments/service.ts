import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { withTransaction, type Queryable } from '../db/transaction.ts';
import { badInput, DomainError, notFound } from '../graphql/errors.ts';
import { UUID } from '../graphql/ids.ts';
import type { Logger } from '../logger.ts';
import type { Ledger } from '../members/ledger.ts';
import { transition, type LifecycleDeps } from '../orders/lifecycle.ts';
import type { OrderNotifier } from '../orders/messages.ts';
import type { OrderPayments } from '../orders/service.ts';
import { lockOrder, type LockedOrder } from '../orders/sql.ts';
import {
  WechatPayApiError,
  type NotificationHeaders,
  type RequestPaymentParams,
  type WechatPayClient,
  type WechatPayRefund,
  type WechatPayRefundNotice,
  type WechatPayErrorKind,
  type WechatPayTransaction,
} from '../wechat/index.ts';
import {
  closePayment,
  insertPayment,
  insertRefund,
  lockPaymentByOutTradeNo,
  markPaymentSucceeded,
  openWechatPayment,
  orderIdOfPayment,
  processingRefunds,
  recordNotification,
  refundablePayments,
  refundByOutRefundNo,
  refundsToSend,
  setPrepayId,
  setRefundStatus,
  failedRefundById,
  markRefundHandled,
  unhandledFailedRefunds,
  type FailedRefundRow,
  type RefundablePayment,
} from './sql.ts';

export type PaymentResult = { kind: 'WECHAT'; params: RequestPaymentParams } | { kind: 'PAID' };

/** Outcome of one notification, for the HTTP answer and the log. */
export type NotificationOutcome = 'APPLIED' | 'DUPLICATE' | 'IGNORED';

const WECHAT_ACTOR = { role: 'wechatpay' as const, userId: null };

/**
 * Money in and out of an order: WeChat Pay v3 JSAPI (prepay, signed notification, query fallback,
 * refunds with their own notifications and query fallback) and stored value. A payment is confirmed only from a verified notification or from
 * querying WeChat Pay, never from what the client says.
 */
export class PaymentService implements OrderPayments {
  private readonly lifecycle: LifecycleDeps;

  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      pool: pg.Pool;
      /** null when WeChat Pay is not configured (development without the mock) */
      pay: WechatPayClient | null;
      ledger: Ledger;
      notifier: OrderNotifier;
      config: Pick<Config, 'POINTS_PER_YUAN' | 'POINTS_REFUND_WINDOW_DAYS' | 'ORDER_PAYMENT_TIMEOUT_MINUTES'>;
      logger: Logger;
      now: () => Date;
    },
  ) {
    this.lifecycle = { ledger: deps.ledger, config: deps.config, now: deps.now };
  }

  private get pay(): WechatPayClient {
    if (!this.deps.pay) throw new DomainError('UPSTREAM_ERROR', '微信支付暂不可用，请使用储值支付');
    return this.deps.pay;
  }

  private async ownPendingOrder(userId: string, orderId: string) {
    const order = /^[0-9a-f-]{36}$/i.test(orderId)
      ? await this.deps.prisma.order.findUnique({ where: { id: orderId }, include: { user: true, store: { select: { name: true } } } })
      : null;
    if (!order || order.userId !== userId) throw notFound('订单不存在');
    if (order.status !== 'PENDING_PAYMENT') throw new DomainError('INVALID_TRANSITION', '订单不是待支付状态', { from: order.status, to: 'PAID' });
    return order;
  }

  /** Prepay with WeChat Pay; the mini-program passes the result to Taro.requestPayment. Repeating it reuses the prepay order. */
  async payWithWechat(userId: string, orderId: string): Promise<PaymentResult> {
    const order = await this.ownPendingOrder(userId, orderId);
    if (order.payableFen === 0) return this.payNothing(order.id);
    const pay = this.pay;
    let payment = await openWechatPayment(this.deps.pool, order.id);
    if (!payment) {
      const id = await insertPayment(this.deps.pool, { orderId: order.id, method: 'WECHAT_PAY', status: 'CREATED', amountFen: order.payableFen, outTradeNo: order.orderNo, at: this.deps.now() });
      payment = { id, outTradeNo: order.orderNo, prepayId: null };
    }
    if (!payment.prepayId) {
      try {
        const { prepayId } = await pay.createJsapiPrepay({
          outTradeNo: payment.outTradeNo,
          description: `${order.store.name}-订单${order.orderNo}`.slice(0, 127),
          amountTotal: order.payableFen,
          payerOpenid: order.user.openid,
          timeExpire: new Date(order.createdAt.getTime() + this.deps.config.ORDER_PAYMENT_TIMEOUT_MINUTES * 60_000),
        });
        await setPrepayId(this.deps.pool, payment.id, prepayId);
        payment.prepayId = prepayId;
      } catch (error) {
        if (error instanceof WechatPayApiError) {
          this.deps.logger.error({ err: error, orderId }, 'WeChat Pay prepay failed');
          throw new DomainError('UPSTREAM_ERROR', '微信支付暂时不可用，请稍后再试', { wechatCode: error.code });
        }
        throw error;
      }
    }
    return { kind: 'WECHAT', params: pay.buildRequestPaymentParams(payment.prepayId) };
  }

  /** An order that points and coupons paid in full: nothing to charge. */
  private async payNothing(orderId: string): Promise<PaymentResult> {
    await withTransaction(this.deps.pool, async (client) => {
      const order = (await lockOrder(client, orderId))!;
      await transition(client, this.lifecycle, order, 'PAID', { role: 'system', userId: null }, '0元订单，无需支付');
    });
    this.deps.notifier.statusChanged(orderId, 'PAID');
    return { kind: 'PAID' };
  }

  /**
   * Pays from the member's balance. A WeChat Pay transaction the shopper opened for the order is
   * closed first (as a cancel does), under the order's lock, so the order can never be paid twice:
   * when WeChat says it was paid meanwhile, that payment stands and nothing is taken from the balance;
   * when WeChat cannot be reached, nothing is paid (UPSTREAM_ERROR, reason WECHAT_PAYMENT_OPEN).
   */
  async payWithStoredValue(userId: string, orderId: string): Promise<PaymentResult> {
    const pending = await this.ownPendingOrder(userId, orderId);
    if (pending.payableFen === 0) return this.payNothing(pending.id);
    const paidByWechat = await withTransaction(this.deps.pool, async (client) => {
      const order = (await lockOrder(client, orderId))!;
      if (!order.memberId) throw new DomainError('INSUFFICIENT_BALANCE', '开通会员并充值后才能使用储值支付', { available: 0 });
      if (order.status !== 'PENDING_PAYMENT') throw new DomainError('INVALID_TRANSITION', '订单不是待支付状态', { from: order.status, to: 'PAID' });
      if (await this.closeWechatBeforeStoredValue(client, order)) return true;
      const at = this.deps.now();
      await this.deps.ledger.postStoredValue('PAYMENT', order.memberId, -order.payableFen, { refType: 'ORDER', refId: order.id, reason: `订单${order.orderNo}支付` }, { tx: client });
      await insertPayment(client, { orderId: order.id, method: 'STORED_VALUE', status: 'SUCCEEDED', amountFen: order.payableFen, outTradeNo: `${order.orderNo}SV`, at });
      await transition(client, this.lifecycle, order, 'PAID', { role: 'customer', userId }, '储值支付');
      return false;
    });
    this.deps.notifier.statusChanged(orderId, 'PAID');
    if (paidByWechat) throw new DomainError('INVALID_TRANSITION', '订单已用微信支付完成，未扣储值', { from: 'PAID', to: 'PAID', reason: 'PAID_BY_WECHAT' });
    return { kind: 'PAID' };
  }

  /** true when the open WeChat transaction turned out paid (now applied to the order). */
  private async closeWechatBeforeStoredValue(client: pg.PoolClient, order: LockedOrder): Promise<boolean> {
    try {
      return await this.settleBeforeCancel(client, order);
    } catch (error) {
      if (!(error instanceof WechatPayApiError)) throw error;
      this.deps.logger.warn({ err: error, orderId: order.id }, 'open WeChat Pay transaction not closed; stored-value payment refused');
      throw new DomainError('UPSTREAM_ERROR', '微信支付尚未关闭，暂不能用储值支付，请稍后再试或继续微信支付', { reason: 'WECHAT_PAYMENT_OPEN' });
    }
  }

  /**
   * The notification endpoint's work: verify the signature (with its timestamp window) and decrypt,
   * then apply at most once per notification id. Payments (TRANSACTION.SUCCESS) and refunds
   * (REFUND.SUCCESS / ABNORMAL / CLOSED) arrive at the same URL. Throws WechatPayNotificationError
   * for anything that must not be trusted.
   */
  async handleNotification(headers: NotificationHeaders, rawBody: Buffer): Promise<NotificationOutcome> {
    const notification = this.pay.verifyAndDecryptNotification<unknown>({ headers, rawBody, now: this.deps.now().getTime() });
    if (notification.eventType === 'TRANSACTION.SUCCESS') return this.applyTransaction(notification.resource as WechatPayTransaction, notification.id);
    if (REFUND_EVENTS.has(notification.eventType)) return this.applyRefundNotice(notification.resource as WechatPayRefundNotice, notification.id, notification.eventType);
    this.deps.logger.info({ id: notification.id, eventType: notification.eventType }, 'WeChat Pay notification ignored');
    return 'IGNORED';
  }

  /** A refund's final outcome from WeChat Pay; a repeated or late one changes nothing. */
  private async applyRefundNotice(notice: WechatPayRefundNotice, notificationId: string, eventType: string): Promise<NotificationOutcome> {
    return withTransaction(this.deps.pool, async (client) => {
      if (!(await recordNotification(client, notificationId, eventType, this.deps.now()))) return 'DUPLICATE' as const;
      const refund = await refundByOutRefundNo(client, notice.out_refund_no);
      if (!refund) {
        this.deps.logger.error({ outRefundNo: notice.out_refund_no }, 'WeChat refund notification for an unknown out_refund_no');
        return 'IGNORED' as const;
      }
      if (notice.amount?.refund !== refund.amountFen) {
        this.deps.logger.error({ outRefundNo: notice.out_refund_no, expected: refund.amountFen, got: notice.amount?.refund }, 'WeChat refund amount mismatch');
        return 'IGNORED' as const;
      }
      return (await this.recordRefundOutcome(client, refund.id, notice.refund_status)) ? ('APPLIED' as const) : ('DUPLICATE' as const);
    });
  }

  /**
   * What WeChat Pay says about a refund (answer to the request, a query or a notification), recorded.
   * ABNORMAL (e.g. the shopper's card was closed) and CLOSED need a person: the money did not go back.
   */
  private async recordRefundOutcome(db: Queryable, refundId: string, status: WechatPayRefund['status']): Promise<boolean> {
    if (status === 'SUCCESS' || status === 'PROCESSING') return setRefundStatus(db, refundId, status === 'SUCCESS' ? 'SUCCEEDED' : 'PROCESSING', this.deps.now(), null);
    return this.failRefund(db, refundId, status === 'CLOSED' ? '微信支付关闭了这笔退款' : '微信支付退款异常（如顾客的银行卡已注销）', { status });
  }

  private async failRefund(db: Queryable, refundId: string, failureReason: string, logged: Record<string, unknown>): Promise<boolean> {
    const changed = await setRefundStatus(db, refundId, 'FAILED', this.deps.now(), failureReason);
    if (changed) this.deps.logger.error({ refundId, ...logged }, 'WeChat refund did not go through');
    return changed;
  }

  /**
   * Applies a successful transaction (from a notification or a query). Idempotent twice over: the
   * notification id is recorded once, and a payment already SUCCEEDED is not applied again.
   */
  private async applyTransaction(tx: WechatPayTransaction, notificationId: string | null, outer?: pg.PoolClient): Promise<NotificationOutcome> {
    let refunds: string[] = [];
    let paidOrder: string | null = null;
    const outcome = await withTransaction(
      this.deps.pool,
      async (client) => {
        if (notificationId && !(await recordNotification(client, notificationId, 'TRANSACTION.SUCCESS', this.deps.now()))) return 'DUPLICATE' as const;
        if (tx.trade_state !== 'SUCCESS') return 'IGNORED' as const;
        const orderId = await orderIdOfPayment(client, tx.out_trade_no);
        // The order first, then its payment: the order's own paths (cancel, refunds) lock in that order too.
        const order = orderId ? await lockOrder(client, orderId) : undefined;
        const payment = order ? await lockPaymentByOutTradeNo(client, tx.out_trade_no) : undefined;
        if (!order || !payment || payment.method !== 'WECHAT_PAY') {
          this.deps.logger.error({ outTradeNo: tx.out_trade_no }, 'WeChat Pay success for an unknown out_trade_no');
          return 'IGNORED' as const;
        }
        if (payment.status === 'SUCCEEDED') return 'DUPLICATE' as const;
        if (tx.amount.total !== payment.amountFen) {
          // Signed by WeChat yet not what we asked for: never mark paid on a mismatch; needs a human.
          this.deps.logger.error({ outTradeNo: tx.out_trade_no, expected: payment.amountFen, got: tx.amount.total }, 'WeChat Pay amount mismatch');
          return 'IGNORED' as const;
        }
        await markPaymentSucceeded(client, payment.id, tx.transaction_id ?? null, tx.success_time ? new Date(tx.success_time) : this.deps.now());
        if (order.status === 'PENDING_PAYMENT') {
          await transition(client, this.lifecycle, order, 'PAID', WECHAT_ACTOR, '微信支付成功');
          paidOrder = order.id;
        } else {
          // Paid after the order was cancelled, or after it was paid another way: this payment, and
          // only this one, goes back whole to where it came from.
          this.deps.logger.warn({ orderId: order.id, status: order.status }, 'payment for an order that is no longer pending; refunding');
          const reason = order.status === 'CANCELLED' ? '订单已取消，自动退款' : '订单已用其他方式支付，自动退还重复付款';
          refunds = await this.refundPayment(client, order, { id: payment.id, method: 'WECHAT_PAY' }, payment.amountFen, reason);
        }
        return 'APPLIED' as const;
      },
      outer,
    );
    await this.sendRefunds(refunds);
    if (paidOrder && !outer) this.deps.notifier.statusChanged(paidOrder, 'PAID');
    return outcome;
  }

  /** Query fallback: the mini-program calls this after requestPayment returns, or when no notification came. */
  async syncPayment(userId: string, orderId: string) {
    const order = /^[0-9a-f-]{36}$/i.test(orderId) ? await this.deps.prisma.order.findUnique({ where: { id: orderId } }) : null;
    if (!order || order.userId !== userId) throw notFound('订单不存在');
    const payment = order.status === 'PENDING_PAYMENT' ? await openWechatPayment(this.deps.pool, order.id) : null;
    if (payment) {
      const tx = await this.pay.queryByOutTradeNo(payment.outTradeNo).catch((error: unknown) => {
        if (error instanceof WechatPayApiError && error.kind === 'NOT_FOUND') return null;
        throw error;
      });
      if (tx?.trade_state === 'SUCCESS') await this.applyTransaction(tx, null);
    }
    return this.deps.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  }

  async settleBeforeCancel(client: pg.PoolClient, order: LockedOrder): Promise<boolean> {
    const payment = await openWechatPayment(client, order.id);
    if (!payment) return false;
    const pay = this.pay;
    const tx = await pay.queryByOutTradeNo(payment.outTradeNo).catch((error: unknown) => {
      if (error instanceof WechatPayApiError && error.kind === 'NOT_FOUND') return null;
      throw error;
    });
    if (tx?.trade_state === 'SUCCESS') {
      await this.applyTransaction(tx, null, client);
      order.status = 'PAID';
      return true;
    }
    if (tx) await pay.closeOrder(payment.outTradeNo);
    await closePayment(client, payment.id);
    return false;
  }

  /**
   * An order-level refund, shared out over the order's succeeded payments by what each can still
   * give back: every part names its payment and goes back the way that payment came (stored value
   * through the ledger now, WeChat Pay by a refund request after commit).
   */
  async refund(client: pg.PoolClient, order: LockedOrder, amountFen: number, reason: string): Promise<string[]> {
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw badInput('退款金额不正确', { amountFen });
    const payments = await refundablePayments(client, order.id);
    const refundableFen = payments.reduce((sum, p) => sum + p.refundableFen, 0);
    if (amountFen > refundableFen) throw new DomainError('INVALID_TRANSITION', '订单没有足够的可退金额', { orderId: order.id, amountFen, refundableFen });
    const toSend: string[] = [];
    let left = amountFen;
    for (const payment of payments) {
      const part = Math.min(left, payment.refundableFen);
      if (part <= 0) continue;
      toSend.push(...(await this.refundPayment(client, order, payment, part, reason)));
      left -= part;
    }
    return toSend;
  }

  /** Records the refund of `amountFen` of one payment; returns the WeChat refund to send after commit, if any. */
  private async refundPayment(client: pg.PoolClient, order: LockedOrder, payment: Pick<RefundablePayment, 'id' | 'method'>, amountFen: number, reason: string): Promise<string[]> {
    const outRefundNo = `R${order.orderNo.slice(2)}${randomBytes(3).toString('hex').toUpperCase()}`;
    const at = this.deps.now();
    if (payment.method === 'STORED_VALUE') {
      await this.deps.ledger.postStoredValue('REFUND', order.memberId!, amountFen, { refType: 'REFUND', refId: outRefundNo, reason: `订单${order.orderNo}退款` }, { tx: client });
      await insertRefund(client, { orderId: order.id, paymentId: payment.id, outRefundNo, amountFen, reason, status: 'SUCCEEDED', at });
      return [];
    }
    return [await insertRefund(client, { orderId: order.id, paymentId: payment.id, outRefundNo, amountFen, reason, status: 'PENDING', at })];
  }

  /**
   * Sends recorded WeChat refunds. One WeChat could not take (network, 5xx, rate limit) stays PENDING
   * and is sent again by followUpRefunds under the same out_refund_no, so WeChat refunds it at most
   * once; one it refused for good (amount beyond what is left, trade closed or unknown, merchant
   * balance short) is FAILED at once and goes to the store's 退款异常 list; one it accepted is
   * PROCESSING until a notification or a query settles it.
   */
  async sendRefunds(refundIds: readonly string[]): Promise<void> {
    if (refundIds.length === 0) return;
    for (const refund of await refundsToSend(this.deps.pool, refundIds)) {
      try {
        const result = await this.pay.refund({
          outRefundNo: refund.outRefundNo,
          outTradeNo: refund.outTradeNo,
          refund: refund.amountFen,
          total: refund.paymentAmountFen,
          reason: refund.reason.slice(0, 80),
        });
        await this.recordRefundOutcome(this.deps.pool, refund.id, result.status);
      } catch (error) {
        if (error instanceof WechatPayApiError && FINAL_REFUND_REFUSALS.has(error.kind)) {
          await this.failRefund(this.deps.pool, refund.id, `微信支付拒绝退款（${error.code}）：${error.wechatMessage}`.slice(0, 200), { err: error });
        } else {
          this.deps.logger.error({ err: error, refundId: refund.id }, 'WeChat refund request failed; will retry');
        }
      }
    }
  }

  /** The store's refunds WeChat Pay did not complete and nobody has settled: money shoppers are still owed. */
  failedRefunds(storeId: number): Promise<FailedRefundRow[]> {
    return unhandledFailedRefunds(this.deps.pool, storeId);
  }

  /** A failed refund (settled or not), to authorize its store's manager; NOT_FOUND for any other id. */
  async failedRefund(refundId: string): Promise<FailedRefundRow> {
    const refund = UUID.test(refundId) ? await failedRefundById(this.deps.pool, refundId) : undefined;
    if (!refund) throw notFound('没有这笔退款异常', { refundId });
    return refund;
  }

  /** A manager records that the money of a failed refund went back another way, and how. */
  async handleFailedRefund(refund: FailedRefundRow, userId: string, note: string): Promise<FailedRefundRow> {
    const how = note.trim();
    if (how.length < 2 || how.length > 200) throw badInput('请写明处理方式（2到200字）', { field: 'note' });
    if (!(await markRefundHandled(this.deps.pool, refund.id, userId, how, this.deps.now()))) {
      throw new DomainError('INVALID_TRANSITION', '这笔退款已有人处理', { reason: 'ALREADY_HANDLED' });
    }
    this.deps.logger.info({ refundId: refund.id, orderId: refund.orderId, userId }, 'failed refund settled by the store');
    return (await failedRefundById(this.deps.pool, refund.id))!;
  }

  /** The timer's part: send refunds WeChat has not accepted yet, and ask about those it is processing. */
  async followUpRefunds(): Promise<void> {
    await this.sendRefunds((await refundsToSend(this.deps.pool, null)).map((r) => r.id));
    for (const refund of await processingRefunds(this.deps.pool)) {
      try {
        const result = await this.pay.queryRefund(refund.outRefundNo);
        await this.recordRefundOutcome(this.deps.pool, refund.id, result.status);
      } catch (error) {
        this.deps.logger.error({ err: error, refundId: refund.id }, 'WeChat refund query failed; will ask again');
      }
    }
  }
}

const REFUND_EVENTS = new Set(['REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED']);

/** Answers to a refund request that sending it again cannot change. Anything else is retried. */
const FINAL_REFUND_REFUSALS = new Set<WechatPayErrorKind>(['REFUND_REJECTED', 'INVALID_PARAMS', 'NOT_FOUND', 'ORDER_CLOSED']);
