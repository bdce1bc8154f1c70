import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type pg from 'pg';
import { DEMO_HQ_ADMIN, DEMO_MEMBER_CARD } from '../../../prisma/seed/demo-accounts.ts';
import type { Logger } from '../logger.ts';
import type { IntegrationService } from './service.ts';
import { clientsByName, demoStoreStock, someMemberCardNos, userExists, type ClientRow } from './sql.ts';

/** What the till and ERP stand-in (mocks/src/till) reads: keys to sign with, and the master data it sells from. */
export interface DemoIntegrations {
  erp: DemoKey;
  tills: Array<DemoKey & { storeId: number; storeName: string; stock: Array<{ sku: string; priceFen: number; onHand: number }> }>;
  memberCardNos: string[];
}

interface DemoKey {
  clientId: string;
  keyId: string;
  secret: string;
}

export const DEMO_ERP_NAME = '演示总部ERP';
export const demoTillName = (storeId: number) => `演示收银 ${storeId}号店`;
const MEMBER_CARDS = 40;

async function readPrevious(file: string): Promise<Map<string, DemoKey>> {
  try {
    const previous = JSON.parse(await readFile(file, 'utf8')) as DemoIntegrations;
    return new Map([previous.erp, ...previous.tills].map((key) => [key.clientId, key]));
  } catch {
    return new Map();
  }
}

/**
 * The local demo's integration clients (`npm start` only; the config refuses this in production):
 * the chain's ERP, its webhooks pointed at the stand-in, and a till per active store. The keys are
 * the ordinary kind, random and sealed in the database; the stand-in learns them from `file`
 * (owner-only). A key from an earlier start is kept while it still signs, else the client gets a
 * fresh one (rotated with no overlap, audited like any rotation), so a lost file heals itself.
 */
export async function provisionDemoIntegrations(deps: { pool: pg.Pool; integrations: IntegrationService; file: string; erpWebhookUrl: string | null; logger: Logger }): Promise<DemoIntegrations | null> {
  if (!(await userExists(deps.pool, DEMO_HQ_ADMIN.id))) {
    deps.logger.warn('no demo head-office admin (the database was not seeded with the demo chain): demo integration clients not created');
    return null;
  }
  const stores = await demoStoreStock(deps.pool);
  const previous = await readPrevious(deps.file);
  const existing = new Map((await clientsByName(deps.pool, [DEMO_ERP_NAME, ...stores.map((s) => demoTillName(s.storeId))])).map((c) => [`${c.name}|${c.storeId}`, c]));

  const keyFor = async (name: string, storeId: number | null, webhookUrl: string | null): Promise<DemoKey> => {
    let client: ClientRow | undefined = existing.get(`${name}|${storeId}`);
    if (!client) {
      const created = await deps.integrations.createClient(DEMO_HQ_ADMIN.id, { name, storeId, webhookUrl });
      return { clientId: created.client.id, keyId: created.keyId, secret: created.secret };
    }
    if (client.webhookUrl !== webhookUrl) client = await deps.integrations.setWebhook(DEMO_HQ_ADMIN.id, client.id, webhookUrl);
    const known = previous.get(client.id);
    if (known && (await deps.integrations.keyStillSigns(known.keyId, known.secret))) return known;
    const rotated = await deps.integrations.rotateKey(DEMO_HQ_ADMIN.id, client.id, 0);
    return { clientId: client.id, keyId: rotated.keyId, secret: rotated.secret };
  };

  const demo: DemoIntegrations = {
    erp: await keyFor(DEMO_ERP_NAME, null, deps.erpWebhookUrl),
    tills: [],
    // Not the demo member's card: its balance is what the demo accounts table promises.
    memberCardNos: await someMemberCardNos(deps.pool, MEMBER_CARDS, [DEMO_MEMBER_CARD.cardNo]),
  };
  for (const store of stores) {
    demo.tills.push({ ...(await keyFor(demoTillName(store.storeId), store.storeId, null)), storeId: store.storeId, storeName: store.name, stock: store.stock });
  }
  await mkdir(dirname(deps.file), { recursive: true });
  const temporary = `${deps.file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(demo), { mode: 0o600 });
  await rename(temporary, deps.file);
  deps.logger.info({ file: deps.file, tills: demo.tills.length, erpWebhookUrl: deps.erpWebhookUrl }, 'demo integration keys written for the till and ERP stand-in');
  return demo;
}
