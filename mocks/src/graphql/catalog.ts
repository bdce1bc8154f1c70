import { graphql, HttpResponse } from 'msw';
import type {
  PlacesQuery,
  PlacesQueryVariables,
  SearchHotWordsQuery,
  SearchHotWordsQueryVariables,
  SearchStoreProductsQuery,
  SearchStoreProductsQueryVariables,
  StoreCategoriesQuery,
  StoreCategoriesQueryVariables,
  StoreProductQuery,
  StoreProductQueryVariables,
  StoreProductsQuery,
  StoreProductsQueryVariables,
} from '../../../shared-types/src/generated/client.ts';

export const categoriesData: StoreCategoriesQuery = {
  storeCategories: [
    { id: '1', name: '饮料', availableCount: 42, children: [{ id: '13', name: '饮用水', availableCount: 8 }] },
    { id: '2', name: '零食', availableCount: 30, children: [] },
  ],
};

type ProductNode = StoreProductsQuery['storeProducts']['nodes'][number];

/** 45 drinks: enough for three pages of 20, some out of stock, some low, some at member price. */
export const drinks: ProductNode[] = Array.from({ length: 45 }, (_, i) => ({
  id: String(1000 + i),
  name: `测试饮料${i + 1}号 500ml`,
  unit: '瓶',
  priceFen: 300 + i,
  memberPriceFen: i % 3 === 0 ? 250 + i : null,
  available: i % 7 === 0 ? 0 : i % 5 === 0 ? 2 : 20,
  badges: [
    ...(i % 7 === 0 ? (['OUT_OF_STOCK'] as const) : i % 5 === 0 ? (['LOW_STOCK'] as const) : []),
    ...(i % 3 === 0 ? (['MEMBER_PRICE'] as const) : []),
  ],
  image: null,
}));

const encode = (id: string) => `cursor:${id}`;

/** Search over `drinks` by name, first page only. */
export const searchStoreProductsSuccess = graphql.query<SearchStoreProductsQuery, SearchStoreProductsQueryVariables>('SearchStoreProducts', ({ variables }) => {
  const nodes = drinks.filter((p) => p.name.includes(variables.query.trim())).slice(0, 20);
  const suggestions = nodes.length === 0 ? drinks.slice(0, 3) : [];
  return HttpResponse.json({ data: { searchStoreProducts: { nodes, pageInfo: { hasNextPage: false, endCursor: null }, suggestions } } });
});

export const searchHotWordsSuccess = graphql.query<SearchHotWordsQuery, SearchHotWordsQueryVariables>('SearchHotWords', () =>
  HttpResponse.json({ data: { searchHotWords: ['测试饮料1', '测试饮料2'] } }),
);

export const storeCategoriesSuccess = graphql.query<StoreCategoriesQuery, StoreCategoriesQueryVariables>('StoreCategories', () =>
  HttpResponse.json({ data: categoriesData }),
);

/** Cursor pagination over `drinks` for any category; `featured` answers the first three. */
export const storeProductsSuccess = graphql.query<StoreProductsQuery, StoreProductsQueryVariables>('StoreProducts', ({ variables }) => {
  const list = variables.featured ? drinks.slice(0, 3) : drinks;
  const start = variables.after ? list.findIndex((p) => encode(p.id) === variables.after) + 1 : 0;
  const nodes = list.slice(start, start + (variables.first ?? 20));
  return HttpResponse.json({
    data: {
      storeProducts: {
        nodes,
        pageInfo: { hasNextPage: start + nodes.length < list.length, endCursor: nodes.length ? encode(nodes.at(-1)!.id) : null },
      },
    },
  });
});

export const storeProductOutOfStock: StoreProductQuery['storeProduct'] = {
  ...drinks[0]!,
  description: '冷藏后饮用口感更佳。',
  images: [],
  barcode: '6900000001000',
  maxPerOrder: 20,
  onSale: true,
  elsewhere: [
    { distanceM: 612, available: 9, store: { id: '102', name: '街角便利 南京西路店', address: '南京西路1266号', openingStatus: { isOpen: true, label: '营业中 · 02:00打烊' } } },
  ],
};

export const storeProductSuccess = graphql.query<StoreProductQuery, StoreProductQueryVariables>('StoreProduct', () =>
  HttpResponse.json({ data: { storeProduct: storeProductOutOfStock } }),
);

export const placesData: PlacesQuery = {
  places: [
    { kind: 'DISTRICT', name: '黄浦区', district: '黄浦区', location: { lat: 31.226, lng: 121.48 } },
    { kind: 'DISTRICT', name: '静安区', district: '静安区', location: { lat: 31.24, lng: 121.45 } },
  ],
};

export const placesSuccess = graphql.query<PlacesQuery, PlacesQueryVariables>('Places', ({ variables }) =>
  HttpResponse.json({
    data: variables.keyword
      ? { places: [{ kind: 'LANDMARK', name: '外滩', district: '黄浦区', location: { lat: 31.2397, lng: 121.4906 } }] }
      : placesData,
  }),
);

/** Fails once per `use`, as a flaky network would: the first call errors, a retry succeeds. */
export const storeProductsServerErrorOnce = graphql.query(
  'StoreProducts',
  () => HttpResponse.json({ data: null, errors: [{ message: '商品服务暂时不可用，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
  { once: true },
);
