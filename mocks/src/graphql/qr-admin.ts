import { graphql, http, HttpResponse } from 'msw';
import type {
  CreateQrCodeMutation,
  CreateQrCodeMutationVariables,
  QrCodeAdminFieldsFragment,
  QrReportQuery,
  QrReportQueryVariables,
  SetQrCodeDisabledMutation,
  SetQrCodeDisabledMutationVariables,
  StaffOrderQueueQuery,
  StaffOrderQueueQueryVariables,
  StaffStoresQuery,
  StaffStoresQueryVariables,
  StoreCampaignsQuery,
  StoreCampaignsQueryVariables,
  StoreQrCodesQuery,
  StoreQrCodesQueryVariables,
} from '../../../shared-types/src/generated/client.ts';
import { clerkStore, managerStore } from './staff.ts';

const paths = (id: string) => ({
  posterPngPath: `/qr/codes/${id}/poster.png`,
  posterSvgPath: `/qr/codes/${id}/poster.svg`,
  wxacodePath: `/qr/codes/${id}/wxacode.png`,
});

/** Store 1's codes as the BFF lists them: a live door poster, a disabled shelf code, an expired campaign code. */
export const storeQrCodes: QrCodeAdminFieldsFragment[] = [
  {
    id: '3', scene: 's1', kind: 'STORE', label: '人民广场店 门口海报', productId: null, productName: null, campaignId: null, campaignTitle: null,
    disabledAt: null, expiresAt: null, active: true, ...paths('3'),
  },
  {
    id: '1', scene: 'qshelf0001', kind: 'PRODUCT', label: '货架码：冰红茶', productId: '20', productName: '冰红茶 500ml', campaignId: null, campaignTitle: null,
    disabledAt: '2026-11-20T02:00:00.000Z', expiresAt: null, active: false, ...paths('1'),
  },
  {
    id: '2', scene: 'qcamp00001', kind: 'CAMPAIGN', label: '扫码领券 收银台立牌', productId: null, productName: null, campaignId: '1', campaignTitle: '新客扫码领券',
    disabledAt: null, expiresAt: '2026-11-01T16:00:00.000Z', active: false, ...paths('2'),
  },
];

/** demo-manager-a: manager of store 1. */
export const staffStoresManager = graphql.query<StaffStoresQuery, StaffStoresQueryVariables>('StaffStores', () =>
  HttpResponse.json({ data: { staffStores: [managerStore('1', '人民广场店')], staffChainPermissions: [] } }),
);

/** demo-clerk-a: clerk of the same store, without the manager tabs. */
export const staffStoresClerk = graphql.query<StaffStoresQuery, StaffStoresQueryVariables>('StaffStores', () =>
  HttpResponse.json({ data: { staffStores: [clerkStore('1', '人民广场店')], staffChainPermissions: [] } }),
);

/** The queue the staff page opens on: nothing waiting. */
export const staffQueueEmpty = graphql.query<StaffOrderQueueQuery, StaffOrderQueueQueryVariables>('StaffOrderQueue', () =>
  HttpResponse.json({ data: { staffOrderQueue: { cursor: 'c0', changed: true, entries: [], serverTime: '2026-11-25T06:00:00.000Z' } } }),
);

export const storeQrCodesSuccess = graphql.query<StoreQrCodesQuery, StoreQrCodesQueryVariables>('StoreQrCodes', () =>
  HttpResponse.json({ data: { storeQrCodes: storeQrCodes } }),
);

/** A live code's poster as SVG, the small picture on its card: any BFF origin, any code. */
export const qrPosterSvgSuccess = http.get('*/qr/codes/:id/poster.svg', ({ params }) =>
  HttpResponse.text(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900"><text>${String(params.id)}</text></svg>`, {
    headers: { 'content-type': 'image/svg+xml' },
  }),
);

/** Store 1's own campaign running now and a chain-wide one still to come, as the BFF offers them for a new code. */
export const storeCampaigns: StoreCampaignsQuery['storeCampaigns'] = [
  { id: '1', title: '新客扫码领券', storeId: '1', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-12-31T15:59:59.000Z', running: true },
  { id: '4', title: '全连锁 元旦会员日', storeId: null, startsAt: '2026-12-31T16:00:00.000Z', endsAt: '2027-01-03T16:00:00.000Z', running: false },
];

export const storeCampaignsSuccess = graphql.query<StoreCampaignsQuery, StoreCampaignsQueryVariables>('StoreCampaigns', () =>
  HttpResponse.json({ data: { storeCampaigns } }),
);

/** Disabling or enabling answers the code as it now is; `active` follows unless the code has expired anyway. */
export const setQrCodeDisabledSuccess = graphql.mutation<SetQrCodeDisabledMutation, SetQrCodeDisabledMutationVariables>('SetQrCodeDisabled', ({ variables }) => {
  const code = storeQrCodes.find((c) => c.id === variables.id)!;
  return HttpResponse.json({
    data: {
      setQrCodeDisabled: { ...code, disabledAt: variables.disabled ? '2026-11-25T06:00:00.000Z' : null, active: !variables.disabled && code.expiresAt === null },
    },
  });
});

/** The BFF's refusal of a shelf code for a product the store does not sell. */
export const createQrCodeNotSoldHere = graphql.mutation<CreateQrCodeMutation, CreateQrCodeMutationVariables>('CreateQrCode', ({ variables }) =>
  HttpResponse.json({
    data: null,
    errors: [{ message: '该商品不在本店销售', path: ['createQrCode'], extensions: { code: 'PRODUCT_NOT_SOLD_HERE', productId: variables.input.productId } }],
  }),
);

type Stats = QrReportQuery['qrReport']['codes'][number]['stats'];
const stats = (scans: number, uniqueVisitors: number, orders: number, paidOrders: number, revenueFen: number, repeatOrders: number): Stats => ({
  scans, uniqueVisitors, orders, paidOrders, revenueFen, repeatOrders, repeatShoppers: repeatOrders,
});

/** The report for whatever range was asked; a reversed range is refused as the BFF does. */
export const qrReportSuccess = graphql.query<QrReportQuery, QrReportQueryVariables>('QrReport', ({ variables }) => {
  if (variables.from > variables.to) {
    return HttpResponse.json({
      data: null,
      errors: [{ message: '结束日期早于开始日期', path: ['qrReport'], extensions: { code: 'BAD_USER_INPUT', field: 'to', reason: 'RANGE_REVERSED' } }],
    });
  }
  return HttpResponse.json({
    data: {
      qrReport: {
        from: variables.from,
        to: variables.to,
        codes: [
          { code: { id: '3', label: '人民广场店 门口海报', scene: 's1' }, stats: stats(42, 30, 6, 5, 15800, 2) },
          { code: { id: '2', label: '扫码领券 收银台立牌', scene: 'qcamp00001' }, stats: stats(10, 9, 1, 1, 2350, 0) },
        ],
        campaigns: [{ campaign: { id: '1', title: '新客扫码领券' }, stats: stats(10, 9, 1, 1, 2350, 0) }],
      },
    },
  });
});

/** What the manager's staff page needs for the 二维码 tab. */
export const qrAdminHandlers = [staffStoresManager, staffQueueEmpty, storeQrCodesSuccess, setQrCodeDisabledSuccess, qrReportSuccess, qrPosterSvgSuccess, storeCampaignsSuccess];
