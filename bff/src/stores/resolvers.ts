import type { Resolvers } from '@corner/shared-types/server';
import type { RequestContext } from '../graphql/context.ts';
import { notFound, badInput } from '../graphql/errors.ts';
import { minuteToClock, openingState } from './hours.ts';
import { scheduleOf } from './service.ts';

export const storeResolvers: Resolvers<RequestContext> = {
  Query: {
    nearbyStores: (_parent, args, context) =>
      context.services.stores.nearbyStores(args.location, { radiusM: args.radiusM, first: args.first, now: context.deps.now() }),
    store: async (_parent, args, context) => {
      const id = Number(args.id);
      if (!Number.isInteger(id) || id <= 0) throw badInput(`门店编号不正确: ${args.id}`, { field: 'id' });
      const [store] = await context.services.stores.loadStores([id]);
      if (!store) throw notFound(`门店 ${args.id} 不存在`);
      return store;
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
    openingStatus: (store, _args, context) => openingState(scheduleOf(store), context.deps.now()),
  },
};
