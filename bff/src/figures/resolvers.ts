import type { Resolvers } from '@corner/shared-types/server';
import { requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseStoreId } from '../stores/service.ts';

export const figuresResolvers: Resolvers<RequestContext> = {
  Query: {
    staffTodayFigures: async (_parent, args, context) => {
      const storeId = parseStoreId(args.storeId, 'storeId');
      await requireStoreAccess(context, storeId);
      return context.services.figures.today(storeId);
    },
  },
  TopProduct: {
    image: (product, _args, context) => (product.imageId === null ? null : context.services.images.urls(product.imageId)),
  },
};
