import type { CodegenConfig } from '@graphql-codegen/cli';
import type { DocumentNode } from 'graphql';
import { persistedDocument } from './persisted-documents.mjs';

// The BFF's SDL is the single source of truth; everything under src/generated is derived from it.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../bff/src/**/*.graphql',
  documents: '../miniapp/src/**/*.graphql',
  generates: {
    'src/generated/server.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: { input: 'Date', output: 'Date | string' }, Latitude: 'number', Longitude: 'number' },
        // Resolvers receive the BFF's own models as parents; field resolvers derive the rest.
        mappers: {
          Store: '../../../bff/src/stores/service.ts#StoreWithSchedule',
          Address: '../../../bff/src/addresses/service.ts#AddressModel',
          NearbyStore: '../../../bff/src/stores/service.ts#NearbyStoreResult',
          AuthSession: '../../../bff/src/auth/resolvers.ts#AuthSessionModel',
          Viewer: '../../../bff/src/generated/prisma/client.ts#User',
          MemberCard: '../../../bff/src/members/service.ts#MemberCardModel',
          PointsEntry: '../../../bff/src/members/service.ts#PointsEntryModel',
          StoredValueEntry: '../../../bff/src/members/service.ts#StoredValueEntryModel',
          TillMember: '../../../bff/src/members/service.ts#TillMemberModel',
          Place: '../../../bff/src/stores/places.ts#PlaceModel',
          StoreSettings: '../../../bff/src/stores/settings.ts#StoreSettingsModel',
          ShelfItem: '../../../bff/src/stores/sql.ts#ShelfRow',
          ShelfConnection: '../../../bff/src/stores/shelf.ts#ShelfPage',
          ProductPriceBand: '../../../bff/src/stores/sql.ts#PriceBandRow',
          Category: '../../../bff/src/catalog/service.ts#CategoryNode',
          StoreProduct: '../../../bff/src/catalog/service.ts#StoreProductModel',
          StoreProductConnection: '../../../bff/src/catalog/service.ts#ProductPage',
          ProductSearchResult: '../../../bff/src/catalog/service.ts#SearchPage',
          ProductStockElsewhere: '../../../bff/src/catalog/sql.ts#ElsewhereRow',
          Cart: '../../../bff/src/orders/service.ts#CartModel',
          CartItem: '../../../bff/src/orders/service.ts#CartItemModel',
          Quote: '../../../bff/src/orders/service.ts#QuoteModel',
          ReorderResult: '../../../bff/src/orders/service.ts#ReorderModel',
          QuoteLine: '../../../bff/src/pricing/engine.ts#PricedLine',
          Order: '../../../bff/src/generated/prisma/client.ts#Order as OrderModel',
          OrderItem: '../../../bff/src/orders/service.ts#OrderItemModel',
          OrderEvent: '../../../bff/src/generated/prisma/client.ts#OrderEvent as OrderEventModel',
          QrCode: '../../../bff/src/qr/service.ts#QrCodeWithTargets',
          SceneTarget: '../../../bff/src/qr/service.ts#SceneTargetModel',
          Campaign: '../../../bff/src/campaigns/model.ts#CampaignModel',
          CampaignProduct: '../../../bff/src/campaigns/model.ts#CampaignProductModel',
          CatalogProduct: '../../../bff/src/catalog/content.ts#CatalogProductModel',
          CampaignCoupon: '../../../bff/src/generated/prisma/client.ts#Coupon as CouponModel',
          ClaimCouponResult: '../../../bff/src/campaigns/service.ts#ClaimCouponModel',
          QrReport: '../../../bff/src/qr/service.ts#QrReportModel',
          Promotion: '../../../bff/src/marketing/service.ts#PromotionModel',
          PromotionPreview: '../../../bff/src/marketing/service.ts#PreviewModel',
          CouponTemplate: '../../../bff/src/marketing/service.ts#CouponTemplateModel',
          CouponGrantBatch: '../../../bff/src/marketing/service.ts#GrantBatchModel',
          QrStats: '../../../bff/src/qr/sql.ts#QrStatsRow',
          StaffQueue: '../../../bff/src/staff/service.ts#QueueModel',
          StaffQueueEntry: '../../../bff/src/staff/service.ts#QueueEntryModel',
          TillSession: '../../../bff/src/staff/service.ts#TillSessionModel',
          TillReceipt: '../../../bff/src/staff/service.ts#TillReceiptModel',
          StaffQuote: '../../../bff/src/staff/service.ts#StaffQuoteModel',
          StaffStockLine: '../../../bff/src/inventory/service.ts#StockLineModel',
          InventoryMovement: '../../../bff/src/inventory/sql.ts#MovementRow',
          FailedRefund: '../../../bff/src/payments/sql.ts#FailedRefundRow',
          StaffStoreEvent: '../../../bff/src/staff-events/sql.ts#StoreEvent',
          StoreDayFigures: '../../../bff/src/figures/service.ts#StoreDayFiguresModel',
          TopProduct: '../../../bff/src/figures/sql.ts#TopProductRow',
          AuditEntry: '../../../bff/src/audit/service.ts#AuditEntryModel',
          StaffInvitation: '../../../bff/src/people/service.ts#InvitationModel',
          StaffMember: '../../../bff/src/people/service.ts#StaffMemberModel',
          StaffRoleDefinition: '../../../bff/src/people/service.ts#RoleModel',
          IntegrationClient: '../../../bff/src/integrations/service.ts#ClientModel',
          IntegrationKey: '../../../bff/src/integrations/sql.ts#KeyRow',
          IntegrationDelivery: '../../../bff/src/integrations/sql.ts#DeliveryRow',
          PriceChange: '../../../bff/src/integrations/sql.ts#PriceChangeLogRow',
        },
      },
    },
    // One exported constant per operation, as a plain string with phantom types: a page imports only
    // the operations it uses, so the weapp main package does not carry every document.
    'src/generated/client.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        // The core package is types only: a value import would break the mini-program bundle.
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { DateTime: 'string', Latitude: 'number', Longitude: 'number' },
        // Each operation carries its persisted id (`__meta__.hash`), which the client sends.
        unstable_onExecutableDocumentNode: (document: DocumentNode) => ({ hash: persistedDocument(document).hash }),
      },
    },
    // hash → text of every mini-program operation: the BFF's trusted documents.
    'src/generated/persisted-documents.json': {
      plugins: ['./persisted-documents.mjs'],
    },
  },
  ignoreNoDocuments: true,
};

export default config;
