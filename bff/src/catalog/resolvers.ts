import type { Resolvers } from '@corner/shared-types/server';
import type { RequestContext } from '../graphql/context.ts';
import { parseStoreId } from '../stores/service.ts';
import { badgesOf, parseCategoryId, parseProductId, type ProductPage, type StoreProductModel } from './service.ts';

/** Resolves the store first so that an unknown store id is NOT_FOUND rather than an empty catalog. */
async function knownStore(context: RequestContext, raw: string): Promise<number> {
  return (await context.loaders.store.load(parseStoreId(raw, 'storeId'))).id;
}

/**
 * A page lists only what its store stocks, so a page with products proves the store exists; only an
 * empty one costs the lookup that makes an unknown store NOT_FOUND rather than an empty catalog.
 */
async function pageOfKnownStore<Page extends ProductPage>(context: RequestContext, raw: string, read: (storeId: number) => Promise<Page>): Promise<Page> {
  const storeId = parseStoreId(raw, 'storeId');
  const page = await read(storeId);
  if (page.nodes.length === 0) await context.loaders.store.load(storeId);
  return page;
}

const stockOf = (parent: StoreProductModel, context: RequestContext) =>
  parent.stock ?? context.loaders.stock.load({ storeId: parent.storeId, productId: parent.product.id });

export const catalogResolvers: Resolvers<RequestContext> = {
  Query: {
    storeCategories: async (_parent, args, context) => context.services.catalog.categoryTree(await knownStore(context, args.storeId)),
    storeProducts: (_parent, args, context) =>
      pageOfKnownStore(context, args.storeId, (storeId) =>
        context.services.catalog.products(storeId, {
          categoryId: args.categoryId == null ? null : parseCategoryId(args.categoryId),
          featured: args.featured,
          first: args.first,
          after: args.after,
        }),
      ),
    storeProduct: async (_parent, args, context) =>
      context.services.catalog.product(await knownStore(context, args.storeId), parseProductId(args.productId)),
    searchStoreProducts: (_parent, args, context) =>
      pageOfKnownStore(context, args.storeId, (storeId) => context.services.catalog.search(storeId, args.query, { first: args.first, after: args.after })),
    searchHotWords: async (_parent, args, context) => {
      const storeId = parseStoreId(args.storeId, 'storeId');
      const words = await context.services.catalog.hotWords(storeId);
      // Only an empty answer costs the lookup that makes an unknown store NOT_FOUND.
      if (words.length === 0) await context.loaders.store.load(storeId);
      return words;
    },
  },
  ProductSearchResult: {
    suggestions: (page, _args, context) => context.services.catalog.suggestions(page),
  },
  Category: {
    id: (category) => String(category.id),
  },
  StoreProduct: {
    id: (parent) => String(parent.product.id),
    storeId: (parent) => String(parent.storeId),
    barcode: (parent) => parent.product.barcode,
    name: (parent) => parent.product.name,
    description: (parent) => parent.product.description,
    unit: (parent) => parent.product.unit,
    image: (parent, _args, context) => {
      const [main] = parent.product.imageIds;
      return main === undefined ? null : context.services.images.urls(main);
    },
    images: (parent, _args, context) => parent.product.imageIds.map((id) => context.services.images.urls(id)),
    categoryId: (parent) => String(parent.product.categoryId),
    maxPerOrder: (parent) => parent.product.maxPerOrder,
    priceFen: async (parent, _args, context) => (await stockOf(parent, context)).priceFen,
    memberPriceFen: async (parent, _args, context) => (await stockOf(parent, context)).memberPriceFen,
    available: async (parent, _args, context) => Math.max(0, (await stockOf(parent, context)).available),
    onSale: async (parent, _args, context) => (await stockOf(parent, context)).onSale,
    badges: async (parent, _args, context) => badgesOf(await stockOf(parent, context)),
    elsewhere: (parent, _args, context) => context.loaders.elsewhere.load({ storeId: parent.storeId, productId: parent.product.id }),
  },
  ProductStockElsewhere: {
    store: (row, _args, context) => context.loaders.store.load(row.otherStoreId),
    distanceM: (row) => Math.round(row.distanceM),
  },
};
