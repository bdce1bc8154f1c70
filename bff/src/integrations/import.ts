import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { applyPriceRows } from './prices.ts';
import type { ProductMasterService } from './products.ts';
import { MAX_BATCH_ROWS, RowError, type ErrorPolicy, type IntegrationCaller, type IntegrationService, type RowResult } from './service.ts';

/** A cell as read from CSV (always text) or XLSX (text, number or boolean; dates become ISO text). */
export type Cell = string | number | boolean | null;

export interface Table {
  headers: string[];
  /** `line`: the row's number in the file as a spreadsheet shows it (the header is 1) */
  rows: Array<{ line: number; cells: Cell[] }>;
}

/** A refusal of the whole file (unreadable, unknown kind, missing columns): nothing was imported. */
export class ImportFileError extends Error {}

// ---------------------------------------------------------------- reading files

/** RFC 4180: fields separated by commas, quoted with "" when they hold commas, quotes or line breaks. */
export function parseCsv(text: string): Table {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(field);
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    field = '';
  };
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      start = ++line;
    } else field += char;
  }
  if (quoted) throw new ImportFileError(`第${start}行的引号没有闭合`);
  if (field !== '' || cells.length > 0) endRecord();
  const [header, ...rows] = records;
  return { headers: (header?.cells ?? []).map((cell) => cell.trim()), rows: rows.map(({ line: at, cells: values }) => ({ line: at, cells: values })) };
}

/** The chain's wall clock: a date cell in a spreadsheet carries no time zone, and the stores are in China. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return new Date(value.getTime() - SHANGHAI_OFFSET_MS).toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return xlsxCell(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

/** The first worksheet, read as a stream: a product master of many thousand rows never sits in memory twice. */
async function readXlsx(file: string): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const table: Table = { headers: [], rows: [] };
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // row.values is 1-based and sparse: an empty cell is a hole.
      const values = row.values as ExcelJS.CellValue[];
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => xlsxCell(values[i + 1]));
      if (table.headers.length === 0) table.headers = cells.map((cell) => String(cell ?? '').trim());
      else if (cells.some((cell) => cell !== null && String(cell).trim() !== '')) table.rows.push({ line: row.number, cells });
    }
    break;
  }
  return table;
}

export async function readTable(file: string): Promise<Table> {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.csv') return parseCsv(await readFile(file, 'utf8'));
    if (extension === '.xlsx') return await readXlsx(file);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`无法读取文件 ${file}：${(error as Error).message}`);
  }
  throw new ImportFileError('只支持 .csv 与 .xlsx 文件');
}

// ---------------------------------------------------------------- kinds

/** What a kind's apply gets: the same services the HTTP API calls, acting as the ERP. */
export interface ImportContext {
  products: ProductMasterService;
  integrations: IntegrationService;
  caller: IntegrationCaller;
  policy: ErrorPolicy;
}

/**
 * One kind of file: its columns, how a row becomes what the API takes, and how a batch of such rows
 * is applied (one result per row, in order). A new kind is one more entry in KINDS.
 */
export interface ImportKind<Row = unknown> {
  /** columns a file must have; without --kind, the first kind whose columns a file has is taken */
  required: readonly string[];
  optional: readonly string[];
  /** the row's key in the report (a SKU) */
  key(record: Record<string, Cell>): string;
  /** throws RowError for what only the file can get wrong; everything else is the service's to check */
  parse(record: Record<string, Cell>, line: number, file: string): Row;
  apply(context: ImportContext, client: pg.PoolClient, rows: Row[]): Promise<RowResult[]>;
}

const textOf = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());
const optionalText = (cell: Cell | undefined) => textOf(cell) || undefined;
/** Whole numbers written as digits become numbers; anything else (3.50, 五元) goes on as it is, for the service to refuse. */
function integerOf(cell: Cell | undefined): unknown {
  if (typeof cell === 'number') return cell;
  const text = textOf(cell);
  if (text === '') return undefined;
  return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
}

const products: ImportKind<Record<string, unknown>> = {
  required: ['sku', 'barcode', 'name', 'category', 'unit', 'sourceUpdatedAt'],
  optional: ['specification', 'images', 'status', 'basePriceFen'],
  key: (record) => textOf(record.sku),
  parse: (record) => ({
    sku: textOf(record.sku),
    barcode: textOf(record.barcode),
    name: textOf(record.name),
    category: textOf(record.category),
    unit: textOf(record.unit),
    specification: textOf(record.specification),
    // Several images in one cell, separated by spaces or |, the main one first.
    images: optionalText(record.images)?.split(/[\s|]+/),
    status: optionalText(record.status)?.toUpperCase(),
    basePriceFen: integerOf(record.basePriceFen),
    sourceUpdatedAt: textOf(record.sourceUpdatedAt),
  }),
  async apply(context, client, rows) {
    return (await context.products.upsert(client, { policy: context.policy, products: rows })).body.rows;
  },
};

interface StockRow {
  storeId: number;
  count: Record<string, unknown>;
}

const stock: ImportKind<StockRow> = {
  required: ['storeId', 'onHand', 'countedAt'],
  optional: ['sku', 'productId', 'reference'],
  key: (record) => `${textOf(record.storeId)}:${textOf(record.sku) || textOf(record.productId)}`,
  parse(record, line, file) {
    const storeId = integerOf(record.storeId);
    if (!Number.isSafeInteger(storeId) || (storeId as number) <= 0) throw new RowError('INVALID_STORE', 'storeId 须为门店编号（正整数）');
    return {
      storeId: storeId as number,
      count: {
        sku: optionalText(record.sku),
        productId: integerOf(record.productId),
        onHand: integerOf(record.onHand),
        countedAt: textOf(record.countedAt),
        // Traceable to the file and row it came from, within the API's reference alphabet.
        reference: optionalText(record.reference) ?? `import:${basename(file).replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 40)}:${line}`,
      },
    };
  },
  /** Counts are per store: each store's rows of the batch go to the stock-count service together. */
  async apply(context, client, rows) {
    const results = new Array<RowResult>(rows.length);
    const byStore = new Map<number, Array<StockRow & { position: number }>>();
    rows.forEach((row, position) => byStore.set(row.storeId, [...(byStore.get(row.storeId) ?? []), { ...row, position }]));
    for (const [storeId, group] of byStore) {
      const answer = await context.integrations.stockCounts(client, context.caller, storeId, { policy: context.policy, counts: group.map((row) => row.count) });
      for (const result of answer.body.rows) results[group[result.index]!.position] = result;
    }
    return results;
  },
};

/** Head office's price list: the chain's price (no storeId) or a store's, each effective now or at `effectiveAt`. */
const prices: ImportKind<Record<string, unknown>> = {
  required: ['sku', 'priceFen', 'memberPriceFen', 'sourceUpdatedAt'],
  optional: ['storeId', 'effectiveAt', 'reference', 'confirmLargeChange'],
  key: (record) => `${textOf(record.storeId) || '全部门店'}:${textOf(record.sku)}`,
  parse: (record) => ({
    sku: textOf(record.sku),
    storeId: textOf(record.storeId) === '' ? null : integerOf(record.storeId),
    priceFen: integerOf(record.priceFen),
    // The column is required so that an empty cell says "no member price" rather than "left out".
    memberPriceFen: textOf(record.memberPriceFen) === '' ? null : integerOf(record.memberPriceFen),
    effectiveAt: optionalText(record.effectiveAt),
    sourceUpdatedAt: textOf(record.sourceUpdatedAt),
    reference: optionalText(record.reference),
    confirmLargeChange: ['true', '1', '是'].includes(textOf(record.confirmLargeChange).toLowerCase()),
  }),
  async apply(context, client, rows) {
    // Not an integration client: the price changes record no sending client.
    return (await applyPriceRows(client, { clientId: null, storeId: context.caller.storeId }, rows, context.policy, new Date())).body.rows;
  },
};

export const KINDS: Record<string, ImportKind<any>> = { products, stock, prices };

function kindOf(headers: readonly string[], name: string | undefined): [string, ImportKind] {
  if (name !== undefined) {
    const kind = KINDS[name];
    if (!kind) throw new ImportFileError(`未知的导入类型 ${name}（可选：${Object.keys(KINDS).join('、')}）`);
    const missing = kind.required.filter((column) => !headers.includes(column));
    if (missing.length) throw new ImportFileError(`文件缺少 ${name} 所需的列：${missing.join(', ')}`);
    return [name, kind];
  }
  const found = Object.entries(KINDS).find(([, kind]) => kind.required.every((column) => headers.includes(column)));
  if (!found) throw new ImportFileError(`无法从表头判断导入类型，请用 --kind 指定（${Object.entries(KINDS).map(([n, k]) => `${n}: ${k.required.join(',')}`).join('；')}）`);
  return found;
}

// ---------------------------------------------------------------- running an import

export interface ImportOptions {
  file: string;
  kind?: string;
  /** do everything in one transaction and roll it back: the report says what would happen */
  dryRun?: boolean;
  policy?: ErrorPolicy;
  batchSize?: number;
  pool: pg.Pool;
  products: ProductMasterService;
  integrations: IntegrationService;
  progress?: (done: number, total: number) => void;
}

export interface ReportLine {
  line: number;
  key: string;
  status: 'FAILED' | 'WARNING';
  code: string;
  message: string;
}

export interface ImportSummary {
  kind: string;
  dryRun: boolean;
  rows: number;
  applied: number;
  skipped: number;
  failed: number;
  warnings: number;
  /** where the failed rows (and warnings) are listed; null when there are none */
  reportFile: string | null;
  report: ReportLine[];
}

/** `products.csv` → `products.errors.csv`, beside it. */
export const reportFileOf = (file: string) => join(dirname(file), `${basename(file, extname(file))}.errors.csv`);

const csvField = (value: string | number) => (/[",\r\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));

/**
 * Imports a file through the same services as the integration API, as the chain's ERP (stock
 * movements name IMPORT as their source): batches of at most 1,000 rows, each committed on its
 * own so that a rerun after a failure skips what went in (rows carry their source time). A dry run
 * does all of it in one transaction and rolls back.
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const table = await readTable(options.file);
  const [kindName, kind] = kindOf(table.headers, options.kind);
  const known = new Set([...kind.required, ...kind.optional]);
  const unknown = table.headers.filter((header) => header && !known.has(header));
  if (unknown.length) throw new ImportFileError(`文件有不认识的列：${unknown.join(', ')}（${kindName} 可用：${[...known].join(', ')}）`);
  const context: ImportContext = {
    products: options.products,
    integrations: options.integrations,
    caller: { clientId: 'import', keyId: 'import', storeId: null, source: 'IMPORT' },
    policy: options.policy ?? 'partial',
  };
  const report: ReportLine[] = [];
  const counts = { applied: 0, skipped: 0, failed: 0, warnings: 0 };
  const pending: Array<{ line: number; key: string; row: unknown }> = [];
  for (const { line, cells } of table.rows) {
    const record = Object.fromEntries(table.headers.map((header, i) => [header, cells[i] ?? null]));
    const key = kind.key(record);
    try {
      pending.push({ line, key, row: kind.parse(record, line, options.file) });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      counts.failed++;
      report.push({ line, key, status: 'FAILED', code: error.code, message: error.message });
    }
  }
  const total = table.rows.length;
  let done = total - pending.length;
  options.progress?.(done, total);
  const size = Math.min(options.batchSize ?? MAX_BATCH_ROWS, MAX_BATCH_ROWS);
  const runBatches = async (inTransaction: (work: (client: pg.PoolClient) => Promise<void>) => Promise<void>) => {
    for (let start = 0; start < pending.length; start += size) {
      const batch = pending.slice(start, start + size);
      await inTransaction(async (client) => {
        const results = await kind.apply(context, client, batch.map((entry) => entry.row));
        results.forEach((result, i) => {
          const { line, key } = batch[i]!;
          if (result.status === 'FAILED') {
            counts.failed++;
            report.push({ line, key, status: 'FAILED', code: result.code ?? 'FAILED', message: result.message ?? '' });
            // A price effective later is accepted now and applied on time by the BFF's job.
          } else if (result.status === 'APPLIED' || result.status === 'SCHEDULED') counts.applied++;
          else counts.skipped++;
          for (const warning of (result.warnings as Array<{ code: string; message: string }> | undefined) ?? []) {
            counts.warnings++;
            report.push({ line, key, status: 'WARNING', ...warning });
          }
        });
      });
      done += batch.length;
      options.progress?.(done, total);
    }
  };
  if (options.dryRun) {
    // One transaction for the whole file, so later batches see what earlier ones would have done.
    const client = await options.pool.connect();
    try {
      await client.query('BEGIN');
      await runBatches((work) => work(client));
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  } else {
    await runBatches((work) => withTransaction(options.pool, work));
  }
  report.sort((a, b) => a.line - b.line);
  const reportFile = reportFileOf(options.file);
  if (report.length) {
    const lines = report.map((r) => [r.line, r.key, r.status, r.code, r.message].map(csvField).join(','));
    // With a BOM, so that Excel opens the Chinese messages as UTF-8.
    await writeFile(reportFile, `\uFEFFrow,key,status,code,message\r\n${lines.join('\r\n')}\r\n`);
  } else {
    // A clean rerun leaves no stale report of an earlier run behind.
    await rm(reportFile, { force: true });
  }
  return { kind: kindName, dryRun: !!options.dryRun, rows: total, ...counts, reportFile: report.length ? reportFile : null, report };
}
