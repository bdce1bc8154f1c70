import DataLoader from 'dataloader';
import type { Services } from '../services.ts';
import type { StockKey } from './sql.ts';

const cacheKeyFn = (key: StockKey) => `${key.storeId}:${key.productId}`;

/** Per-request batching of the per-product lookups a page of products makes. */
export function createCatalogLoaders(services: Services) {
  return {
    stock: new DataLoader((keys: readonly StockKey[]) => services.catalog.stock(keys), { cacheKeyFn }),
    elsewhere: new DataLoader((keys: readonly StockKey[]) => services.catalog.elsewhere(keys), { cacheKeyFn }),
    mainImageId: new DataLoader((productIds: readonly number[]) => services.catalog.mainImageIds(productIds)),
    productName: new DataLoader((productIds: readonly number[]) => services.catalog.productNames(productIds)),
  };
}
