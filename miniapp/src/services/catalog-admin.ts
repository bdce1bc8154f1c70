import {
  CatalogProductsDocument,
  CreateProductDocument,
  ProductCategoryChoicesDocument,
  SetProductPriceBandDocument,
  UpdateProductDocument,
  type CatalogProductFieldsFragment,
  type ProductContentInput,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

export type CatalogProduct = CatalogProductFieldsFragment

export const fetchCatalogProducts = async (query: string, after: string | null) =>
  (await graphqlClient.request(CatalogProductsDocument, { query: query.trim() || null, after })).catalogProducts
export const fetchCategoryChoices = async () => (await graphqlClient.request(ProductCategoryChoicesDocument, {})).productCategoryChoices
export const createProduct = async (input: ProductContentInput, basePriceFen: number) =>
  (await graphqlClient.request(CreateProductDocument, { input, basePriceFen })).createProduct
/** Head office's band for every store's price of the product; null leaves that side open. */
export const setPriceBand = async (productId: string, minFen: number | null, maxFen: number | null) =>
  (await graphqlClient.request(SetProductPriceBandDocument, { productId, minFen, maxFen })).setProductPriceBand

export const updateProduct = async (id: string, input: ProductContentInput) => (await graphqlClient.request(UpdateProductDocument, { id, input })).updateProduct

/** The form of a product as it stands: what 保存 sends back when nothing was touched. */
export const contentOf = (product: CatalogProduct): ProductContentInput => ({
  barcode: product.barcode,
  name: product.name,
  description: product.description,
  unit: product.unit,
  categoryId: product.categoryId,
  status: product.status,
  featured: product.featured,
  imageIds: product.images.map((image) => image.id),
})
