import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../test/db.ts';
import { createPool } from './database.ts';

let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
beforeAll(async () => {
  db = await createEmptyDatabase();
});
afterAll(() => db?.drop());

/** The prepared statements of the pool's one connection after it ran `SELECT $1::int + 1` twice and `SELECT 2` once. */
async function preparedAfterQueries(preparedStatements: boolean | undefined) {
  const pool = createPool(db.url, 1, preparedStatements === undefined ? {} : { preparedStatements });
  try {
    const answers = [];
    for (let i = 0; i < 2; i++) answers.push((await pool.query<{ n: number }>('SELECT $1::int + 1 AS n', [i])).rows[0]!.n);
    answers.push((await pool.query<{ n: number }>('SELECT 2 AS n')).rows[0]!.n);
    const { rows } = await pool.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
    return { answers, prepared: rows };
  } finally {
    await pool.end();
  }
}

describe('createPool', () => {
  it('runs parameterised statements as one named prepared statement per text, by default', async () => {
    const { answers, prepared } = await preparedAfterQueries(undefined);
    expect(answers).toEqual([1, 2, 2]);
    // One statement for both calls; the parameterless one is not prepared.
    expect(prepared).toEqual([{ name: expect.stringMatching(/^s_/), statement: 'SELECT $1::int + 1 AS n' }]);
  });

  it('prepares nothing with DATABASE_PREPARED_STATEMENTS=false (a pooler that cannot carry them)', async () => {
    const { answers, prepared } = await preparedAfterQueries(false);
    expect(answers).toEqual([1, 2, 2]);
    expect(prepared).toEqual([]);
  });
});
