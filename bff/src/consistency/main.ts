import { loadConfigOrExit } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { checkConsistency, formatReport } from './service.ts';

/**
 * `npm run check:consistency`: connects like the BFF (DATABASE_URL, or the embedded PostgreSQL when
 * unset; migrations are applied only if pending), lists what is inconsistent and exits 1 if anything is.
 */
async function main(): Promise<number> {
  const config = loadConfigOrExit();
  const db = await openDatabase(config, createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn'));
  try {
    const found = await checkConsistency(db.pool, { now: new Date(), refundOverdueHours: config.REFUND_OVERDUE_HOURS });
    console.log(formatReport(found));
    return found.length === 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`check:consistency failed: ${error.message}`);
    process.exit(3);
  },
);
