import { badInput } from '../graphql/errors.ts';

/** Asia/Shanghai has had no daylight saving since 1991: a calendar day there starts at 16:00 UTC the day before. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
/** A leap year's worth of days: "at most a year" whatever the year. */
export const MAX_REPORT_DAYS = 366;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function startOfShanghaiDay(value: string, field: string): Date {
  const match = DAY.exec(value);
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // Date.UTC rolls 2026-02-30 over to March; comparing back catches impossible dates.
  if (!match || new Date(utc).toISOString().slice(0, 10) !== value) {
    throw badInput(`日期格式不正确，应为YYYY-MM-DD：${value}`, { field, reason: 'INVALID_DATE' });
  }
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

export interface DayRange {
  /** inclusive, 00:00 Asia/Shanghai of the first day */
  start: Date;
  /** exclusive, 00:00 Asia/Shanghai of the day after the last day */
  end: Date;
  days: number;
}

/** `from` and `to` are Asia/Shanghai calendar days, both included. */
export function shanghaiDayRange(from: string, to: string): DayRange {
  const start = startOfShanghaiDay(from, 'from');
  const end = new Date(startOfShanghaiDay(to, 'to').getTime() + DAY_MS);
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  if (days < 1) throw badInput('结束日期早于开始日期', { field: 'to', reason: 'RANGE_REVERSED' });
  if (days > MAX_REPORT_DAYS) throw badInput(`统计区间最长${MAX_REPORT_DAYS}天`, { field: 'to', reason: 'RANGE_TOO_LONG', maxDays: MAX_REPORT_DAYS });
  return { start, end, days };
}
