import type pg from 'pg';
import { recordAudit } from '../audit/service.ts';
import { withTransaction, type Queryable } from '../db/transaction.ts';
import type { Store } from '../generated/prisma/client.ts';
import { badInput, notFound } from '../graphql/errors.ts';
import { parseDeliveryArea, type AreaInput } from './area.ts';
import { localDateString, minuteToClock } from './hours.ts';
import { closuresFrom, deleteClosure, insertClosure, lockStore, regridSlots, replaceStoreHours, storeHours, updateStore, type ClosureRow } from './sql.ts';
import { slotStartOf } from '../orders/slots.ts';

/** Slot lengths that divide an hour, so slots start on the same clock times every day. */
export const SLOT_MINUTES = [15, 20, 30, 60] as const;
export const MAX_EXTRA_PROMISE_MINUTES = 120;
const MAX_CLOSURE_REASON = 50;
const MAX_CLOSURE_DAYS_AHEAD = 366;

export interface HoursInput {
  weekday: number;
  /** HH:mm */
  opens: string;
  /** HH:mm; at or before `opens` when the store closes after midnight */
  closes: string;
}

export interface DeliveryInput {
  deliveryEnabled: boolean;
  pickupEnabled: boolean;
  deliveryFeeFen: number;
  freeDeliveryFromFen: number | null;
  minOrderFen: number;
  slotMinutes: number;
  pickingCapacity: number;
}

export interface BusyInput {
  deliveryPaused: boolean;
  extraPromiseMinutes: number;
}

export interface StoreSettingsModel {
  storeId: number;
  /** closures from today on, earliest first */
  closures: ClosureRow[];
}

function intIn(value: number, min: number, max: number, field: string, label: string, unit = ''): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${label}必须是 ${min} 到 ${max}${unit} 之间的整数，收到 ${value}`, { field, reason: 'OUT_OF_RANGE', min, max });
  }
  return value;
}

/** ¥ amounts are checked in fen but named in yuan, as the manager typed them. */
function fenIn(value: number, maxFen: number, field: string, label: string, minFen = 0): number {
  if (!Number.isInteger(value) || value < minFen || value > maxFen) {
    throw badInput(`${label}必须在 ¥${minFen / 100} 到 ¥${maxFen / 100} 之间，收到 ¥${value / 100}`, { field, reason: 'OUT_OF_RANGE', min: minFen, max: maxFen });
  }
  return value;
}

function clockMinute(text: string, field: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  const minute = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minute > 1440) throw badInput(`时间格式应为 HH:mm（00:00 到 24:00），收到 ${text}`, { field, reason: 'TIME_INVALID' });
  return minute;
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * Weekly hours as StoreHours rows: a closing time at or before the opening time runs past midnight
 * (07:00–02:00 is 420..1560). A day's hours may not run into the next day's opening.
 */
export function parseHours(hours: readonly HoursInput[]) {
  const seen = new Set<number>();
  const rows = hours.map((h) => {
    if (!Number.isInteger(h.weekday) || h.weekday < 0 || h.weekday > 6) throw badInput(`星期必须是 0（周日）到 6（周六），收到 ${h.weekday}`, { field: 'weekday', reason: 'HOURS_INVALID' });
    if (seen.has(h.weekday)) throw badInput(`${WEEKDAY_NAMES[h.weekday]}重复设置了营业时间`, { field: 'hours', reason: 'HOURS_INVALID', weekday: h.weekday });
    seen.add(h.weekday);
    const openMinute = clockMinute(h.opens, 'opens');
    const closes = clockMinute(h.closes, 'closes');
    if (openMinute === 1440) throw badInput('开门时间不能是 24:00', { field: 'opens', reason: 'TIME_INVALID' });
    if (closes === openMinute || (openMinute === 0 && closes === 1440)) {
      throw badInput(`${WEEKDAY_NAMES[h.weekday]}开门和打烊时间相同；全天营业请选择「24小时营业」`, { field: 'closes', reason: 'HOURS_INVALID', weekday: h.weekday });
    }
    return { weekday: h.weekday, openMinute, closeMinute: closes > openMinute ? closes : closes + 1440 };
  });
  for (const day of rows) {
    const next = rows.find((r) => r.weekday === (day.weekday + 1) % 7);
    if (next && day.closeMinute - 1440 > next.openMinute) {
      throw badInput(`${WEEKDAY_NAMES[day.weekday]}的营业到次日${minuteToClock(day.closeMinute)}，晚于${WEEKDAY_NAMES[next.weekday]}的开门时间${minuteToClock(next.openMinute)}`, {
        field: 'hours',
        reason: 'HOURS_OVERLAP',
        weekday: day.weekday,
      });
    }
  }
  return rows.sort((a, b) => a.weekday - b.weekday);
}

function parseDate(text: string, today: string): string {
  const date = text.trim();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw badInput(`日期格式应为 YYYY-MM-DD，收到 ${text}`, { field: 'date', reason: 'DATE_INVALID' });
  if (date < today) throw badInput(`不能为已经过去的日期（${date}）设置闭店`, { field: 'date', reason: 'DATE_IN_PAST' });
  const last = new Date(Date.parse(`${today}T00:00:00Z`) + MAX_CLOSURE_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
  if (date > last) throw badInput(`闭店日期最多提前一年设置（${last} 之前）`, { field: 'date', reason: 'DATE_TOO_FAR' });
  return date;
}

/** The fields of `after` whose value differs from `before`, as the audit's before/after pair. */
function changes<T extends object>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } | null {
  const keys = (Object.keys(after) as (keyof T)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (keys.length === 0) return null;
  const pick = (source: Partial<T>) => Object.fromEntries(keys.map((key) => [key, source[key]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

/**
 * A store's settings as its manager (or head office) edits them in staff mode: hours and closures,
 * delivery and pickup, the area, fees, slots and the busy switch. Every change is validated whole
 * before anything is written, written with its audit entry in one transaction under the store's row
 * lock, and read by shoppers on their next request (stores are read fresh on every request).
 */
export class StoreSettingsService {
  constructor(private readonly deps: { pool: pg.Pool; now: () => Date }) {}

  async settings(storeId: number): Promise<StoreSettingsModel> {
    return { storeId, closures: await closuresFrom(this.deps.pool, storeId, localDateString(this.deps.now())) };
  }

  async setHours(actorUserId: string, storeId: number, is24h: boolean, hours: readonly HoursInput[]): Promise<StoreSettingsModel> {
    const rows = is24h ? [] : parseHours(hours);
    if (!is24h && rows.length === 0) throw badInput('请至少设置一天的营业时间；临时停业请添加闭店日期', { field: 'hours', reason: 'HOURS_EMPTY' });
    return this.change(storeId, async (client, store) => {
      const before = { is24h: store.is24h, hours: await storeHours(client, storeId) };
      const diff = changes(before, { is24h, hours: rows });
      if (!diff) return;
      await updateStore(client, storeId, { is24h });
      await replaceStoreHours(client, storeId, rows);
      await recordAudit(client, { actorUserId, storeId, kind: 'store.hours', subject: String(storeId), ...diff });
    });
  }

  async addClosure(actorUserId: string, storeId: number, date: string, reason: string): Promise<StoreSettingsModel> {
    const day = parseDate(date, localDateString(this.deps.now()));
    const why = reason.trim();
    if (!why || why.length > MAX_CLOSURE_REASON) throw badInput(`请填写闭店原因（${MAX_CLOSURE_REASON}字以内）`, { field: 'reason', reason: 'REASON_REQUIRED' });
    return this.change(storeId, async (client) => {
      if (!(await insertClosure(client, storeId, { date: day, reason: why }))) {
        throw badInput(`${day} 已设置为闭店`, { field: 'date', reason: 'CLOSURE_EXISTS' });
      }
      await recordAudit(client, { actorUserId, storeId, kind: 'store.closure', subject: String(storeId), before: null, after: { date: day, reason: why } });
    });
  }

  async removeClosure(actorUserId: string, storeId: number, date: string): Promise<StoreSettingsModel> {
    return this.change(storeId, async (client) => {
      const removed = await deleteClosure(client, storeId, date.trim());
      if (!removed) throw notFound(`${date} 没有设置闭店`, { field: 'date' });
      await recordAudit(client, { actorUserId, storeId, kind: 'store.closure', subject: String(storeId), before: { ...removed }, after: null });
    });
  }

  async setDelivery(actorUserId: string, storeId: number, input: DeliveryInput): Promise<StoreSettingsModel> {
    if (!input.deliveryEnabled && !input.pickupEnabled) throw badInput('外送和自提至少开启一项', { field: 'pickupEnabled', reason: 'NO_FULFILMENT' });
    if (!(SLOT_MINUTES as readonly number[]).includes(input.slotMinutes)) {
      throw badInput(`时段长度只能是 ${SLOT_MINUTES.join('、')} 分钟，收到 ${input.slotMinutes}`, { field: 'slotMinutes', reason: 'OUT_OF_RANGE' });
    }
    const fields = {
      deliveryEnabled: input.deliveryEnabled,
      pickupEnabled: input.pickupEnabled,
      deliveryFeeFen: fenIn(input.deliveryFeeFen, 5_000, 'deliveryFeeFen', '配送费'),
      freeDeliveryFromFen: input.freeDeliveryFromFen === null ? null : fenIn(input.freeDeliveryFromFen, 100_000, 'freeDeliveryFromFen', '免配送费门槛', 100),
      minOrderFen: fenIn(input.minOrderFen, 20_000, 'minOrderFen', '起送价'),
      slotMinutes: input.slotMinutes,
      pickingCapacity: intIn(input.pickingCapacity, 1, 200, 'pickingCapacity', '每个时段的单量', ' 单'),
    };
    // Bookings from the current slot on move onto the new grid, so each slot's load counts its orders.
    return this.changeColumns(actorUserId, storeId, () => fields, async (client, store) => {
      if (store.slotMinutes === fields.slotMinutes) return;
      const from = slotStartOf(slotStartOf(this.deps.now(), store.slotMinutes), fields.slotMinutes);
      await regridSlots(client, storeId, from, fields.slotMinutes);
    });
  }

  async setDeliveryArea(actorUserId: string, storeId: number, area: AreaInput): Promise<StoreSettingsModel> {
    return this.changeColumns(actorUserId, storeId, (store) => parseDeliveryArea(area, store));
  }

  /** The busy switch: every promise made from the next request on carries it. */
  async setBusy(actorUserId: string, storeId: number, input: BusyInput): Promise<StoreSettingsModel> {
    const fields = {
      deliveryPaused: input.deliveryPaused,
      extraPromiseMinutes: intIn(input.extraPromiseMinutes, 0, MAX_EXTRA_PROMISE_MINUTES, 'extraPromiseMinutes', '延长的送达时间', ' 分钟'),
    };
    return this.changeColumns(actorUserId, storeId, () => fields);
  }

  private changeColumns(
    actorUserId: string,
    storeId: number,
    fieldsFor: (store: Store) => Partial<Store>,
    alongside?: (client: pg.PoolClient, before: Store) => Promise<void>,
  ): Promise<StoreSettingsModel> {
    return this.change(storeId, async (client, store) => {
      const fields = fieldsFor(store);
      const diff = changes(store, fields);
      if (!diff) return;
      await updateStore(client, storeId, diff.after);
      await alongside?.(client, store);
      await recordAudit(client, { actorUserId, storeId, kind: 'store.settings', subject: String(storeId), ...diff });
    });
  }

  private async change(storeId: number, work: (client: pg.PoolClient, store: Store) => Promise<void>): Promise<StoreSettingsModel> {
    await withTransaction(this.deps.pool, async (client) => {
      const store = await lockStore(client as Queryable, storeId);
      if (!store) throw notFound(`门店 ${storeId} 不存在`, { storeId: String(storeId) });
      await work(client, store);
    });
    return this.settings(storeId);
  }
}
