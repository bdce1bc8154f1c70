import type { Resolvers } from '@corner/shared-types/server';
import type { RequestContext } from '../graphql/context.ts';
import { minuteToClock, openingState } from './hours.ts';
import { parseStoreId } from './service.ts';

export const storeResolvers: Resolvers<RequestContext> = {
  Query: {
    nearbyStores: (_parent, args, context) =>
      context.services.stores.nearbyStores(args.location, { radiusM: args.radiusM, first: args.first, now: context.deps.now() }),
    store: (_parent, args, context) => context.loaders.store.load(parseStoreId(args.id)),
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
