import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { DEMO_MANAGER_A } from '../../../prisma/seed/demo-accounts.ts';
import { changesOf, recordAudit } from './service.ts';

let server: TestServer;
const entriesAbout = async (subject: string) =>
  (await server.db.pool.query(`SELECT kind, "storeId", before, after FROM "AuditEntry" WHERE subject = $1 ORDER BY id`, [subject])).rows;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('recordAudit', () => {
  it('writes in the change’s own transaction: a rolled-back change leaves no entry, a committed one exactly one', async () => {
    const entry = { actorUserId: DEMO_MANAGER_A.id, storeId: 1, kind: 'store.settings', subject: 'audit-test-pg', before: { busy: false }, after: { busy: true } };
    const client = await server.db.pool.connect();
    try {
      await client.query('BEGIN');
      await recordAudit(client, entry);
      await client.query('ROLLBACK');
      expect(await entriesAbout('audit-test-pg')).toEqual([]);
      await client.query('BEGIN');
      await recordAudit(client, entry);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await entriesAbout('audit-test-pg')).toEqual([{ kind: 'store.settings', storeId: 1, before: { busy: false }, after: { busy: true } }]);

    const failed = server.db.prisma.$transaction(async (tx) => {
      await recordAudit(tx, { ...entry, subject: 'audit-test-prisma', storeId: null });
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await entriesAbout('audit-test-prisma')).toEqual([]);
    await server.db.prisma.$transaction((tx) => recordAudit(tx, { ...entry, subject: 'audit-test-prisma', storeId: null, before: null }));
    expect(await entriesAbout('audit-test-prisma')).toEqual([{ kind: 'store.settings', storeId: null, before: null, after: { busy: true } }]);
  });
});

describe('changesOf', () => {
  it('lists the fields that differ, as text, in the order written', () => {
    expect(changesOf({ fee: 500, open: true, area: [1, 2] }, { fee: 800, open: true, area: [1, 3], busy: '暂停外送' })).toEqual([
      { field: 'fee', before: '500', after: '800' },
      { field: 'area', before: '[1,2]', after: '[1,3]' },
      { field: 'busy', before: null, after: '暂停外送' },
    ]);
    expect(changesOf(null, { name: '店员' })).toEqual([{ field: 'name', before: null, after: '店员' }]);
  });
});
