import { graphql, HttpResponse } from 'msw';
import type { StaffTodayFiguresQuery, StaffTodayFiguresQueryVariables } from '../../../shared-types/src/generated/client.ts';

type Figures = StaffTodayFiguresQuery['staffTodayFigures'];

/** Store 1's hours by sales in fen: today up to 14:00, and the Wednesday before, all day. */
const TODAY_FEN = [1200, 0, 0, 0, 0, 0, 0, 2590, 5180, 8650, 4200, 9870, 15230, 7640, 3100];
const LAST_WEEK_FEN = [900, 0, 0, 0, 0, 0, 0, 1800, 6200, 7300, 5100, 8800, 12600, 9100, 4300, 3900, 5200, 9800, 14200, 11000, 7600, 4100, 2300, 1000];

/** Store 1 on Wednesday 2026-11-25 at 14:30 Shanghai, with the figures a busy lunchtime leaves. */
export const todayFigures: Figures = {
  date: '2026-11-25',
  lastWeekDate: '2026-11-18',
  orders: 37,
  salesFen: 57660,
  averageTicketFen: 1558,
  pickedOrders: 33,
  averagePickingSeconds: 338,
  promisesDue: 34,
  promisesKept: 31,
  onTimeRate: 31 / 34,
  lateOrders: 3,
  refunds: 2,
  refundedFen: 1590,
  hours: LAST_WEEK_FEN.map((lastWeekSalesFen, hour) => ({
    hour,
    orders: hour < TODAY_FEN.length ? Math.ceil(TODAY_FEN[hour]! / 1800) : null,
    salesFen: hour < TODAY_FEN.length ? TODAY_FEN[hour]! : null,
    lastWeekOrders: Math.ceil(lastWeekSalesFen / 1800),
    lastWeekSalesFen,
  })),
  topProducts: [
    { productId: '1', name: '农夫山泉 饮用天然水 550ml', image: { thumb: '/images/p1/thumb-240' }, quantity: 18, salesFen: 3600 },
    { productId: '20', name: '海苔薯片 70g', image: null, quantity: 9, salesFen: 5310 },
    { productId: '7', name: '光明 鲜牛奶 950ml', image: { thumb: '/images/p7/thumb-240' }, quantity: 6, salesFen: 8280 },
  ],
  qrFunnel: { scans: 48, visitors: 31, orders: 9, repeatOrders: 2 },
};

/** The figures, once the manager asks (again). */
export const staffTodayFiguresSuccess = graphql.query<StaffTodayFiguresQuery, StaffTodayFiguresQueryVariables>('StaffTodayFigures', () =>
  HttpResponse.json({ data: { staffTodayFigures: todayFigures } }),
);

/** The first request fails as an unreachable BFF would; a retry gets the figures. */
export const staffTodayFiguresFailingOnce = () => {
  let failed = false;
  return graphql.query<StaffTodayFiguresQuery, StaffTodayFiguresQueryVariables>('StaffTodayFigures', () => {
    if (failed) return HttpResponse.json({ data: { staffTodayFigures: todayFigures } });
    failed = true;
    return HttpResponse.json({ data: null, errors: [{ message: '服务器开小差了，请稍后再试', path: ['staffTodayFigures'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
};
