import type { Resolvers } from '@corner/shared-types/server';
import { requireChainAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { badInput } from '../graphql/errors.ts';
import { UUID } from '../graphql/ids.ts';
import { parseStoreId } from '../stores/service.ts';
import { parseProductId } from '../catalog/service.ts';
import { priceChanges } from './prices.ts';

const clientId = (raw: string) => {
  if (!UUID.test(raw)) throw badInput('接入方编号不正确', { field: 'clientId' });
  return raw;
};

/** Head office manages the integration clients: chain-wide INTEGRATIONS, whatever the client's scope. */
export const integrationResolvers: Resolvers<RequestContext> = {
  Query: {
    integrationClients: async (_parent, _args, context) => {
      await requireChainAccess(context);
      return context.services.integrations.clients();
    },
    integrationDeliveries: async (_parent, args, context) => {
      await requireChainAccess(context);
      return context.services.integrations.deliveries(clientId(args.clientId), args.status ?? null, args.first ?? undefined);
    },
    priceChanges: async (_parent, args, context) => {
      await requireChainAccess(context);
      return priceChanges(context.deps.db.pool, {
        productId: args.productId == null ? null : parseProductId(args.productId),
        storeId: args.storeId == null ? null : parseStoreId(args.storeId, 'storeId'),
        status: args.status ?? null,
        first: args.first ?? undefined,
      });
    },
  },
  Mutation: {
    createIntegrationClient: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      const storeId = args.storeId == null ? null : parseStoreId(args.storeId, 'storeId');
      return context.services.integrations.createClient(userId, { name: args.name, storeId, webhookUrl: args.webhookUrl });
    },
    setIntegrationWebhook: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.integrations.setWebhook(userId, clientId(args.clientId), args.webhookUrl ?? null);
    },
    rotateIntegrationKey: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.integrations.rotateKey(userId, clientId(args.clientId), args.overlapHours ?? undefined);
    },
    revokeIntegrationKey: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.integrations.revokeKey(userId, args.keyId);
    },
  },
  IntegrationClient: {
    storeId: (client) => (client.storeId === null ? null : String(client.storeId)),
  },
  PriceChange: {
    productId: (change) => String(change.productId),
    storeId: (change) => (change.storeId === null ? null : String(change.storeId)),
  },
  IntegrationKey: {
    active: (key, _args, context) => !key.revokedAt && (!key.expiresAt || key.expiresAt > context.deps.now()),
  },
  OrderItem: {
    shortQuantity: async (item, _args, context) => (await context.loaders.shortLines.load(item.orderId)).get(item.id) ?? 0,
  },
  StaffQueueEntry: {
    short: async (entry, _args, context) => (await context.loaders.shortLines.load(entry.order.id)).size > 0,
  },
};
