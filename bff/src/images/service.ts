import sharp, { type Metadata, type Sharp } from 'sharp';
import { DomainError } from '../graphql/errors.ts';
import { IMAGE_ID, originalKey, putOriginal } from './ids.ts';
import { isPackshot, renderPackshot } from './packshot.ts';
import type { ImageStore } from './store.ts';

/**
 * The sizes clients get. URLs are immutable, so a change to what a rendition produces (size,
 * quality) needs a new name, never new bytes under an old one.
 */
export const RENDITIONS = {
  /** lists and cards: a square at most THUMB_MAX_BYTES */
  thumb: { name: 'thumb-240', size: 240, fit: 'contain' },
  /** the product page, 750 px wide (the full width of a phone at 2x) */
  large: { name: 'large-750', size: 750, fit: 'inside' },
} as const;
export type RenditionKind = keyof typeof RENDITIONS;
export type RenditionFormat = 'webp' | 'jpeg';
export const THUMB_MAX_BYTES = 30 * 1024;

const RENDITION_BY_NAME = new Map(Object.values(RENDITIONS).map((rendition) => [rendition.name as string, rendition]));
export function isRenditionName(name: string): boolean {
  return RENDITION_BY_NAME.has(name);
}

const renditionKey = (id: string, name: string, format: RenditionFormat) => `renditions/${id}/${name}.${format}`;

/** Uploads larger than this are refused before decoding; decoding is bounded by MAX_PIXELS too. */
export const UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
const MAX_PIXELS = 40_000_000;
const UPLOAD_FORMATS = new Set(['jpeg', 'png', 'webp']);
/** Qualities tried in turn until a thumbnail fits its budget; a photo of fine detail needs the lower ones. */
const THUMB_QUALITIES = [78, 65, 50, 35] as const;
const LARGE_QUALITY = 80;

export interface ImageUrls {
  thumb: string;
  large: string;
}

export class ImageService {
  /** Renditions being made, so that concurrent first requests for one share the work. */
  private readonly making = new Map<string, Promise<Buffer | null>>();

  constructor(
    private readonly store: ImageStore,
    /** PUBLIC_BASE_URL: empty for relative URLs */
    private readonly publicBaseUrl: string,
  ) {}

  urls(id: string): ImageUrls {
    const url = (kind: RenditionKind) => `${this.publicBaseUrl}/images/${id}/${RENDITIONS[kind].name}`;
    return { thumb: url('thumb'), large: url('large') };
  }

  /** Whether the store holds an original of this id: what a product or campaign may point at. */
  async exists(id: string): Promise<boolean> {
    return IMAGE_ID.test(id) && (await this.store.get(originalKey(id))) !== null;
  }

  /** Stores an uploaded JPEG, PNG or WebP photo as it came; what clients get are the renditions. */
  async upload(bytes: Buffer): Promise<string> {
    if (bytes.length === 0) throw new DomainError('BAD_USER_INPUT', '请选择要上传的图片', { reason: 'EMPTY' });
    let metadata: Metadata;
    try {
      metadata = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    } catch {
      throw new DomainError('BAD_USER_INPUT', '无法识别该图片，请上传 JPEG、PNG 或 WebP 格式', { reason: 'UNREADABLE' });
    }
    if (!metadata.format || !UPLOAD_FORMATS.has(metadata.format)) {
      throw new DomainError('BAD_USER_INPUT', '仅支持 JPEG、PNG 或 WebP 格式的图片', { reason: 'FORMAT', format: metadata.format ?? null });
    }
    if (!metadata.width || !metadata.height || metadata.width * metadata.height > MAX_PIXELS) {
      throw new DomainError('BAD_USER_INPUT', '图片尺寸过大，请压缩后再上传', { reason: 'DIMENSIONS' });
    }
    return putOriginal(this.store, bytes, `image/${metadata.format}`);
  }

  /**
   * One rendition of an image, made on first request and kept in the store; null when the image is
   * unknown. The name must be one of RENDITIONS'.
   */
  rendition(id: string, name: string, format: RenditionFormat): Promise<Buffer | null> {
    const key = renditionKey(id, name, format);
    let pending = this.making.get(key);
    if (!pending) {
      pending = this.readOrMake(id, name, format, key).finally(() => this.making.delete(key));
      this.making.set(key, pending);
    }
    return pending;
  }

  private async readOrMake(id: string, name: string, format: RenditionFormat, key: string): Promise<Buffer | null> {
    const kept = await this.store.get(key);
    if (kept) return kept;
    const original = await this.store.get(originalKey(id));
    if (!original) return null;
    const rendition = RENDITION_BY_NAME.get(name)!;
    const bytes = await encode(await rasterise(original, rendition.size), rendition, format);
    await this.store.put(key, bytes, `image/${format}`);
    return bytes;
  }
}

/** The original as a sharp pipeline, upright; a packshot is drawn straight at the rendition's size. */
async function rasterise(original: Buffer, size: number): Promise<Sharp> {
  if (isPackshot(original)) return renderPackshot(original, size);
  return sharp(original, { limitInputPixels: MAX_PIXELS }).rotate();
}

async function encode(image: Sharp, rendition: (typeof RENDITIONS)[RenditionKind], format: RenditionFormat): Promise<Buffer> {
  // JPEG has no transparency, and a product on white is what the shelf of an O2O app looks like.
  const sized = image
    .resize(rendition.size, rendition.size, { fit: rendition.fit, withoutEnlargement: rendition.fit === 'inside', background: '#ffffff' })
    .flatten({ background: '#ffffff' });
  const encodeAt = (quality: number) => {
    const pipeline = sized.clone();
    return (format === 'webp' ? pipeline.webp({ quality }) : pipeline.jpeg({ quality, mozjpeg: true })).toBuffer();
  };
  if (rendition !== RENDITIONS.thumb) return encodeAt(LARGE_QUALITY);
  let bytes = await encodeAt(THUMB_QUALITIES[0]);
  for (const quality of THUMB_QUALITIES.slice(1)) {
    if (bytes.length <= THUMB_MAX_BYTES) break;
    bytes = await encodeAt(quality);
  }
  return bytes;
}
