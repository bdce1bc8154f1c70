import type { Resolvers } from '@corner/shared-types/server';
import { requireUser } from '../auth/viewer.ts';
import { requireStoreAccess } from '../access/guard.ts';
import type { RequestContext } from '../graphql/context.ts';
import { parseId } from '../graphql/ids.ts';
import { inactiveReason } from './service.ts';

const optionalId = (raw: string | null | undefined, label: string, field: string) => (raw == null ? null : parseId(raw, label, field));
const idOrNull = (id: number | null) => (id === null ? null : String(id));

/** Codes, posters and reports are the business of the managers of the code's store. */
async function managedCode(context: RequestContext, rawId: string) {
  const code = await context.services.qr.byId(parseId(rawId, '二维码', 'id'));
  await requireStoreAccess(context, code.storeId);
  return code;
}

export const qrResolvers: Resolvers<RequestContext> = {
  Query: {
    storeQrCodes: async (_parent, args, context) => {
      const storeId = parseId(args.storeId, '门店', 'storeId');
      await requireStoreAccess(context, storeId);
      return context.services.qr.listForStore(storeId);
    },
    qrReport: async (_parent, args, context) => {
      const storeId = parseId(args.storeId, '门店', 'storeId');
      await requireStoreAccess(context, storeId);
      return context.services.qr.report(storeId, args.from, args.to);
    },
    storeCampaigns: async (_parent, args, context) => {
      const storeId = parseId(args.storeId, '门店', 'storeId');
      await requireStoreAccess(context, storeId);
      return context.services.qr.campaignsForStore(storeId);
    },
  },
  Mutation: {
    resolveScene: (_parent, args, context) => {
      // Scanning works signed out, and the scan carries only the visitor id. A token that was sent but
      // failed (expired) is refused instead, so the client refreshes and the scan keeps its shopper.
      const userId = context.auth.viewer || context.auth.failure !== 'MISSING_TOKEN' ? requireUser(context).userId : null;
      return context.services.qr.resolveScene(args.scene, args.visitorId, userId);
    },
    claimVisitorScans: (_parent, args, context) => context.services.qr.claimVisitorScans(args.visitorId, requireUser(context).userId),
    createQrCode: async (_parent, { input }, context) => {
      const storeId = parseId(input.storeId, '门店', 'storeId');
      await requireStoreAccess(context, storeId);
      return context.services.qr.create({
        storeId,
        kind: input.kind,
        productId: optionalId(input.productId, '商品', 'productId'),
        campaignId: optionalId(input.campaignId, '活动', 'campaignId'),
        label: input.label,
        expiresAt: input.expiresAt ?? null,
      });
    },
    setQrCodeDisabled: async (_parent, args, context) => {
      const code = await managedCode(context, args.id);
      return context.services.qr.setDisabled(code.id, args.disabled);
    },
  },
  QrCode: {
    id: (code) => String(code.id),
    storeId: (code) => String(code.storeId),
    productId: (code) => idOrNull(code.productId),
    productName: (code) => code.product?.name ?? null,
    campaignId: (code) => idOrNull(code.campaignId),
    campaignTitle: (code) => code.campaign?.title ?? null,
    active: (code, _args, context) => inactiveReason(code, context.deps.now()) === null,
    link: (code, _args, context) => context.services.qr.linkFor(code),
    posterPngPath: (code) => `/qr/codes/${code.id}/poster.png`,
    posterSvgPath: (code) => `/qr/codes/${code.id}/poster.svg`,
    wxacodePath: (code) => `/qr/codes/${code.id}/wxacode.png`,
  },
  SceneTarget: {
    kind: ({ code }) => code.kind,
    scene: ({ code }) => code.scene,
    storeId: ({ code }) => String(code.storeId),
    storeName: ({ code }) => code.store.name,
    productId: ({ code }) => idOrNull(code.productId),
    campaignId: ({ code }) => idOrNull(code.campaignId),
  },
  QrReport: {
    storeId: (report) => String(report.storeId),
  },
};
