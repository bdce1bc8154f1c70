/**
 * Opening hours in Asia/Shanghai. China has had no daylight saving since 1991, so local time is
 * UTC+8 all year and plain arithmetic is exact.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export interface DayHours {
  weekday: number;
  openMinute: number;
  closeMinute: number;
}

export interface StoreSchedule {
  is24h: boolean;
  hours: DayHours[];
  /** Local dates (YYYY-MM-DD) on which the store stays closed all day. */
  closedDates: string[];
}

export interface OpeningState {
  isOpen: boolean;
  nextChangeAt: Date | null;
  label: string;
}

/** Midnight (local) of the local day containing `instant`, as a UTC instant. */
function localMidnight(instant: Date): number {
  return Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

export function localDateString(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function formatLocalTime(instant: Date): string {
  const minuteOfDay = Math.floor((((instant.getTime() + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / MINUTE_MS);
  return minuteToClock(minuteOfDay);
}

export function minuteToClock(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

interface Interval {
  start: number;
  end: number;
}

/** Local midnight, as a UTC instant, of a local date written YYYY-MM-DD. */
function midnightOfDate(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - OFFSET_MS;
}

/**
 * Opening intervals (UTC ms) starting on the local days from `fromMidnight` for `days` days. Runs for
 * every store on every home page, so days are numbers throughout, never formatted dates.
 */
function intervals(schedule: StoreSchedule, fromMidnight: number, days: number): Interval[] {
  const closed = new Set(schedule.closedDates.map(midnightOfDate));
  const byWeekday: DayHours[][] = [[], [], [], [], [], [], []];
  for (const h of schedule.hours) byWeekday[h.weekday]?.push(h);
  const result: Interval[] = [];
  for (let d = 0; d < days; d++) {
    const midnight = fromMidnight + d * DAY_MS;
    if (closed.has(midnight)) continue;
    // 1970-01-01, local day 0, was a Thursday.
    const weekday = (Math.round((midnight + OFFSET_MS) / DAY_MS) + 4) % 7;
    for (const h of byWeekday[weekday]!) {
      result.push({ start: midnight + h.openMinute * MINUTE_MS, end: midnight + h.closeMinute * MINUTE_MS });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Whether the store is open at `now`, and when that changes next (within two weeks). */
export function openingState(schedule: StoreSchedule, now: Date): OpeningState {
  if (schedule.is24h && schedule.closedDates.length === 0) {
    return { isOpen: true, nextChangeAt: null, label: '24小时营业' };
  }
  const t = now.getTime();
  const from = localMidnight(now) - DAY_MS; // yesterday's hours may run past midnight
  const list = schedule.is24h
    ? intervals({ ...schedule, hours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, openMinute: 0, closeMinute: 1440 })) }, from, 16)
    : intervals(schedule, from, 16);
  const current = list.find((i) => i.start <= t && t < i.end);
  if (current) {
    // Adjacent intervals (23:00 close, 00:00 open) form one stretch of opening.
    let end = current.end;
    for (const next of list) if (next.start <= end && next.end > end) end = next.end;
    const closesAt = new Date(end);
    return { isOpen: true, nextChangeAt: closesAt, label: `营业中 · ${formatLocalTime(closesAt)}打烊` };
  }
  const upcoming = list.find((i) => i.start > t);
  if (!upcoming) return { isOpen: false, nextChangeAt: null, label: '暂停营业' };
  const opensAt = new Date(upcoming.start);
  const sameDay = localDateString(opensAt) === localDateString(now);
  const tomorrow = localDateString(opensAt) === localDateString(new Date(t + DAY_MS));
  const when = sameDay ? '' : tomorrow ? '明天' : `${localDateString(opensAt).slice(5).replace('-', '月')}日`;
  return { isOpen: false, nextChangeAt: opensAt, label: `已打烊 · ${when}${formatLocalTime(opensAt)}开门` };
}
