import type { AppDeps } from './graphql/context.ts';
import { CatalogService } from './catalog/service.ts';
import { ProductContentService } from './catalog/content.ts';
import { CampaignService } from './campaigns/service.ts';
import { StoreService } from './stores/service.ts';
import { StoreSettingsService } from './stores/settings.ts';
import { ShelfService } from './stores/shelf.ts';
import { AuthService } from './auth/service.ts';
import { TokenService } from './auth/tokens.ts';
import { MemberService } from './members/service.ts';
import { createWechatClient } from './wechat/index.ts';
import { createOrderNotifier } from './orders/messages.ts';
import { OrderService } from './orders/service.ts';
import { createWechatPayFromConfig } from './payments/client.ts';
import { PaymentService } from './payments/service.ts';
import { InventoryService } from './inventory/service.ts';
import { StaffService } from './staff/service.ts';
import { QrService } from './qr/service.ts';
import { AddressService } from './addresses/service.ts';
import { FiguresService } from './figures/service.ts';
import { ImageService } from './images/service.ts';
import { imageStoreFromConfig } from './images/store.ts';
import { StoreEventHub } from './staff-events/hub.ts';
import { AuditService } from './audit/service.ts';
import { PeopleService } from './people/service.ts';
import { IntegrationService } from './integrations/service.ts';
import { ProductMasterService } from './integrations/products.ts';
import { MarketingService } from './marketing/service.ts';

/** The composition root: every domain service, built once per process from the shared deps. */
export function createServices(deps: AppDeps) {
  const { prisma, pool } = deps.db;
  const { config, logger, now } = deps;
  const wechat = createWechatClient({ baseUrl: config.WECHAT_API_BASE_URL, appId: config.WECHAT_APPID, appSecret: config.WECHAT_SECRET });
  const tokens = new TokenService(config, now);
  const members = new MemberService({ prisma, pool, wechat, config, logger, now });
  const notifier = createOrderNotifier({ prisma, wechat, templateId: config.WECHAT_ORDER_STATUS_TEMPLATE_ID, logger, now });
  const payments = new PaymentService({ prisma, pool, pay: createWechatPayFromConfig(config, now), ledger: members.ledger, notifier, config, logger, now });
  const orders = new OrderService({ prisma, pool, ledger: members.ledger, payments, notifier, config, logger, now });
  const qr = new QrService({ prisma, pool, wechat, config, logger, now });
  const images = new ImageService(imageStoreFromConfig(config), config.PUBLIC_BASE_URL);
  return {
    stores: new StoreService(pool, now),
    storeSettings: new StoreSettingsService({ pool, now }),
    shelf: new ShelfService({ pool }),
    addresses: new AddressService(prisma),
    audit: new AuditService(pool),
    people: new PeopleService({ prisma, now }),
    catalog: new CatalogService(prisma, pool),
    productContent: new ProductContentService({ prisma, images }),
    images,
    tokens,
    auth: new AuthService({ prisma, pool, tokens, wechat, config, logger, now }),
    members,
    notifier,
    payments,
    qr,
    campaigns: new CampaignService({ prisma, pool, images, now }),
    marketing: new MarketingService({ pool, config, now }),
    figures: new FiguresService({ pool, qr, now }),
    orders,
    inventory: new InventoryService({ pool, now }),
    integrations: new IntegrationService({ pool, members, signingKey: config.TOKEN_SIGNING_KEY, previousSigningKeys: config.TOKEN_PREVIOUS_SIGNING_KEYS, now, logger }),
    productMaster: new ProductMasterService({ images, now }),
    storeEvents: new StoreEventHub({ url: deps.db.url, logger, now }),
    staff: new StaffService({
      prisma,
      pool,
      orders,
      members,
      notifier,
      tillKey: config.TOKEN_SIGNING_KEY,
      logger,
      now,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
