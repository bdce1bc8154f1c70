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

import { anonymousClient, graphqlClient } from './graphql-client'
import { fetchCampaignBanners } from './campaign'

export type Category = StoreCategoriesQuery['storeCategories'][number]
export type ProductSummary = ProductCardFragment
export type ProductDetail = StoreProductQuery['storeProduct']

export interface ProductPage {
  nodes: ProductSummary[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

export const PAGE_SIZE = 20

export async function fetchCategories(storeId: string): Promise<Category[]> {
  return (await anonymousClient.request(StoreCategoriesDocument, { storeId })).storeCategories
}

/** The featured products 首页 shows. */
export const FEATURED_ON_HOME = 10

const HOME_CATALOG = {
  categories: (storeId: string) => fetchCategories(storeId),
  featured: (storeId: string) => fetchProducts(storeId, { featured: true, first: FEATURED_ON_HOME }),
  // A failed banner list is no reason to hold up the shelf: no banners then.
  banners: (storeId: string) =>
    fetchCampaignBanners(storeId).then(
      (banners) => {
        preloadPicture(banners[0]?.banner?.large)
        return banners
      },
      () => [],
    ),
}

/**
 * H5: the first banner is 首页's largest picture (its Largest Contentful Paint). Its download starts as
 * soon as its address is known, at high priority, instead of once React has drawn its <img>; the
 * <img> then takes it from the preload cache.
 */
function preloadPicture(url: string | undefined): void {
  if (process.env.TARO_ENV !== 'h5' || !url || typeof document === 'undefined') return
  if (document.head.querySelector(`link[rel="preload"][href="${url}"]`)) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.setAttribute('as', 'image')
  link.href = url
  link.setAttribute('fetchpriority', 'high')
  document.head.appendChild(link)
}
type HomePart = keyof typeof HOME_CATALOG

/**
 * 首页's catalogue needs only the store's id, so it is asked for together with the store's card instead
 * of after it: one round trip less before the first product picture. Each early answer is taken once
 * (a retry asks again), and only the latest store's are kept.
 */
const early = new Map<string, Promise<unknown>>()
/** The early answers that are in, by the same key: 首页 draws them in its first pass (answeredHomeCatalog). */
const answered = new Map<string, { data: unknown }>()

export function prefetchHomeCatalog(storeId: string): void {
  early.clear()
  answered.clear()
  for (const part of Object.keys(HOME_CATALOG) as HomePart[]) {
    const key = `${part}:${storeId}`
    const started = HOME_CATALOG[part](storeId)
    started.then(
      (data) => {
        if (early.get(key) === started) answered.set(key, { data })
      },
      // A store that turns out to be gone is never shown and its answers never taken: no unhandled rejection.
      () => undefined,
    )
    early.set(key, started)
  }
}

/**
 * An early answer that is already in (on H5 a scanned store's shelves come with index.html's early
 * requests); null while it is still coming or when there is none. Read, not taken: React may render a
 * mount twice and keep only one, and both must see it. The next store's prefetch clears it.
 */
function answeredHomeCatalog<P extends HomePart>(part: P, storeId: string): { data: Awaited<ReturnType<(typeof HOME_CATALOG)[P]>> } | null {
  return (answered.get(`${part}:${storeId}`) as { data: Awaited<ReturnType<(typeof HOME_CATALOG)[P]>> } | undefined) ?? null
}

function homeCatalog<P extends HomePart>(part: P, storeId: string): ReturnType<(typeof HOME_CATALOG)[P]> {
  const key = `${part}:${storeId}`
  const started = early.get(key)
  early.delete(key)
  answered.delete(key)
  return (started ?? HOME_CATALOG[part](storeId)) as ReturnType<(typeof HOME_CATALOG)[P]>
}

export const fetchHomeCategories = (storeId: string) => homeCatalog('categories', storeId)
export const fetchHomeFeatured = (storeId: string) => homeCatalog('featured', storeId)
export const fetchHomeBanners = (storeId: string) => homeCatalog('banners', storeId)
export const answeredHomeCategories = (storeId: string) => answeredHomeCatalog('categories', storeId)
export const answeredHomeFeatured = (storeId: string) => answeredHomeCatalog('featured', storeId)
export const answeredHomeBanners = (storeId: string) => answeredHomeCatalog('banners', storeId)

export async function fetchProducts(
  storeId: string,
  options: { categoryId?: string; featured?: boolean; after?: string | null; first?: number },
): Promise<ProductPage> {
  const data = await anonymousClient.request(StoreProductsDocument, {
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
