import type pg from 'pg';
import { BASE_PRICE_MAX_FEN, isValidBarcode, MAX_IMAGES, NAME_MAX, UNIT_MAX } from '../catalog/content.ts';
import { pinyinKeys } from '../catalog/pinyin.ts';
import { DomainError } from '../graphql/errors.ts';
import { UPLOAD_MAX_BYTES, type ImageService } from '../images/service.ts';
import { batchOf, fail, RowError, timeOf, underPolicy, type BatchAnswer, type RowResult } from './service.ts';
import { categoryPaths, insertMasterProduct, lockMasterKeys, masterProducts, updateMasterProduct, type MasterFields, type MasterProductRow } from './sql.ts';

const SKU = /^[A-Za-z0-9-]{1,32}$/;
export const SPECIFICATION_MAX = 40;
const IMAGE_TIMEOUT_MS = 10_000;
/** Downloads at once per batch: enough to hide latency, few enough not to flood the ERP's file server. */
const DOWNLOADS_AT_ONCE = 4;

/** One row of the product master as the ERP sends it, checked. */
interface MasterRow {
  index: number;
  sku: string;
  barcode: string;
  name: string;
  category: string;
  unit: string;
  specification: string;
  /** null: the row says nothing about images (the product keeps its own) */
  imageUrls: string[] | null;
  /** null: the row says nothing about status (a new product is active) */
  active: boolean | null;
  basePriceFen: number | undefined;
  sourceUpdatedAt: Date;
}

const text = (raw: unknown) => (typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '');
const length = (value: string) => [...value].length;

/** `饮料 / 碳酸饮料` and `饮料/碳酸饮料` name the same category. */
export const normaliseCategoryPath = (path: string) =>
  path
    .split('/')
    .map((part) => part.trim())
    .join('/');

function imageUrl(raw: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof raw === 'string' ? new URL(raw.trim()) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new RowError('IMAGE_URL_INVALID', `图片地址须为 http(s) 网址：${String(raw).slice(0, 200)}`);
  return url.href;
}

function parseMasterRow(raw: unknown, index: number, now: Date): MasterRow {
  if (typeof raw !== 'object' || raw === null) throw new RowError('INVALID_ROW', '每行须为对象');
  const row = raw as Record<string, unknown>;
  if (typeof row.sku !== 'string' || !SKU.test(row.sku)) throw new RowError('INVALID_SKU', 'sku 须为1到32位字母、数字或 -');
  if (typeof row.barcode !== 'string' || !isValidBarcode(row.barcode)) throw new RowError('INVALID_BARCODE', 'barcode 须为 8、12、13 或 14 位数字，且校验位正确');
  const name = text(row.name);
  if (!name || length(name) > NAME_MAX) throw new RowError('INVALID_NAME', `name 须为1到${NAME_MAX}个字`);
  const category = normaliseCategoryPath(text(row.category));
  if (!category || category.split('/').some((part) => !part)) throw new RowError('INVALID_CATEGORY', 'category 须为分类名称路径，如 饮料/碳酸饮料');
  const unit = text(row.unit);
  if (!unit || length(unit) > UNIT_MAX) throw new RowError('INVALID_UNIT', `unit 须为1到${UNIT_MAX}个字，如 瓶、袋、盒`);
  const specification = row.specification === undefined || row.specification === null ? '' : text(row.specification);
  if ((row.specification !== undefined && row.specification !== null && typeof row.specification !== 'string') || length(specification) > SPECIFICATION_MAX) {
    throw new RowError('INVALID_SPECIFICATION', `specification 须为不超过${SPECIFICATION_MAX}个字的文字，如 330ml`);
  }
  let imageUrls: string[] | null = null;
  if (row.images !== undefined && row.images !== null) {
    if (!Array.isArray(row.images) || row.images.length > MAX_IMAGES) throw new RowError('INVALID_IMAGES', `images 须为图片网址数组，最多${MAX_IMAGES}张`);
    imageUrls = row.images.map(imageUrl);
    if (new Set(imageUrls).size !== imageUrls.length) throw new RowError('INVALID_IMAGES', '同一图片网址出现了两次');
  }
  let active: boolean | null = null;
  if (row.status !== undefined && row.status !== null) {
    if (row.status !== 'ACTIVE' && row.status !== 'INACTIVE') throw new RowError('INVALID_STATUS', 'status 须为 ACTIVE 或 INACTIVE');
    active = row.status === 'ACTIVE';
  }
  let basePriceFen: number | undefined;
  if (row.basePriceFen !== undefined && row.basePriceFen !== null) {
    // Only an integer of fen: "3.50", 3.5 or "350" are refused, so nobody's yuan becomes a hundredth or a hundredfold.
    if (!Number.isSafeInteger(row.basePriceFen) || (row.basePriceFen as number) <= 0 || (row.basePriceFen as number) > BASE_PRICE_MAX_FEN) {
      throw new RowError('INVALID_PRICE', `basePriceFen 须为1到${BASE_PRICE_MAX_FEN}的整数（单位：分，3.50元写 350）`);
    }
    basePriceFen = row.basePriceFen as number;
  }
  return { index, sku: row.sku, barcode: row.barcode, name, category, unit, specification, imageUrls, active, basePriceFen, sourceUpdatedAt: timeOf(row.sourceUpdatedAt, 'sourceUpdatedAt', now) };
}

const isStale = (row: MasterRow, product: MasterProductRow | undefined) => !!product?.sourceUpdatedAt && product.sourceUpdatedAt >= row.sourceUpdatedAt;

/**
 * The chain's product master from its ERP: upsert by SKU, the barcode checked against every other
 * product, the category named by its path, images fetched from the ERP's URLs into our image store.
 * Each row carries the ERP's update time; a row not newer than the one applied is skipped, so a
 * retried or reordered batch never rolls a product back. Prices are not kept here: a new product
 * brings its base price, later changes go through prices.
 */
export class ProductMasterService {
  constructor(private readonly deps: { images: ImageService; now: () => Date; imageTimeoutMs?: number }) {}

  async upsert(client: pg.PoolClient, body: unknown): Promise<BatchAnswer> {
    const { policy, rows } = batchOf(body, 'products');
    const now = this.deps.now();
    const results: RowResult[] = [];
    const parsed: MasterRow[] = [];
    rows.forEach((raw, index) => {
      try {
        parsed.push(parseMasterRow(raw, index, now));
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        const sku = (raw as { sku?: unknown } | null)?.sku;
        results.push(fail(index, typeof sku === 'string' ? sku : '', error));
      }
    });
    return underPolicy(client, policy, async () => {
      const skus = parsed.map((row) => row.sku);
      const barcodes = parsed.map((row) => row.barcode);
      await lockMasterKeys(client, [...skus, ...barcodes]);
      const categories = new Map<string, number | null>();
      // Two categories of one path cannot be told apart: null marks the path ambiguous.
      for (const { id, path } of await categoryPaths(client)) categories.set(path, categories.has(path) ? null : id);
      // Images are fetched before any row is written, only for rows that will apply (a rerun fetches
      // nothing), while the batch holds its keys: a slow file server slows this batch, no other.
      const known = new Map((await masterProducts(client, skus, [])).map((product) => [product.sku, product]));
      const images = await this.download(parsed.filter((row) => !isStale(row, known.get(row.sku))).flatMap((row) => row.imageUrls ?? []));
      // Oldest first, each on its own, so that two rows of one SKU end at the newer one.
      for (const row of [...parsed].sort((a, b) => a.sourceUpdatedAt.getTime() - b.sourceUpdatedAt.getTime() || a.index - b.index)) {
        try {
          results.push(await this.applyRow(client, row, categories, images));
        } catch (error) {
          if (!(error instanceof RowError)) throw error;
          results.push(fail(row.index, row.sku, error));
        }
      }
      return results;
    });
  }

  private async applyRow(client: pg.PoolClient, row: MasterRow, categories: ReadonlyMap<string, number | null>, images: ReadonlyMap<string, string | RowError>): Promise<RowResult> {
    const found = await masterProducts(client, [row.sku], [row.barcode], { lock: true });
    const product = found.find((p) => p.sku === row.sku);
    if (isStale(row, product)) {
      return {
        index: row.index,
        ref: row.sku,
        status: 'SKIPPED_STALE',
        code: 'STALE_UPDATE',
        message: '已应用同一时间或更新的商品资料，本行未执行',
        productId: product!.id,
        appliedUpdatedAt: product!.sourceUpdatedAt!.toISOString(),
      };
    }
    // A barcode another product holds never turns this row into an update of that product.
    const holder = found.find((p) => p.barcode === row.barcode && p !== product);
    if (holder) throw new RowError('BARCODE_TAKEN', `条码 ${row.barcode} 已属于${holder.sku ? ` SKU ${holder.sku} 的` : '另一'}商品（编号${holder.id}）`);
    const categoryId = categories.get(row.category);
    if (categoryId === undefined) throw new RowError('UNKNOWN_CATEGORY', `分类“${row.category}”不存在`);
    if (categoryId === null) throw new RowError('AMBIGUOUS_CATEGORY', `分类“${row.category}”有重名，无法确定`);
    if (!product && row.basePriceFen === undefined) throw new RowError('PRICE_REQUIRED', '新商品须提供 basePriceFen（基础零售价，单位分）');
    const imageIds =
      row.imageUrls?.map((url) => {
        const got = images.get(url)!;
        if (got instanceof RowError) throw got;
        return got;
      }) ?? null;
    const fields: MasterFields = {
      sku: row.sku,
      barcode: row.barcode,
      name: row.name,
      ...pinyinKeys(row.name),
      categoryId,
      unit: row.unit,
      specification: row.specification,
      imageIds,
      active: row.active,
      sourceUpdatedAt: row.sourceUpdatedAt,
    };
    // Someone outside the batch's locks (head office in staff mode) may take the barcode meanwhile: that row fails alone.
    await client.query('SAVEPOINT master_row');
    let productId: number;
    try {
      productId = product ? (await updateMasterProduct(client, product.id, fields), product.id) : await insertMasterProduct(client, fields, row.basePriceFen!);
      await client.query('RELEASE SAVEPOINT master_row');
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await client.query('ROLLBACK TO SAVEPOINT master_row; RELEASE SAVEPOINT master_row');
      throw new RowError('CONFLICT', 'SKU 或条码刚被另一处修改占用，请重试');
    }
    const priceIgnored = product && row.basePriceFen !== undefined && row.basePriceFen !== product.basePriceFen;
    return {
      index: row.index,
      ref: row.sku,
      status: 'APPLIED',
      productId,
      created: !product,
      ...(priceIgnored ? { warnings: [{ code: 'BASE_PRICE_IGNORED', message: '已有商品的基础价不在商品资料中修改（请用价格接口），其余字段已更新' }] } : {}),
    };
  }

  /** Each URL fetched once, a few at a time: its image id, or the row error it earns. */
  private async download(urls: readonly string[]): Promise<Map<string, string | RowError>> {
    const queue = [...new Set(urls)];
    const done = new Map<string, string | RowError>();
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) done.set(url, await this.fetchImage(url).catch((error: unknown) => (error instanceof RowError ? error : Promise.reject(error))));
    };
    await Promise.all(Array.from({ length: Math.min(DOWNLOADS_AT_ONCE, queue.length) }, worker));
    return done;
  }

  /** Downloads one image into the image store, refusing what is not a JPEG, PNG or WebP or is over the upload limit. */
  private async fetchImage(url: string): Promise<string> {
    const bytes = await this.readImage(url);
    try {
      return await this.deps.images.upload(bytes);
    } catch (error) {
      if (error instanceof DomainError) throw new RowError('IMAGE_NOT_IMAGE', `${error.message}：${url}`);
      throw error;
    }
  }

  private async readImage(url: string): Promise<Buffer> {
    const failed = (error: unknown) =>
      error instanceof RowError ? error : new RowError('IMAGE_DOWNLOAD_FAILED', `图片下载失败（${(error as Error).name === 'TimeoutError' ? '超时' : '连接中断'}）：${url}`);
    const tooLarge = () => new RowError('IMAGE_TOO_LARGE', `图片超过 ${UPLOAD_MAX_BYTES / 1024 / 1024}MB：${url}`);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.deps.imageTimeoutMs ?? IMAGE_TIMEOUT_MS), headers: { accept: 'image/*' } });
    } catch (error) {
      throw failed(error);
    }
    try {
      if (!response.ok) throw new RowError('IMAGE_DOWNLOAD_FAILED', `图片下载失败（HTTP ${response.status}）：${url}`);
      const type = response.headers.get('content-type') ?? '';
      if (!/^image\//i.test(type)) throw new RowError('IMAGE_NOT_IMAGE', `地址返回的不是图片（${type || '未标明类型'}）：${url}`);
      if (Number(response.headers.get('content-length')) > UPLOAD_MAX_BYTES) throw tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += chunk.length;
        if (size > UPLOAD_MAX_BYTES) throw tooLarge();
        chunks.push(Buffer.from(chunk));
      }
      return Buffer.concat(chunks);
    } catch (error) {
      throw failed(error);
    } finally {
      await response.body?.cancel().catch(() => undefined);
    }
  }
}
