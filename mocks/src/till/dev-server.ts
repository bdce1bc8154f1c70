// The stores' tills and the chain's ERP for `npm start` (scripts/start.mjs runs this once the BFF is
// listening). Reads the demo integration keys the BFF wrote to DEMO_INTEGRATIONS_FILE, receives the
// ERP's webhooks on MOCK_TILL_PORT and replays days of till sales against BFF_URL.
import { readFileSync } from 'node:fs';
import type { DemoIntegrations } from '../../../bff/src/integrations/demo.ts';
import { startErpReceiver } from './erp-receiver.ts';
import { TillReplay } from './replay.ts';

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const bffUrl = process.env.BFF_URL;
const file = process.env.DEMO_INTEGRATIONS_FILE;
if (!bffUrl || !file) throw new Error('BFF_URL and DEMO_INTEGRATIONS_FILE must be set');
const demo = JSON.parse(readFileSync(file, 'utf8')) as DemoIntegrations;
const storeIds = process.env.MOCK_TILL_STORES ? process.env.MOCK_TILL_STORES.split(',').map((id) => Number(id.trim())) : undefined;
const dayMinutes = numberFrom('MOCK_TILL_DAY_MINUTES', 60);

const receiver = await startErpReceiver({
  credential: () => demo.erp,
  port: numberFrom('MOCK_TILL_PORT', 3002),
  log: (event, repeat) => {
    // Stock movements come by the thousand; the hourly line counts them. The rest, one line each.
    if (event.kind !== 'stock.movement' || repeat) console.log(`[erp] ${repeat ? 'repeat of ' : ''}${event.kind} ${event.id}`);
  },
});
const replay = new TillReplay({
  bffUrl,
  demo,
  dayMinutes,
  seed: numberFrom('MOCK_TILL_SEED', 1),
  storeIds,
  receiptsPerDay: numberFrom('MOCK_TILL_RECEIPTS_PER_DAY', 320),
  runId: Date.now().toString(36),
  log: (message) => console.log(`[till] ${message}`),
});
console.log(`[till] ${storeIds?.length ?? demo.tills.length} store tills replaying a day of sales every ${dayMinutes} min; ERP webhooks at ${receiver.webhookUrl}`);
const running = replay.run({
  erp: demo.erp,
  onHour: (day, hour) => {
    const s = replay.stats;
    const events = [...receiver.kinds.values()].reduce((sum, n) => sum + n, 0);
    console.log(
      `[till] day ${day} ${String(hour).padStart(2, '0')}:00: ${s.receiptsSent} receipts (${s.linesSent} lines) sent, ${s.failedRows} rows refused, ${s.restockedProducts} restocked at night; ERP took ${events} events`,
    );
  },
});
const stop = () =>
  void running
    .stop()
    .then(() => receiver.close())
    .finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
