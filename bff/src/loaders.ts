import DataLoader from 'dataloader';
import { createCatalogLoaders } from './catalog/loaders.ts';
import type { Services } from './services.ts';

/** Built per request (never shared across requests, so no stale cache and no data leaking between users). */
export function createLoaders(services: Services) {
  return {
    store: new DataLoader((ids: readonly number[]) => services.stores.storesByIds(ids)),
    ...createCatalogLoaders(services),
    // An order list asks for every order's items and timeline: one statement each, not one per order.
    orderItems: new DataLoader((orderIds: readonly string[]) => services.orders.itemsOfOrders(orderIds)),
    orderEvents: new DataLoader((orderIds: readonly string[]) => services.orders.eventsOfOrders(orderIds)),
    shortLines: new DataLoader(async (orderIds: readonly string[]) => {
      const byOrder = await services.integrations.shortLines(orderIds);
      return orderIds.map((id) => byOrder.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
