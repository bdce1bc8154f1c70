/**
 * A LIKE/ILIKE pattern matching `text` anywhere, with the wildcards `%` and `_` (and the escape
 * character `\`, PostgreSQL's default) in it taken literally: a search for "%" finds a per-cent sign,
 * not every row.
 */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
