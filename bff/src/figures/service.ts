import type pg from 'pg';
import type { QrService } from '../qr/service.ts';
import { shanghaiDayRange } from '../qr/days.ts';
import { localDateString } from '../stores/hours.ts';
import { dayTotals, hourlySales, topProducts, type HourRow, type TopProductRow } from './sql.ts';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
/** Products listed under 热销商品. */
export const TOP_PRODUCTS = 5;

export interface HourFiguresModel {
  hour: number;
  /** null for an hour of today that has not begun */
  orders: number | null;
  salesFen: number | null;
  lastWeekOrders: number;
  lastWeekSalesFen: number;
}

export interface QrFunnelModel {
  scans: number;
  visitors: number;
  orders: number;
  repeatOrders: number;
}

export interface StoreDayFiguresModel {
  date: string;
  lastWeekDate: string;
  orders: number;
  salesFen: number;
  averageTicketFen: number | null;
  tillReceipts: number;
  tillSalesFen: number;
  pickedOrders: number;
  averagePickingSeconds: number | null;
  promisesDue: number;
  promisesKept: number;
  onTimeRate: number | null;
  lateOrders: number;
  refunds: number;
  refundedFen: number;
  hours: HourFiguresModel[];
  topProducts: TopProductRow[];
  qrFunnel: QrFunnelModel;
}

/** A store manager's figures of one Asia/Shanghai day. */
export class FiguresService {
  constructor(private readonly deps: { pool: pg.Pool; qr: Pick<QrService, 'storeStats'>; now: () => Date }) {}

  async today(storeId: number): Promise<StoreDayFiguresModel> {
    const now = this.deps.now();
    const date = localDateString(now);
    const lastWeekDate = localDateString(new Date(now.getTime() - WEEK_MS));
    const { start, end } = shanghaiDayRange(date, date);
    const lastWeekStart = shanghaiDayRange(lastWeekDate, lastWeekDate).start;
    const [totals, hourly, top, qr] = await Promise.all([
      dayTotals(this.deps.pool, storeId, start, end, now),
      hourlySales(this.deps.pool, storeId, [start, lastWeekStart]),
      topProducts(this.deps.pool, storeId, start, end, TOP_PRODUCTS),
      this.deps.qr.storeStats(storeId, start, end),
    ]);
    const promisesDue = totals.promisesKept + totals.lateOrders;
    return {
      date,
      lastWeekDate,
      orders: totals.orders,
      salesFen: totals.salesFen,
      averageTicketFen: totals.orders === 0 ? null : Math.round(totals.salesFen / totals.orders),
      tillReceipts: totals.tillReceipts,
      tillSalesFen: totals.tillSalesFen,
      pickedOrders: totals.pickedOrders,
      averagePickingSeconds: totals.averagePickingSeconds === null ? null : Math.round(totals.averagePickingSeconds),
      promisesDue,
      promisesKept: totals.promisesKept,
      onTimeRate: promisesDue === 0 ? null : totals.promisesKept / promisesDue,
      lateOrders: totals.lateOrders,
      refunds: totals.refunds,
      refundedFen: totals.refundedFen,
      hours: hoursOf(hourly, Math.floor((now.getTime() - start.getTime()) / HOUR_MS)),
      topProducts: top,
      qrFunnel: { scans: qr.scans, visitors: qr.uniqueVisitors, orders: qr.paidOrders, repeatOrders: qr.repeatOrders },
    };
  }
}

/** All 24 hours; today's after `currentHour` have not happened yet, so they carry no figure rather than a zero. */
function hoursOf(rows: readonly HourRow[], currentHour: number): HourFiguresModel[] {
  const at = (day: number, hour: number) => rows.find((row) => row.day === day && row.hour === hour);
  return Array.from({ length: 24 }, (_, hour) => {
    const today = at(0, hour);
    const lastWeek = at(1, hour);
    const begun = hour <= currentHour;
    return {
      hour,
      orders: begun ? (today?.orders ?? 0) : null,
      salesFen: begun ? (today?.salesFen ?? 0) : null,
      lastWeekOrders: lastWeek?.orders ?? 0,
      lastWeekSalesFen: lastWeek?.salesFen ?? 0,
    };
  });
}
