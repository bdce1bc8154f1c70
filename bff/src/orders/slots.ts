import { formatLocalTime, localDateString, openingState, type StoreSchedule } from '../stores/hours.ts';

/**
 * Picking slots in Asia/Shanghai (UTC+8, no DST). A slot is the `slotMinutes` window in which the
 * store picks an order; the promise ends `slotMinutes` after picking can start, so an order placed
 * into the current slot is promised within 30 minutes of now.
 */
const OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;
/** How far ahead the shopper may book. */
export const SLOT_HORIZON_HOURS = 24;

export function slotStartOf(at: Date, slotMinutes: number): Date {
  const size = slotMinutes * MINUTE_MS;
  return new Date(Math.floor((at.getTime() + OFFSET_MS) / size) * size - OFFSET_MS);
}

export type SlotProblem = 'MISALIGNED' | 'PAST' | 'CLOSED' | 'TOO_FAR';

/** Why a slot cannot be booked, or null when the store is open for all of it (from now on). */
export function slotProblem(schedule: StoreSchedule, slotStart: Date, now: Date, slotMinutes: number): SlotProblem | null {
  if (slotStartOf(slotStart, slotMinutes).getTime() !== slotStart.getTime()) return 'MISALIGNED';
  const end = slotStart.getTime() + slotMinutes * MINUTE_MS;
  if (end <= now.getTime()) return 'PAST';
  if (slotStart.getTime() > now.getTime() + SLOT_HORIZON_HOURS * 3_600_000) return 'TOO_FAR';
  const from = new Date(Math.max(slotStart.getTime(), now.getTime()));
  const state = openingState(schedule, from);
  if (!state.isOpen || (state.nextChangeAt !== null && state.nextChangeAt.getTime() < end)) return 'CLOSED';
  return null;
}

/**
 * Every bookable slot start from the current one to the horizon, earliest first, produced one at a
 * time: the store list needs only the first with room, usually the current slot.
 */
function* bookableSlots(schedule: StoreSchedule, now: Date, slotMinutes: number): Generator<Date> {
  const first = slotStartOf(now, slotMinutes).getTime();
  const count = (SLOT_HORIZON_HOURS * 60) / slotMinutes;
  for (let k = 0; k <= count; k++) {
    const start = new Date(first + k * slotMinutes * MINUTE_MS);
    if (slotProblem(schedule, start, now, slotMinutes) === null) yield start;
  }
}

export function candidateSlots(schedule: StoreSchedule, now: Date, slotMinutes: number): Date[] {
  return [...bookableSlots(schedule, now, slotMinutes)];
}

/**
 * The capacity model both the store list and checkout decide by. Staff pick `pickingCapacity` orders
 * per slot, one after another; a slot has room while it holds fewer orders than it has picks left.
 * `slotBookings` are a store's booked slots from the current one to the horizon, read in the same
 * statement as the store (`scheduleColumns` in stores/sql.ts), so one read at one instant gives the
 * list's estimate and the checkout's promise.
 */
export interface SlotLoad extends StoreSchedule, PromiseRule {
  pickingCapacity: number;
  /** [slot start in epoch ms, orders booked] */
  slotBookings: Array<[number, number]>;
}

/**
 * Orders a slot may hold in all, as seen at `now`. A slot under way has lost the picks whose time has
 * passed, whether staff used it or stood idle: at full load the picks of one slot must end with it,
 * or every later slot starts late and its last orders miss their promise (the festival bench showed
 * 93% kept with the whole capacity). Counted on whole seconds, so all said within one second agrees.
 */
export function slotCapacity(store: SlotLoad, slotStart: Date, now: Date): number {
  const slotMs = store.slotMinutes * MINUTE_MS;
  const left = slotStart.getTime() + slotMs - Math.floor(now.getTime() / 1000) * 1000;
  if (left >= slotMs) return store.pickingCapacity;
  return Math.max(0, Math.floor((store.pickingCapacity * left) / slotMs));
}

/** Orders the slot can still take at `now`. */
export function roomIn(store: SlotLoad, slotStart: Date, now: Date): number {
  const booked = store.slotBookings.find(([start]) => start === slotStart.getTime())?.[1] ?? 0;
  return Math.max(0, slotCapacity(store, slotStart, now) - booked);
}

/** The slot an order placed now gets without choosing one: the earliest bookable slot with room. */
export function earliestSlotWithRoom(store: SlotLoad, now: Date): Date | null {
  for (const slot of bookableSlots(store, now, store.slotMinutes)) if (roomIn(store, slot, now) > 0) return slot;
  return null;
}

/**
 * Minutes from now to the end of the promise checkout gives now, rounded up (30 while the current
 * slot has room); null when no slot within the horizon has room. Later slots end on whole minutes, so
 * every instant within one second gives the same figure.
 */
export function promiseMinutes(store: SlotLoad, now: Date): number | null {
  const slot = earliestSlotWithRoom(store, now);
  if (!slot) return null;
  return Math.ceil((promiseFor(slot, now, store).promiseEnd.getTime() - now.getTime()) / MINUTE_MS);
}

/** What a store's promise is made of: its slot length, and the minutes its busy switch adds to every new promise. */
export interface PromiseRule {
  slotMinutes: number;
  extraPromiseMinutes: number;
}

export function promiseFor(slotStart: Date, now: Date, rule: PromiseRule): { promiseStart: Date; promiseEnd: Date } {
  const start = Math.max(slotStart.getTime(), now.getTime());
  return { promiseStart: new Date(start), promiseEnd: new Date(start + (rule.slotMinutes + rule.extraPromiseMinutes) * MINUTE_MS) };
}

/** e.g. 约30分钟送达（14:35前）, 今天 18:00-18:30, 明天 09:00-09:30 */
export function promiseLabel(promise: { promiseStart: Date; promiseEnd: Date }, now: Date, fulfilment: 'DELIVERY' | 'PICKUP'): string {
  const minutes = Math.round((promise.promiseEnd.getTime() - now.getTime()) / MINUTE_MS);
  if (promise.promiseStart.getTime() <= now.getTime()) {
    return fulfilment === 'DELIVERY' ? `约${minutes}分钟送达（${formatLocalTime(promise.promiseEnd)}前）` : `约${minutes}分钟后可取（${formatLocalTime(promise.promiseEnd)}前）`;
  }
  const day = localDateString(promise.promiseStart);
  const prefix = day === localDateString(now) ? '今天' : day === localDateString(new Date(now.getTime() + 86_400_000)) ? '明天' : day.slice(5);
  return `${prefix} ${formatLocalTime(promise.promiseStart)}-${formatLocalTime(promise.promiseEnd)}`;
}
