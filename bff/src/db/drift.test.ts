import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../test/db.ts';
import { describeSchema } from './catalog.ts';
import { createPool } from './database.ts';
import { applyMigrations } from './migrate.ts';
import { diffSchemas, SCHEMA_PATH } from './schema-diff.ts';

/**
 * Objects that exist only in the migrations because schema.prisma cannot express them. Anything
 * else that differs between "all migrations applied" and "schema.prisma applied" is drift.
 */
const MIGRATION_ONLY = {
  indexes: ['Store_earth_gist_idx', 'Product_search_grams_idx', 'StaffMembership_chain_user_key'],
  constraints: [
    'Store_coordinates_check',
    'Store_money_check',
    'StoreHours_range_check',
    'StoreSlot_booked_check',
    'Product_price_check',
    'StorePrice_price_check',
    'Inventory_stock_check',
    'Member_balance_check',
    'PointsEntry_balance_check',
    'StoredValueEntry_balance_check',
    'CartItem_quantity_check',
    'OrderItem_quantity_check',
    'Order_money_check',
    'TillReceipt_amount_check',
  ],
};

const isMigrationOnly = (line: string) =>
  MIGRATION_ONLY.indexes.some((name) => line.startsWith(`${name}:`)) ||
  MIGRATION_ONLY.constraints.some((name) => line.includes(`.${name} `));

describe('migrations and schema.prisma agree', () => {
  const databases: Array<{ drop(): Promise<void> }> = [];
  let migrated: Awaited<ReturnType<typeof describeSchema>>;
  let declared: Awaited<ReturnType<typeof describeSchema>>;

  beforeAll(async () => {
    const fromMigrations = await createEmptyDatabase();
    const fromSchema = await createEmptyDatabase();
    databases.push(fromMigrations, fromSchema);

    const migrationsPool = createPool(fromMigrations.url, 2);
    await applyMigrations(migrationsPool);
    migrated = await describeSchema(migrationsPool);
    await migrationsPool.end();

    const schemaPool = createPool(fromSchema.url, 2);
    // The trigram operator class that schema.prisma's GIN index names lives in this extension.
    await schemaPool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await schemaPool.query(diffSchemas({ from: 'empty', to: SCHEMA_PATH, databaseUrl: fromSchema.url }));
    declared = await describeSchema(schemaPool);
    await schemaPool.end();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('has the same columns, types, defaults and nullability', () => {
    expect(migrated.columns).toEqual(declared.columns);
    expect(migrated.columns.length).toBeGreaterThan(100);
  });

  it('has the same enums', () => {
    expect(migrated.enums).toEqual(declared.enums);
  });

  it('has the same indexes, apart from the documented migration-only ones', () => {
    expect(migrated.indexes.filter((line) => !isMigrationOnly(line))).toEqual(declared.indexes);
  });

  it('has the same constraints, apart from the documented migration-only ones', () => {
    expect(migrated.constraints.filter((line) => !isMigrationOnly(line))).toEqual(declared.constraints);
  });

  it('really contains every migration-only object it excuses', () => {
    for (const name of MIGRATION_ONLY.indexes) expect(migrated.indexes.some((line) => line.startsWith(`${name}:`))).toBe(true);
    for (const name of MIGRATION_ONLY.constraints) expect(migrated.constraints.some((line) => line.includes(`.${name} `))).toBe(true);
  });
});
