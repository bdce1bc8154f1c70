import { recordAudit } from '../audit/service.ts';
import type { PrismaClient } from '../db/prisma.ts';
import type { Prisma, Product } from '../generated/prisma/client.ts';
import { badInput, notFound } from '../graphql/errors.ts';
import type { ImageService } from '../images/service.ts';
import { pinyinKeys } from './pinyin.ts';
import { decodeCursor, encodeCursor, pageSize } from './service.ts';
import { lockProduct } from './sql.ts';

export const NAME_MAX = 40;
export const DESCRIPTION_MAX = 500;
export const UNIT_MAX = 8;
export const MAX_IMAGES = 9;
/** A shelf price no convenience store charges; it catches a price typed in yuan as fen times a hundred. */
export const BASE_PRICE_MAX_FEN = 1_000_000;

export type ProductStatus = 'ACTIVE' | 'INACTIVE';

/** What head office edits of a product: the chain-wide content, never a store's price or stock. */
export interface ProductContentInput {
  barcode: string;
  name: string;
  description: string;
  unit: string;
  categoryId: number;
  status: ProductStatus;
  featured: boolean;
  /** Ids in the image store, the main one first. */
  imageIds: string[];
}

const WITH_CATEGORY = { category: { include: { parent: { select: { name: true } } } } } as const satisfies Prisma.ProductInclude;
export type CatalogProductModel = Prisma.ProductGetPayload<{ include: typeof WITH_CATEGORY }>;

/** A category after its parent's name (饮料 / 碳酸饮料): how the form lists and shows them. */
export const categoryPath = (category: { name: string; parent: { name: string } | null }) =>
  category.parent ? `${category.parent.name} / ${category.name}` : category.name;

/** The fields an audit entry records of a product, as plain JSON. */
const auditFields = (product: Product) => ({
  barcode: product.barcode,
  name: product.name,
  description: product.description,
  unit: product.unit,
  categoryId: product.categoryId,
  status: product.active ? 'ACTIVE' : 'INACTIVE',
  featured: product.featured,
  imageIds: product.imageIds,
  basePriceFen: product.basePriceFen,
});

/** Only what changed, before and after: the audit trail reads as "名称: 旧 → 新". */
function changed(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return { before: Object.fromEntries(keys.map((key) => [key, before[key]])), after: Object.fromEntries(keys.map((key) => [key, after[key]])) };
}

/** EAN-13, EAN-8, UPC-A or GTIN-14 with a correct GS1 check digit: what a scanner reads off a pack. */
export function isValidBarcode(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';
const barcodeTaken = (barcode: string) => badInput(`条码 ${barcode} 已被其他商品使用`, { field: 'barcode', reason: 'BARCODE_TAKEN' });

/**
 * Product content for head office: the chain's catalogue, active or not. Every change is validated
 * whole before anything is written, and recorded in the audit trail in the same transaction.
 */
export class ProductContentService {
  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      images: ImageService;
    },
  ) {}

  /** Products whose name, pinyin keys or barcode contain the query (all of them without one), by id. */
  async list(options: { query?: string | null; first?: number | null; after?: string | null }) {
    const size = pageSize(options.first);
    const text = options.query?.trim() ?? '';
    if (text.length > NAME_MAX) throw badInput(`搜索词最多 ${NAME_MAX} 个字`, { field: 'query' });
    const contains = { contains: text, mode: 'insensitive' } as const;
    const rows = await this.deps.prisma.product.findMany({
      where: {
        id: { gt: decodeCursor(options.after) },
        ...(text ? { OR: [{ name: contains }, { namePinyin: contains }, { nameInitials: contains }, { barcode: text }] } : {}),
      },
      include: WITH_CATEGORY,
      orderBy: { id: 'asc' },
      take: size + 1,
    });
    const nodes = rows.slice(0, size);
    return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor(nodes.at(-1)!.id) : null } };
  }

  async get(id: number): Promise<CatalogProductModel> {
    const product = await this.deps.prisma.product.findUnique({ where: { id }, include: WITH_CATEGORY });
    if (!product) throw notFound(`商品 ${id} 不存在`, { reason: 'UNKNOWN_PRODUCT' });
    return product;
  }

  /** Categories a product can be filed under, each parent followed by its children, in the shop's order. */
  async categories(): Promise<Array<{ id: number; path: string }>> {
    const all = await this.deps.prisma.category.findMany({ include: { parent: { select: { name: true } } }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    return all
      .filter((category) => category.parentId === null)
      .flatMap((root) => [root, ...all.filter((category) => category.parentId === root.id)])
      .map((category) => ({ id: category.id, path: categoryPath(category) }));
  }

  /**
   * A new product of the chain. It has no store inventory: a store takes it into its range through
   * its shelf (or the ERP) before shoppers see it there.
   */
  async create(actorUserId: string, input: ProductContentInput, basePriceFen: number): Promise<CatalogProductModel> {
    const fields = await this.validate(input);
    if (!Number.isInteger(basePriceFen) || basePriceFen <= 0 || basePriceFen > BASE_PRICE_MAX_FEN) {
      throw badInput(`零售价须在 0.01 到 ${BASE_PRICE_MAX_FEN / 100} 元之间`, { field: 'basePriceFen', reason: 'PRICE_OUT_OF_RANGE' });
    }
    await this.requireFreeBarcode(fields.barcode, null);
    try {
      return await this.deps.prisma.$transaction(async (tx) => {
        // Until the ERP keys it otherwise, a product made in staff mode goes by its barcode as its SKU.
        const product = await tx.product.create({ data: { ...fields, sku: fields.barcode, basePriceFen }, include: WITH_CATEGORY });
        await recordAudit(tx, { actorUserId, storeId: null, kind: 'product.content', subject: String(product.id), before: null, after: auditFields(product) });
        return product;
      });
    } catch (error) {
      // Two creations of one barcode at once: the unique index decides, and the loser hears why.
      if (isUniqueViolation(error)) throw barcodeTaken(fields.barcode);
      throw error;
    }
  }

  /** Replaces a product's content with the form's; the audit entry holds what changed. */
  async update(actorUserId: string, id: number, input: ProductContentInput): Promise<CatalogProductModel> {
    const fields = await this.validate(input);
    await this.get(id);
    await this.requireFreeBarcode(fields.barcode, id);
    try {
      return await this.deps.prisma.$transaction(async (tx) => {
        // Locked so that two editors' entries each hold what the other left, not what both started from.
        const current = await lockProduct(tx, id);
        const product = await tx.product.update({ where: { id }, data: fields, include: WITH_CATEGORY });
        const diff = changed(auditFields(current!), auditFields(product));
        if (Object.keys(diff.after).length > 0) {
          await recordAudit(tx, { actorUserId, storeId: null, kind: 'product.content', subject: String(id), ...diff });
        }
        return product;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw barcodeTaken(fields.barcode);
      throw error;
    }
  }

  private async requireFreeBarcode(barcode: string, ownId: number | null): Promise<void> {
    const holder = await this.deps.prisma.product.findUnique({ where: { barcode }, select: { id: true } });
    if (holder && holder.id !== ownId) throw barcodeTaken(barcode);
  }

  /** The whole input checked and normalised, the pinyin keys derived from the name; throws on the first fault. */
  private async validate(input: ProductContentInput) {
    const name = input.name.trim().replace(/\s+/g, ' ');
    const description = input.description.trim();
    const unit = input.unit.trim();
    const barcode = input.barcode.trim();
    if (!name || [...name].length > NAME_MAX) throw badInput(`商品名称须为 1 到 ${NAME_MAX} 个字`, { field: 'name', reason: 'NAME_LENGTH' });
    if ([...description].length > DESCRIPTION_MAX) throw badInput(`商品描述最多 ${DESCRIPTION_MAX} 个字`, { field: 'description', reason: 'DESCRIPTION_LENGTH' });
    if (!unit || [...unit].length > UNIT_MAX) throw badInput(`单位须为 1 到 ${UNIT_MAX} 个字，如 瓶、袋、盒`, { field: 'unit', reason: 'UNIT_LENGTH' });
    if (!isValidBarcode(barcode)) {
      throw badInput('条码须为 8、12、13 或 14 位数字，且校验位正确', { field: 'barcode', reason: 'BARCODE_INVALID' });
    }
    if (input.status !== 'ACTIVE' && input.status !== 'INACTIVE') throw badInput('商品状态不正确', { field: 'status' });
    const category = await this.deps.prisma.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!category) throw badInput('所选分类不存在', { field: 'categoryId', reason: 'UNKNOWN_CATEGORY' });
    const imageIds = await this.checkImages(input.imageIds);
    return {
      barcode,
      name,
      ...pinyinKeys(name),
      description,
      unit,
      categoryId: category.id,
      active: input.status === 'ACTIVE',
      featured: input.featured,
      imageIds,
    };
  }

  private async checkImages(imageIds: string[]): Promise<string[]> {
    if (imageIds.length > MAX_IMAGES) throw badInput(`商品图片最多 ${MAX_IMAGES} 张`, { field: 'imageIds', reason: 'TOO_MANY_IMAGES' });
    if (new Set(imageIds).size !== imageIds.length) throw badInput('同一张图片不能添加两次', { field: 'imageIds', reason: 'DUPLICATE_IMAGE' });
    for (const id of imageIds) {
      if (!(await this.deps.images.exists(id))) throw badInput('图片不存在，请重新上传', { field: 'imageIds', reason: 'UNKNOWN_IMAGE', imageId: id });
    }
    return imageIds;
  }
}
