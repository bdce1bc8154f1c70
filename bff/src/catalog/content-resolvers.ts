import type { ProductContentInput as ProductContentArgs, Resolvers } from '@corner/shared-types/server';
import { requireChainAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { categoryPath, type ProductContentInput } from './content.ts';
import { parseCategoryId, parseProductId } from './service.ts';

const contentInput = (input: ProductContentArgs): ProductContentInput => ({
  barcode: input.barcode,
  name: input.name,
  description: input.description,
  unit: input.unit,
  categoryId: parseCategoryId(input.categoryId),
  status: input.status,
  featured: input.featured,
  imageIds: input.imageIds,
});

/** Product content is the chain's: every field here takes its permission chain-wide (head office). */
export const productContentResolvers: Resolvers<RequestContext> = {
  Query: {
    catalogProducts: async (_parent, args, context) => {
      await requireChainAccess(context);
      return context.services.productContent.list({ query: args.query, first: args.first, after: args.after });
    },
    catalogProduct: async (_parent, args, context) => {
      await requireChainAccess(context);
      return context.services.productContent.get(parseProductId(args.id, 'id'));
    },
    productCategoryChoices: async (_parent, _args, context) => {
      await requireChainAccess(context);
      return (await context.services.productContent.categories()).map((category) => ({ id: String(category.id), path: category.path }));
    },
  },
  Mutation: {
    createProduct: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.productContent.create(userId, contentInput(args.input), args.basePriceFen);
    },
    updateProduct: async (_parent, args, context) => {
      const { userId } = await requireChainAccess(context);
      return context.services.productContent.update(userId, parseProductId(args.id, 'id'), contentInput(args.input));
    },
  },
  CatalogProduct: {
    id: (product) => String(product.id),
    categoryId: (product) => String(product.categoryId),
    categoryPath: (product) => categoryPath(product.category),
    status: (product) => (product.active ? 'ACTIVE' : 'INACTIVE'),
    images: (product, _args, context) => product.imageIds.map((id) => ({ id, ...context.services.images.urls(id) })),
  },
};
