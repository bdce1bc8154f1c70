import type { Resolvers } from '@corner/shared-types/server';
import { requireChainAccess, requireStoreAccess } from '../access/guard.ts';
import { parseProductId } from '../catalog/service.ts';
import type { RequestContext } from '../graphql/context.ts';
import { minuteToClock, openingState } from './hours.ts';
import { parseStoreId } from './service.ts';
import { LatitudeScalar, LongitudeScalar, locationOf } from './coordinates.ts';

/** The store a staff operation acts on, with the caller's right to act there (the field's declared permission). */
async function staffStore(context: RequestContext, rawStoreId: string) {
  const storeId = parseStoreId(rawStoreId, 'storeId');
  const { userId } = await requireStoreAccess(context, storeId);
  return { storeId, userId };
}

export const storeResolvers: Resolvers<RequestContext> = {
  Latitude: LatitudeScalar,
  Longitude: LongitudeScalar,
  Query: {
    nearbyStores: (_parent, args, context) =>
      context.services.stores.nearbyStores(locationOf(args.location), { radiusM: args.radiusM, first: args.first, now: context.deps.now() }),
    store: (_parent, args, context) => context.loaders.store.load(parseStoreId(args.id)),
    storeSeenFrom: async (_parent, args, context) =>
      context.services.stores.seenFrom(await context.loaders.store.load(parseStoreId(args.id)), locationOf(args.location), context.deps.now()),
    places: (_parent, args, context) => context.services.stores.places(args.keyword),
    storeSettings: async (_parent, args, context) => {
      const { storeId } = await staffStore(context, args.storeId);
      await context.loaders.store.load(storeId);
      return context.services.storeSettings.settings(storeId);
    },
    storeShelf: async (_parent, args, context) => {
      const { storeId } = await staffStore(context, args.storeId);
      return context.services.shelf.search(storeId, args.query, { first: args.first, after: args.after });
    },
  },
  Mutation: {
    setStoreHours: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.storeSettings.setHours(userId, storeId, args.is24h, args.hours);
    },
    addStoreClosure: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.storeSettings.addClosure(userId, storeId, args.date, args.reason);
    },
    removeStoreClosure: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.storeSettings.removeClosure(userId, storeId, args.date);
    },
    setStoreDelivery: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.storeSettings.setDelivery(userId, storeId, { ...args.input, freeDeliveryFromFen: args.input.freeDeliveryFromFen ?? null });
    },
    setStoreDeliveryArea: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.storeSettings.setDeliveryArea(userId, storeId, args.area);
    },
    setStoreBusy: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.storeSettings.setBusy(userId, storeId, { deliveryPaused: args.deliveryPaused, extraPromiseMinutes: args.extraPromiseMinutes });
    },
    setShelfItem: async (_parent, args, context) => {
      const { storeId, userId } = await staffStore(context, args.storeId);
      return context.services.shelf.setItem(userId, storeId, parseProductId(args.productId), { ...args.input, memberPriceFen: args.input.memberPriceFen ?? null });
    },
    setProductPriceBand: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.shelf.setPriceBand(userId, parseProductId(args.productId), { minFen: args.minFen ?? null, maxFen: args.maxFen ?? null });
    },
  },
  Store: {
    id: (store) => String(store.id),
    location: (store) => ({ lat: store.lat, lng: store.lng }),
    openingHours: (store) =>
      store.hours
        .slice()
        .sort((a, b) => a.weekday - b.weekday)
        .map((h) => ({ weekday: h.weekday, opens: minuteToClock(h.openMinute), closes: minuteToClock(h.closeMinute) })),
    openingStatus: (store, _args, context) => openingState(store, context.deps.now()),
    deliveryPolygon: (store) => (Array.isArray(store.deliveryPolygon) ? (store.deliveryPolygon as number[][]) : null),
  },
  // Read after the change, past anything this request cached of the store.
  StoreSettings: {
    store: (settings, _args, context) => context.loaders.store.clear(settings.storeId).load(settings.storeId),
  },
  ShelfItem: {
    productId: (row) => String(row.productId),
    image: (row, _args, context) => {
      const [main] = row.imageIds;
      return main === undefined ? null : context.services.images.urls(main);
    },
  },
  ProductPriceBand: {
    productId: (row) => String(row.id),
  },
};
