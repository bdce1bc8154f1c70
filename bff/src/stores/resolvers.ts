import type { Resolvers } from '@corner/shared-types/server';
import type { RequestContext } from '../graphql/context.ts';
import { minuteToClock, openingState } from './hours.ts';
import { parseStoreId } from './service.ts';
import { LatitudeScalar, LongitudeScalar, locationOf } from './coordinates.ts';

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
  },
};
