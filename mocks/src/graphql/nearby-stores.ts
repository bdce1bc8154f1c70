import { graphql, HttpResponse } from 'msw';
import { campaignBannersNone } from './campaigns.ts';
import { placesSuccess, storeCategoriesSuccess, storeProductsSuccess, storeProductSuccess } from './catalog.ts';
import { orderHandlers } from './orders.ts';
import { claimVisitorScansNone, loginSuccess } from './session.ts';

import type {
  NearbyStoresQuery,
  NearbyStoresQueryVariables,
  StoreCardQuery,
  StoreCardQueryVariables,
  StoreSeenFromQuery,
  StoreSeenFromQueryVariables,
} from '../../../shared-types/src/generated/client.ts';

export type NearbyStoresFixture = NearbyStoresQuery;
export type NearbyStoresFixtureVariables = NearbyStoresQueryVariables;

export const nearbyStoresData: NearbyStoresFixture = {
  nearbyStores: [
    {
      distanceM: 350,
      deliversHere: true,
      deliveryEstimateMinutes: 25,
      pickupAvailable: true,
      store: {
        id: '101',
        name: '街角便利 南京东路店',
        address: '上海市黄浦区南京东路300号',
        district: '黄浦区',
        openingStatus: { isOpen: true, label: '24小时营业' },
        deliveryPaused: false,
        deliveryFeeFen: 300,
        minOrderFen: 2000,
      },
    },
    {
      distanceM: 1234,
      deliversHere: true,
      deliveryEstimateMinutes: 40,
      pickupAvailable: true,
      store: {
        id: '102',
        name: '街角便利 西藏中路店',
        address: '上海市黄浦区西藏中路168号',
        district: '黄浦区',
        openingStatus: { isOpen: true, label: '营业中 · 23:00打烊' },
        deliveryPaused: false,
        deliveryFeeFen: 500,
        minOrderFen: 2500,
      },
    },
    {
      distanceM: 4800,
      deliversHere: false,
      deliveryEstimateMinutes: null,
      pickupAvailable: true,
      store: {
        id: '103',
        name: '街角便利 陆家嘴店',
        address: '上海市浦东新区陆家嘴环路1000号',
        district: '浦东新区',
        openingStatus: { isOpen: false, label: '已打烊 · 07:00营业' },
        deliveryPaused: false,
        deliveryFeeFen: 500,
        minOrderFen: 3000,
      },
    },
  ],
};

/** Answers with `nearbyStoresData`, trimmed to `first`. */
export const nearbyStoresSuccess = graphql.query<NearbyStoresFixture, NearbyStoresFixtureVariables>(
  'NearbyStores',
  ({ variables }) => {
    const first = variables.first ?? nearbyStoresData.nearbyStores.length;
    return HttpResponse.json({ data: { nearbyStores: nearbyStoresData.nearbyStores.slice(0, first) } });
  },
);

export const nearbyStoresEmpty = graphql.query<NearbyStoresFixture, NearbyStoresFixtureVariables>(
  'NearbyStores',
  () => HttpResponse.json({ data: { nearbyStores: [] } }),
);

/** A GraphQL-level failure, as graphql-yoga formats a masked resolver error. */
export const nearbyStoresServerError = graphql.query('NearbyStores', () =>
  HttpResponse.json({
    data: null,
    errors: [
      {
        message: '门店服务暂时不可用，请稍后重试',
        path: ['nearbyStores'],
        extensions: { code: 'STORES_UNAVAILABLE' },
      },
    ],
  }),
);

/** The connection itself fails (offline, DNS, TLS): fetch rejects. */
export const nearbyStoresNetworkError = graphql.query('NearbyStores', () => HttpResponse.error());

/** A store 25 km from the fixture location, far outside the nearby list, that a shopper can still choose. */
export const farStoreData: StoreSeenFromQuery['storeSeenFrom'] = {
  distanceM: 25_400,
  deliversHere: false,
  deliveryEstimateMinutes: null,
  pickupAvailable: true,
  store: {
    id: '150',
    name: '街角便利 嘉定新城店',
    address: '上海市嘉定区裕民南路88号',
    district: '嘉定区',
    openingStatus: { isOpen: true, label: '营业中 · 23:00打烊' },
    deliveryPaused: false,
    deliveryFeeFen: 500,
    minOrderFen: 2000,
  },
};

/** Any nearby fixture store or the far one; other ids are NOT_FOUND, as for a store closed down. */
export const storeSeenFromSuccess = graphql.query<StoreSeenFromQuery, StoreSeenFromQueryVariables>('StoreSeenFrom', ({ variables }) => {
  const found = [...nearbyStoresData.nearbyStores, farStoreData].find((item) => item.store.id === variables.id);
  if (found) return HttpResponse.json({ data: { storeSeenFrom: found } });
  return HttpResponse.json({
    data: null,
    errors: [{ message: `门店 ${variables.id} 不存在`, path: ['storeSeenFrom'], extensions: { code: 'NOT_FOUND' } }],
  });
});

/** The same stores by id alone, as 首页 shows a chosen store when there is no location to see it from. */
export const storeCardSuccess = graphql.query<StoreCardQuery, StoreCardQueryVariables>('StoreCard', ({ variables }) => {
  const found = [...nearbyStoresData.nearbyStores, farStoreData].find((item) => item.store.id === variables.id);
  if (found) return HttpResponse.json({ data: { store: found.store } });
  return HttpResponse.json({ data: null, errors: [{ message: `门店 ${variables.id} 不存在`, path: ['store'], extensions: { code: 'NOT_FOUND' } }] });
});

/** Default handlers for miniapp component tests. */
export const graphqlHandlers = [
  nearbyStoresSuccess,
  storeSeenFromSuccess,
  storeCardSuccess,
  storeCategoriesSuccess,
  storeProductsSuccess,
  storeProductSuccess,
  placesSuccess,
  loginSuccess,
  claimVisitorScansNone,
  campaignBannersNone,
  ...orderHandlers,
];
