import type pg from 'pg';

/**
 * A normalised, sorted description of the public schema: what a drift check compares. PostgreSQL
 * tools such as pg_dump are not shipped with the embedded server, so this is plain catalog SQL.
 */
export async function describeSchema(pool: pg.Pool): Promise<Record<'columns' | 'indexes' | 'constraints' | 'enums', string[]>> {
  const columns = await pool.query<{ line: string }>(`
    SELECT concat_ws(' ', table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '-'),
                     coalesce(character_maximum_length::text, '-'), coalesce(datetime_precision::text, '-')) AS line
      FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
  const indexes = await pool.query<{ line: string }>(`
    SELECT indexname || ': ' || indexdef AS line FROM pg_indexes
     WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  const constraints = await pool.query<{ line: string }>(`
    SELECT c.conrelid::regclass::text || '.' || c.conname || ' ' || c.contype::text || ': ' || pg_get_constraintdef(c.oid) AS line
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' AND c.conrelid <> 0`);
  const enums = await pool.query<{ line: string }>(`
    SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`);
  const sorted = (result: pg.QueryResult<{ line: string }>) => result.rows.map((row) => row.line).sort();
  return { columns: sorted(columns), indexes: sorted(indexes), constraints: sorted(constraints), enums: sorted(enums) };
}
