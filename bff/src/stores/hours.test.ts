import { describe, expect, it } from 'vitest';
import { openingState, type StoreSchedule } from './hours.ts';

const at = (local: string) => new Date(`${local}+08:00`);
const everyDay = (openMinute: number, closeMinute: number) =>
  [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, openMinute, closeMinute }));
const schedule = (partial: Partial<StoreSchedule>): StoreSchedule => ({ is24h: false, hours: [], closedDates: [], ...partial });

// 2026-11-23 is a Monday, 2026-11-28 a Saturday, 2026-11-29 a Sunday (Asia/Shanghai).
describe('openingState', () => {
  const ordinary = schedule({ hours: everyDay(8 * 60, 22 * 60) });

  it('is open inside the day and says when it closes', () => {
    expect(openingState(ordinary, at('2026-11-25T12:00:00'))).toEqual({
      isOpen: true,
      nextChangeAt: at('2026-11-25T22:00:00'),
      label: '营业中 · 22:00打烊',
    });
  });

  it('treats the opening minute as open and the closing minute as closed', () => {
    expect(openingState(ordinary, at('2026-11-25T08:00:00')).isOpen).toBe(true);
    const closing = openingState(ordinary, at('2026-11-25T22:00:00'));
    expect(closing).toMatchObject({ isOpen: false, nextChangeAt: at('2026-11-26T08:00:00'), label: '已打烊 · 明天08:00开门' });
  });

  it('before opening says it opens later today', () => {
    expect(openingState(ordinary, at('2026-11-25T06:30:00'))).toMatchObject({ isOpen: false, label: '已打烊 · 08:00开门' });
  });

  describe('hours that cross midnight (07:00–02:00)', () => {
    const overnight = schedule({ hours: everyDay(7 * 60, 26 * 60) });

    it("is still open after midnight on the previous day's hours", () => {
      expect(openingState(overnight, at('2026-11-26T01:30:00'))).toEqual({
        isOpen: true,
        nextChangeAt: at('2026-11-26T02:00:00'),
        label: '营业中 · 02:00打烊',
      });
    });

    it('is closed between 02:00 and 07:00 and opens at 07:00 the same day', () => {
      expect(openingState(overnight, at('2026-11-26T03:00:00'))).toMatchObject({
        isOpen: false,
        nextChangeAt: at('2026-11-26T07:00:00'),
        label: '已打烊 · 07:00开门',
      });
    });

    it('in the evening closes at 02:00 the next morning', () => {
      expect(openingState(overnight, at('2026-11-25T23:00:00')).nextChangeAt).toEqual(at('2026-11-26T02:00:00'));
    });

    it('after a closed day, does not run past midnight into it from the day before', () => {
      const noSunday = schedule({ hours: everyDay(7 * 60, 26 * 60).filter((h) => h.weekday !== 0) });
      // Saturday's hours run to 02:00 on Sunday; Sunday itself has none.
      expect(openingState(noSunday, at('2026-11-29T01:00:00')).isOpen).toBe(true);
      expect(openingState(noSunday, at('2026-11-29T12:00:00'))).toMatchObject({
        isOpen: false,
        nextChangeAt: at('2026-11-30T07:00:00'),
      });
    });
  });

  describe('24h stores', () => {
    it('are always open with no next change', () => {
      expect(openingState(schedule({ is24h: true }), at('2026-11-25T03:00:00'))).toEqual({
        isOpen: true,
        nextChangeAt: null,
        label: '24小时营业',
      });
    });

    it('close for a closure day and reopen at the next midnight', () => {
      const refit = schedule({ is24h: true, closedDates: ['2026-11-26'] });
      expect(openingState(refit, at('2026-11-25T20:00:00'))).toMatchObject({ isOpen: true, nextChangeAt: at('2026-11-26T00:00:00') });
      expect(openingState(refit, at('2026-11-26T10:00:00'))).toMatchObject({
        isOpen: false,
        nextChangeAt: at('2026-11-27T00:00:00'),
        label: '已打烊 · 明天00:00开门',
      });
    });
  });

  describe('closed days', () => {
    const weekdaysOnly = schedule({ hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, openMinute: 7 * 60, closeMinute: 21 * 60 })) });

    it('a weekday-only store is closed at the weekend and names the date it reopens', () => {
      expect(openingState(weekdaysOnly, at('2026-11-28T10:00:00'))).toEqual({
        isOpen: false,
        nextChangeAt: at('2026-11-30T07:00:00'),
        label: '已打烊 · 11月30日07:00开门',
      });
    });

    it('a closure date overrides the weekly hours', () => {
      const closed = schedule({ hours: everyDay(8 * 60, 22 * 60), closedDates: ['2026-11-25'] });
      expect(openingState(closed, at('2026-11-25T12:00:00'))).toMatchObject({ isOpen: false, nextChangeAt: at('2026-11-26T08:00:00') });
    });

    it('a store with no hours at all is 暂停营业', () => {
      expect(openingState(schedule({}), at('2026-11-25T12:00:00'))).toEqual({ isOpen: false, nextChangeAt: null, label: '暂停营业' });
    });
  });
});
