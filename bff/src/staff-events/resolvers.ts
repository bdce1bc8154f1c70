import type { Resolvers } from '@corner/shared-types/server';
import { requireStaff } from '../auth/viewer.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseStoreId } from '../stores/service.ts';
import type { StoreEvent } from './sql.ts';

export const staffEventResolvers: Resolvers<RequestContext> = {
  Subscription: {
    staffStoreEvents: {
      // Checked once, before anything is sent: the hub then hands this subscriber its store's events only.
      subscribe: async (_parent, args, context) => {
        const storeId = parseStoreId(args.storeId, 'storeId');
        await requireStaff(context, storeId);
        return context.services.storeEvents.subscribe(storeId);
      },
      resolve: (event: StoreEvent) => event,
    },
  },
  StaffStoreEvent: {
    storeId: (event) => String(event.storeId),
  },
};
