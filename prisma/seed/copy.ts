/** COPY FROM STDIN in PostgreSQL's text format, fed by a generator so huge tables never sit in memory. */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

function escapeText(s: string): string {
  return s.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

function arrayLiteral(items: unknown[]): string {
  return `{${items.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/**
 * One value in COPY text format. Arrays become PostgreSQL arrays and other objects JSON, unless
 * `asJson` says the column is json/jsonb (a JSON array is not a PostgreSQL array).
 */
export function copyValue(value: unknown, asJson = false): string {
  if (asJson && value !== null && value !== undefined) return escapeText(JSON.stringify(value));
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return escapeText(`\\x${value.toString('hex')}`);
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  if (typeof value === 'object') return escapeText(JSON.stringify(value));
  if (typeof value === 'string') return escapeText(value);
  return String(value);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Streams `lines` (each already a COPY text line ending in \n, or several joined) into `table`.
 * Returns the number of rows PostgreSQL reports.
 */
export async function copyLines(client: pg.ClientBase, table: string, columns: readonly string[], lines: Iterable<string>): Promise<number> {
  const sql = `COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`;
  const stream = client.query(copyStreams.from(sql));
  await pipeline(Readable.from(lines, { objectMode: false }), stream);
  return stream.rowCount;
}

/** Convenience for small tables: rows as objects, columns in the given order. */
export async function copyObjects<T extends object>(
  client: pg.ClientBase,
  table: string,
  rows: readonly T[],
  jsonColumns: readonly string[] = [],
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  const isJson = columns.map((c) => jsonColumns.includes(c));
  function* lines() {
    let chunk = '';
    for (const row of rows) {
      chunk += columns.map((c, i) => copyValue((row as Record<string, unknown>)[c], isJson[i])).join('\t') + '\n';
      if (chunk.length > 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  return copyLines(client, table, columns, lines());
}
