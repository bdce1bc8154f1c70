import type { DemoIntegrations } from '../../../bff/src/integrations/demo.ts';
import { postReceipts, postStockCounts, type TillReceipt } from './client.ts';
import { CLOSES_AT_MINUTE, OPENS_AT_MINUTE, planDay, type PlannedReceipt } from './day.ts';

/** The integration API takes at most 1,000 rows a request; tills send smaller batches, more often. */
export const RECEIPTS_PER_REQUEST = 200;
/** Requests in flight at once across all tills, so the demo never crowds the BFF. */
const CONCURRENT_TILLS = 4;

export interface TillReplayOptions {
  bffUrl: string;
  demo: DemoIntegrations;
  /** real minutes one trading day (07:00–23:00) takes */
  dayMinutes: number;
  seed: number;
  /** which stores' tills to run; all of the demo's by default */
  storeIds?: readonly number[];
  receiptsPerDay?: number;
  /** distinguishes this run's receipt ids from an earlier run's over the same database */
  runId: string;
  now?: () => Date;
  log?: (message: string) => void;
}

interface Till {
  storeId: number;
  credential: { keyId: string; secret: string };
  plan: PlannedReceipt[];
  /** plan entries already taken into `pending` */
  next: number;
  /** due receipts not yet accepted by the BFF, oldest first; soldAt is fixed when due, so a retry sends the same body */
  pending: TillReceipt[];
  soldToday: Set<string>;
  par: Map<string, number>;
}

export interface TillReplayStats {
  day: number;
  receiptsSent: number;
  linesSent: number;
  failedRows: number;
  requestErrors: number;
  restockedProducts: number;
}

/**
 * The stores' tills replaying days of trade (planDay) at an accelerated pace, and the ERP's nightly
 * snapshot after each day: the shelves counted back to the level they started at (par), so the next
 * day can sell out again. Receipts go out when their time of day comes, in signed batches, each
 * batch under an Idempotency-Key of its first and last receipt: a retry is the same request.
 */
export class TillReplay {
  readonly stats: TillReplayStats = { day: 0, receiptsSent: 0, linesSent: 0, failedRows: 0, requestErrors: 0, restockedProducts: 0 };
  private readonly tills: Till[];
  private readonly now: () => Date;

  constructor(private readonly options: TillReplayOptions) {
    this.now = options.now ?? (() => new Date());
    const wanted = options.storeIds ? new Set(options.storeIds) : null;
    this.tills = options.demo.tills
      .filter((till) => !wanted || wanted.has(till.storeId))
      .map((till) => ({
        storeId: till.storeId,
        credential: till,
        plan: [],
        next: 0,
        pending: [],
        soldToday: new Set(),
        par: new Map(till.stock.map((s) => [s.sku, s.onHand])),
      }));
    this.startDay(0);
  }

  /** The receipts a store's till plans for the current day (what planDay made of its stock). */
  planOf(storeId: number): readonly PlannedReceipt[] {
    return this.tills.find((till) => till.storeId === storeId)?.plan ?? [];
  }

  private startDay(day: number): void {
    this.stats.day = day;
    for (const till of this.tills) {
      const stock = this.options.demo.tills.find((t) => t.storeId === till.storeId)!.stock;
      till.plan = planDay({ seed: this.options.seed, storeId: till.storeId, day, products: stock, memberCardNos: this.options.demo.memberCardNos, receiptsPerDay: this.options.receiptsPerDay });
      till.next = 0;
      till.soldToday.clear();
    }
  }

  /** Sends every receipt of the current day up to `minute` (minutes after midnight) that has not gone out yet. */
  async sendUntil(minute: number): Promise<void> {
    const soldAt = this.now().toISOString();
    for (const till of this.tills) {
      while (till.next < till.plan.length && till.plan[till.next]!.minute <= minute) {
        const planned = till.plan[till.next++]!;
        till.pending.push({
          receiptId: `T${till.storeId}-${this.options.runId}-${this.stats.day}-${planned.seq}`,
          soldAt,
          lines: planned.lines,
          ...(planned.memberCardNo ? { memberCardNo: planned.memberCardNo } : {}),
        });
      }
    }
    await this.inParallel(this.tills.filter((till) => till.pending.length > 0), (till) => this.flush(till));
  }

  private async flush(till: Till): Promise<void> {
    while (till.pending.length > 0) {
      const batch = till.pending.slice(0, RECEIPTS_PER_REQUEST);
      try {
        const answer = await postReceipts(this.options.bffUrl, till.credential, till.storeId, batch, {
          now: this.now,
          idempotencyKey: `${batch[0]!.receiptId}..${batch.at(-1)!.receiptId}`,
        });
        if (answer.status !== 200) throw new Error(`HTTP ${answer.status} ${answer.body.code ?? ''}`);
        const rows = answer.body.rows as Array<{ status: string; code?: string }>;
        this.stats.failedRows += rows.filter((row) => row.status === 'FAILED').length;
      } catch (error) {
        this.stats.requestErrors++;
        this.options.log?.(`store ${till.storeId}: receipts not accepted (${(error as Error).message}); retrying on the next tick`);
        return;
      }
      till.pending.splice(0, batch.length);
      this.stats.receiptsSent += batch.length;
      for (const receipt of batch) {
        this.stats.linesSent += receipt.lines.length;
        for (const line of receipt.lines) till.soldToday.add(line.sku);
      }
    }
  }

  /**
   * After closing: the ERP's nightly snapshot counts what each store sold that day back to its par
   * level (the night's delivery), as of now, and the next day begins.
   */
  async closeDay(erp: { keyId: string; secret: string }): Promise<void> {
    await this.sendUntil(CLOSES_AT_MINUTE);
    const countedAt = this.now().toISOString();
    await this.inParallel(this.tills, async (till) => {
      const counts = [...till.soldToday].map((sku) => ({ sku, onHand: till.par.get(sku) ?? 0, countedAt, reference: `night-${this.options.runId}-${this.stats.day}` }));
      if (counts.length === 0) return;
      const answer = await postStockCounts(this.options.bffUrl, erp, till.storeId, counts, { now: this.now, idempotencyKey: `night-${this.options.runId}-${this.stats.day}-s${till.storeId}` }).catch(
        (error: Error) => ({ status: 0, body: { code: error.message } as Record<string, any> }),
      );
      if (answer.status === 200) this.stats.restockedProducts += answer.body.applied as number;
      else this.options.log?.(`store ${till.storeId}: nightly count not accepted (${answer.status} ${answer.body.code ?? ''})`);
    });
    this.startDay(this.stats.day + 1);
  }

  private async inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
    let index = 0;
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENT_TILLS, items.length) }, async () => {
        while (index < items.length) await work(items[index++]!);
      }),
    );
  }

  /**
   * Runs days back to back until stopped: the trading day's 16 hours pass in `dayMinutes`, checked
   * every `tickMs`; `onHour` hears each simulated hour.
   */
  run(options: { tickMs?: number; erp: { keyId: string; secret: string }; onHour?: (day: number, hour: number) => void }): { stop(): Promise<void> } {
    const tickMs = options.tickMs ?? 2_000;
    const tradingMinutes = CLOSES_AT_MINUTE - OPENS_AT_MINUTE;
    let dayStartedAt = this.now().getTime();
    let lastHour = -1;
    let stopped = false;
    const loop = (async () => {
      while (!stopped) {
        const elapsed = (this.now().getTime() - dayStartedAt) / (this.options.dayMinutes * 60_000);
        if (elapsed >= 1) {
          await this.closeDay(options.erp);
          dayStartedAt = this.now().getTime();
          lastHour = -1;
          continue;
        }
        const minute = OPENS_AT_MINUTE + elapsed * tradingMinutes;
        await this.sendUntil(minute);
        const hour = Math.floor(minute / 60);
        if (hour !== lastHour) {
          lastHour = hour;
          options.onHour?.(this.stats.day, hour);
        }
        await new Promise((resolve) => setTimeout(resolve, tickMs));
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        await loop;
      },
    };
  }
}
