import { graphql, HttpResponse } from 'msw';
import type {
  SetProductPriceBandMutation,
  SetProductPriceBandMutationVariables,
  CampaignAdminFieldsFragment,
  CampaignCouponChoicesQuery,
  CampaignCouponChoicesQueryVariables,
  CatalogProductFieldsFragment,
  CatalogProductsQuery,
  CatalogProductsQueryVariables,
  CreateCampaignMutation,
  CreateCampaignMutationVariables,
  MarketingCampaignsQuery,
  MarketingCampaignsQueryVariables,
  Permission,
  ProductCategoryChoicesQuery,
  ProductCategoryChoicesQueryVariables,
  StaffStoresQuery,
  StaffStoresQueryVariables,
  UpdateCampaignMutation,
  UpdateCampaignMutationVariables,
  UpdateProductMutation,
  UpdateProductMutationVariables,
} from '../../../shared-types/src/generated/client.ts';

// Head office's 商品 and the 活动 editor: a small chain catalogue and campaigns of store 1 and the chain.

/** What the built-in 总部运营 role allows, over the whole chain. */
export const OPERATOR_PERMISSIONS: Permission[] = ['CATALOG', 'MARKETING', 'STORE_SHELF', 'STORE_REPORTS', 'QR_CODES', 'AUDIT_READ'];

/** demo-hq-operator: a chain-wide role, so every store is theirs to work (store 1 here). */
export const staffStoresOperator = graphql.query<StaffStoresQuery, StaffStoresQueryVariables>('StaffStores', () =>
  HttpResponse.json({ data: { staffStores: [{ storeId: '1', name: '人民广场店', roleName: '总部运营', permissions: OPERATOR_PERMISSIONS }], staffChainPermissions: OPERATOR_PERMISSIONS } }),
);

export const catalogProducts: CatalogProductFieldsFragment[] = [
  {
    id: '1', barcode: '6901234567892', name: '农夫山泉 饮用天然水 550ml', description: '', unit: '瓶', categoryId: '13', categoryPath: '饮料 / 饮用水',
    status: 'ACTIVE', featured: true, basePriceFen: 200, priceBandMinFen: 100, priceBandMaxFen: 300,
    images: [{ id: 'a'.repeat(64), thumb: '/images/a/thumb-240', large: '/images/a/large-750' }, { id: 'b'.repeat(64), thumb: '/images/b/thumb-240', large: '/images/b/large-750' }],
  },
  {
    id: '2', barcode: '6909876543210', name: '旺旺 雪饼 84g', description: '香脆米饼', unit: '袋', categoryId: '2', categoryPath: '零食',
    status: 'INACTIVE', featured: false, basePriceFen: 650, priceBandMinFen: null, priceBandMaxFen: null, images: [],
  },
];

export const catalogProductsSuccess = graphql.query<CatalogProductsQuery, CatalogProductsQueryVariables>('CatalogProducts', ({ variables }) => {
  const nodes = catalogProducts.filter((p) => !variables.query || p.name.includes(variables.query) || p.barcode === variables.query);
  return HttpResponse.json({ data: { catalogProducts: { nodes, pageInfo: { hasNextPage: false, endCursor: null } } } });
});

export const productCategoryChoicesSuccess = graphql.query<ProductCategoryChoicesQuery, ProductCategoryChoicesQueryVariables>('ProductCategoryChoices', () =>
  HttpResponse.json({ data: { productCategoryChoices: [{ id: '1', path: '饮料' }, { id: '13', path: '饮料 / 饮用水' }, { id: '2', path: '零食' }] } }),
);

/** Saves whatever the form sent onto the product, as the BFF would. */
/** Head office's band, answered as the BFF would (a minimum above the maximum refused). */
export const setPriceBandHandler = graphql.mutation<SetProductPriceBandMutation, SetProductPriceBandMutationVariables>('SetProductPriceBand', ({ variables }) =>
  variables.minFen != null && variables.maxFen != null && variables.minFen > variables.maxFen
    ? HttpResponse.json({ errors: [{ message: '最低价不能高于最高价', extensions: { code: 'BAD_USER_INPUT', reason: 'BAND_REVERSED' } }], data: null })
    : HttpResponse.json({ data: { setProductPriceBand: { productId: variables.productId, priceBandMinFen: variables.minFen ?? null, priceBandMaxFen: variables.maxFen ?? null } } }),
);

export const updateProductSuccess = graphql.mutation<UpdateProductMutation, UpdateProductMutationVariables>('UpdateProduct', ({ variables }) => {
  const product = catalogProducts.find((p) => p.id === variables.id)!;
  const { imageIds, ...content } = variables.input;
  return HttpResponse.json({ data: { updateProduct: { ...product, ...content, images: product.images.filter((image) => imageIds.includes(image.id)) } } });
});

export const updateProductBarcodeTaken = graphql.mutation<UpdateProductMutation, UpdateProductMutationVariables>('UpdateProduct', ({ variables }) =>
  HttpResponse.json({
    data: null,
    errors: [{ message: `条码 ${variables.input.barcode} 已被其他商品使用`, extensions: { code: 'BAD_USER_INPUT', field: 'barcode', reason: 'BARCODE_TAKEN' } }],
  }),
);

export const managedCampaigns: CampaignAdminFieldsFragment[] = [
  {
    id: '1', title: '扫码领取满59减10元券', description: '到店扫码即可领取', storeId: '1',
    startsAt: '2026-01-01T00:00:00+08:00', endsAt: '2030-12-31T16:00:00.000Z', running: true,
    bannerImageId: 'c'.repeat(64), banner: { thumb: '/images/c/thumb-240', large: '/images/c/large-750' },
    coupons: [{ id: '3', name: '人民广场店 满59减10元', storeId: '1' }],
    featured: [{ id: '1000', name: '测试饮料1号 500ml', active: true, image: null }],
  },
];

export const marketingCampaignsSuccess = graphql.query<MarketingCampaignsQuery, MarketingCampaignsQueryVariables>('MarketingCampaigns', ({ variables }) =>
  HttpResponse.json({ data: { marketingCampaigns: managedCampaigns.filter((c) => c.storeId === (variables.storeId ?? null)) } }),
);

export const campaignCouponChoicesSuccess = graphql.query<CampaignCouponChoicesQuery, CampaignCouponChoicesQueryVariables>('CampaignCouponChoices', ({ variables }) =>
  HttpResponse.json({
    data: {
      campaignCouponChoices: [
        ...(variables.storeId ? [{ id: '3', name: '人民广场店 满59减10元', minSpendFen: 5900, validTo: '2030-12-31T15:59:59.000Z', storeId: '1' }] : []),
        { id: '1', name: '满30减5元', minSpendFen: 3000, validTo: '2030-12-31T15:59:59.000Z', storeId: null },
      ],
    },
  }),
);

const savedCampaign = (id: string, storeId: string | null, input: CreateCampaignMutationVariables['input']): CampaignAdminFieldsFragment => ({
  id, storeId, title: input.title, description: input.description, startsAt: input.startsAt, endsAt: input.endsAt, running: true,
  bannerImageId: input.bannerImageId ?? null, banner: input.bannerImageId ? { thumb: `/images/${input.bannerImageId}/thumb-240`, large: `/images/${input.bannerImageId}/large-750` } : null,
  coupons: (input.couponIds as string[]).map((couponId) => ({ id: couponId, name: `券${couponId}`, storeId: null })),
  featured: (input.featuredProductIds as string[]).map((productId) => ({ id: productId, name: `商品${productId}`, active: true, image: null })),
});

export const createCampaignSuccess = graphql.mutation<CreateCampaignMutation, CreateCampaignMutationVariables>('CreateCampaign', ({ variables }) =>
  HttpResponse.json({ data: { createCampaign: savedCampaign('9', variables.storeId ?? null, variables.input) } }),
);

export const updateCampaignSuccess = graphql.mutation<UpdateCampaignMutation, UpdateCampaignMutationVariables>('UpdateCampaign', ({ variables }) =>
  HttpResponse.json({ data: { updateCampaign: savedCampaign(variables.id, '1', variables.input) } }),
);

export const staffContentHandlers = [
  catalogProductsSuccess,
  productCategoryChoicesSuccess,
  updateProductSuccess,
  marketingCampaignsSuccess,
  campaignCouponChoicesSuccess,
  createCampaignSuccess,
  updateCampaignSuccess,
];
