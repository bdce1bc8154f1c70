import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { ImageService } from '../images/service.ts';
import { imageStoreFromConfig } from '../images/store.ts';
import { createLogger } from '../logger.ts';
import { createServices } from '../services.ts';
import { ImportFileError, KINDS, runImport, type ImportSummary } from './import.ts';
import { ProductMasterService } from './products.ts';

const USAGE = `用法：npm run import -- <文件.csv|文件.xlsx> [--kind ${Object.keys(KINDS).join('|')}] [--dry-run] [--policy partial|atomic]
  --kind     导入类型；不写则按表头判断
  --dry-run  演练：全部执行后回滚，只报告将会发生什么
  --policy   partial（默认）：好的行照常导入，坏的行写入报告；atomic：每批（最多1000行）有一行出错则整批不导入`;

/** A text bar on stderr: redrawn in place on a terminal, a line per tenth when piped to a log. */
function progressBar(stream: NodeJS.WriteStream, label: string) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const ratio = total === 0 ? 1 : done / total;
    const filled = Math.round(ratio * 30);
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}${done >= total ? '\n' : ''}`);
    } else if (Math.floor(ratio * 10) !== lastTenth) {
      lastTenth = Math.floor(ratio * 10);
      stream.write(`${line}\n`);
    }
  };
}

function formatSummary(file: string, summary: ImportSummary): string {
  const head = `${summary.dryRun ? '【演练，未写入】' : ''}${file}（${summary.kind}）：共 ${summary.rows} 行，${summary.dryRun ? '将导入' : '已导入'} ${summary.applied}，跳过 ${summary.skipped}（已是最新），失败 ${summary.failed}`;
  const warnings = summary.warnings ? `，提示 ${summary.warnings}` : '';
  return `${head}${warnings}${summary.reportFile ? `\n逐行报告：${summary.reportFile}` : ''}`;
}

/**
 * `npm run import -- products.csv`: imports a file through the integration API's services (not over
 * HTTP), connecting like the BFF (DATABASE_URL, or the embedded PostgreSQL when unset). Exit 0 when
 * every row went in or was already there, 1 when rows failed, 2 when the file or the command is wrong.
 */
async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { kind: { type: 'string' }, 'dry-run': { type: 'boolean' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || (values.policy !== undefined && values.policy !== 'partial' && values.policy !== 'atomic')) {
    console.error(USAGE);
    return 2;
  }
  // npm runs the script from the repository root; the file is named from where the command was typed.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const dryRun = values['dry-run'] ?? false;
  const config = loadConfigOrExit();
  const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
  const db = await openDatabase(config, logger);
  try {
    const now = () => new Date();
    const services = createServices({ config, logger, db, now });
    // A dry run fetches and checks images like a real one but keeps none.
    const store = imageStoreFromConfig(config);
    const products = dryRun
      ? new ProductMasterService({ images: new ImageService({ get: (key) => store.get(key), put: async () => undefined }, config.PUBLIC_BASE_URL), now })
      : services.productMaster;
    const summary = await runImport({
      file,
      kind: values.kind,
      dryRun,
      policy: values.policy as 'partial' | 'atomic' | undefined,
      pool: db.pool,
      products,
      integrations: services.integrations,
      progress: progressBar(process.stderr, dryRun ? '演练' : '导入'),
    });
    console.log(formatSummary(positionals[0]!, summary));
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    console.error(error.message);
    return 2;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`import failed: ${error.message}`);
    process.exit(3);
  },
);
