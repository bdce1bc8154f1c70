import type { Resolvers } from '@corner/shared-types/server';
import { requireChainAccess, requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseStoreId } from '../stores/service.ts';

export const auditResolvers: Resolvers<RequestContext> = {
  Query: {
    auditTrail: async (_parent, args, context) => {
      const storeId = args.storeId == null ? null : parseStoreId(args.storeId, 'storeId');
      if (storeId === null) await requireChainAccess(context);
      else await requireStoreAccess(context, storeId);
      return context.services.audit.trail({ storeId, actorUserId: args.actorUserId ?? null, kind: args.kind || null, first: args.first ?? 30, after: args.after ?? null });
    },
  },
  AuditEntry: {
    storeId: (entry) => (entry.storeId === null ? null : String(entry.storeId)),
  },
};
