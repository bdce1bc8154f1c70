import {
  SearchHotWordsDocument,
  SearchStoreProductsDocument,
  StoreCategoriesDocument,
  StoreProductDocument,
  StoreProductsDocument,
  type ProductCardFragment,
  type StoreCategoriesQuery,
  type StoreProductQuery,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

export type Category = StoreCategoriesQuery['storeCategories'][number]
export type ProductSummary = ProductCardFragment
export type ProductDetail = StoreProductQuery['storeProduct']

export interface ProductPage {
  nodes: ProductSummary[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

export const PAGE_SIZE = 20

export async function fetchCategories(storeId: string): Promise<Category[]> {
  return (await graphqlClient.request(StoreCategoriesDocument, { storeId })).storeCategories
}

export async function fetchProducts(
  storeId: string,
  options: { categoryId?: string; featured?: boolean; after?: string | null; first?: number },
): Promise<ProductPage> {
  const data = await graphqlClient.request(StoreProductsDocument, {
    storeId,
    categoryId: options.categoryId ?? null,
    featured: options.featured ?? null,
    first: options.first ?? PAGE_SIZE,
    after: options.after ?? null,
  })
  return data.storeProducts
}

/** A page of hits; `suggestions` (what the store has instead) is filled only when the first page is empty. */
export interface SearchPage extends ProductPage {
  suggestions: ProductSummary[]
}

export async function searchProducts(storeId: string, query: string, after: string | null): Promise<SearchPage> {
  const data = await graphqlClient.request(SearchStoreProductsDocument, { storeId, query, after })
  return data.searchStoreProducts
}

export async function fetchHotWords(storeId: string): Promise<string[]> {
  return (await graphqlClient.request(SearchHotWordsDocument, { storeId })).searchHotWords
}

export async function fetchProduct(storeId: string, productId: string): Promise<ProductDetail> {
  return (await graphqlClient.request(StoreProductDocument, { storeId, productId })).storeProduct
}
