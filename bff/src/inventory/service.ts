import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { badInput, DomainError } from '../graphql/errors.ts';
import { insertMovement, productIdByBarcode, recentMovements, setOnHand, stockRow, type MovementRow, type StockRow } from './sql.ts';

export interface StockLineModel extends StockRow {
  movements: MovementRow[];
}

const MAX_REASON = 100;
const MAX_COUNT = 1_000_000;
const SHOWN_MOVEMENTS = 10;

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > MAX_REASON) throw badInput(`请填写原因（${MAX_REASON}字以内）`, { field: 'reason' });
  return trimmed;
}

const notSoldHere = (productId: number) => new DomainError('PRODUCT_NOT_SOLD_HERE', '本店没有该商品的库存记录', { productId: String(productId) });

/**
 * Stock corrections by store staff. Every change is a row in InventoryMovement (who, why, from, to),
 * written in the same transaction as the change. Reservations of open orders are never touched:
 * a count below them is refused, and "out of stock" means on-hand drops to exactly what is reserved.
 */
export class InventoryService {
  constructor(private readonly deps: { pool: pg.Pool; now: () => Date }) {}

  /** By product id (digits only, short) or barcode. */
  async line(storeId: number, productIdOrBarcode: string): Promise<StockLineModel> {
    const key = productIdOrBarcode.trim();
    if (!/^\d{1,20}$/.test(key)) throw badInput('请输入商品编号或条码', { field: 'productIdOrBarcode' });
    const byBarcode = await productIdByBarcode(this.deps.pool, key);
    const productId = byBarcode ?? (key.length <= 9 ? Number(key) : undefined);
    if (productId === undefined) throw notSoldHere(0);
    return this.load(storeId, productId);
  }

  private async load(storeId: number, productId: number): Promise<StockLineModel> {
    const row = await stockRow(this.deps.pool, storeId, productId);
    if (!row) throw notSoldHere(productId);
    return { ...row, movements: await recentMovements(this.deps.pool, storeId, productId, SHOWN_MOVEMENTS) };
  }

  async setCount(actorUserId: string, storeId: number, productId: number, onHand: number, reason: string): Promise<StockLineModel> {
    if (!Number.isSafeInteger(onHand) || onHand < 0 || onHand > MAX_COUNT) throw badInput('库存数量必须是不小于0的整数', { field: 'onHand' });
    return this.change(actorUserId, storeId, productId, 'COUNT', checkReason(reason), () => onHand);
  }

  async markOutOfStock(actorUserId: string, storeId: number, productId: number, reason: string): Promise<StockLineModel> {
    // Never up: after a till sale of reserved units on-hand is already below the reservations.
    return this.change(actorUserId, storeId, productId, 'MARK_OUT_OF_STOCK', checkReason(reason), (row) => Math.min(row.onHand, row.reserved));
  }

  private async change(
    actorUserId: string,
    storeId: number,
    productId: number,
    kind: 'COUNT' | 'MARK_OUT_OF_STOCK',
    reason: string,
    target: (row: StockRow) => number,
  ): Promise<StockLineModel> {
    const at = this.deps.now();
    await withTransaction(this.deps.pool, async (client) => {
      const row = await stockRow(client, storeId, productId, { forUpdate: true });
      if (!row) throw notSoldHere(productId);
      const onHand = target(row);
      if (!(await setOnHand(client, storeId, productId, onHand, at))) {
        throw new DomainError('STOCK_BELOW_RESERVED', `未完成订单已占用${row.reserved}件，库存不能少于${row.reserved}`, { reserved: row.reserved, onHand });
      }
      await insertMovement(client, { storeId, productId, kind, onHandFrom: row.onHand, onHandTo: onHand, reason, actorUserId, at });
    });
    return this.load(storeId, productId);
  }
}
