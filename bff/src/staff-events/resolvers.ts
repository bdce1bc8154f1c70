import type { Resolvers } from '@corner/shared-types/server';
import { requireUser, viewerFor } from '../auth/viewer.ts';
import { requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseStoreId } from '../stores/service.ts';
import type { StoreEvent } from './sql.ts';

export const staffEventResolvers: Resolvers<RequestContext> = {
  Subscription: {
    staffStoreEvents: {
      // Checked once, before anything is sent: the hub then hands this subscriber its store's events only.
      subscribe: async (_parent, args, context) => {
        const storeId = parseStoreId(args.storeId, 'storeId');
        await requireStoreAccess(context, storeId);
        return context.services.storeEvents.subscribe(storeId);
      },
      // Checked again with every event, from the database (a fresh viewer, not the one read when
      // subscribing): a clerk removed from the store hears nothing more on a stream opened before.
      resolve: async (event: StoreEvent, _args: unknown, context: RequestContext) => {
        const { userId } = requireUser(context);
        await requireStoreAccess({ ...context, auth: { viewer: viewerFor(context.deps.db.prisma, userId) } }, event.storeId);
        return event;
      },
    },
  },
  StaffStoreEvent: {
    storeId: (event) => String(event.storeId),
  },
};
