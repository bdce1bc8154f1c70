import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import type { Config } from '../config.ts';

/**
 * Where image bytes live: originals and the renditions made from them, under keys the image service
 * chooses. Every key is content-addressed, so a put never changes what a key means and needs no
 * locking; two instances writing the same key write the same bytes.
 */
export interface ImageStore {
  /** null when there is no such key */
  get(key: string): Promise<Buffer | null>;
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
}

/** Keys are our own (hash/rendition.format); anything else is refused before it reaches a path or URL. */
const KEY = /^[a-z0-9]+(?:[/._-][a-z0-9]+)*$/;

export function checkKey(key: string): string {
  if (!KEY.test(key) || key.includes('..')) throw new RangeError(`invalid image store key: ${JSON.stringify(key)}`);
  return key;
}

/** One file per key under `dir`; written to a temporary name and renamed, so a reader never sees half a file. */
export function localImageStore(dir: string): ImageStore {
  const root = resolve(dir);
  const pathOf = (key: string) => {
    const path = join(root, ...checkKey(key).split('/'));
    // Belt and braces with checkKey: whatever the key, the file stays inside the store.
    if (!path.startsWith(root + sep)) throw new RangeError(`invalid image store key: ${JSON.stringify(key)}`);
    return path;
  };
  return {
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
  };
}

export interface S3Options {
  /** The bucket's URL, path-style (`https://minio.example:9000/bucket`) or virtual-hosted (`https://bucket.s3.ap-east-1.amazonaws.com`). */
  bucketUrl: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Any S3-compatible object store (AWS S3, MinIO, Aliyun OSS, Tencent COS, R2) through GET and PUT
 * Object signed with SigV4 by aws4fetch.
 */
export function s3ImageStore(options: S3Options): ImageStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: 's3',
    region: options.region,
    // aws4fetch retries 5xx ten times with backoff by default: far too long for a request in flight.
    retries: 2,
  });
  const base = options.bucketUrl.replace(/\/+$/, '');
  const urlOf = (key: string) => `${base}/${checkKey(key)}`;
  return {
    async get(key) {
      const response = await client.fetch(urlOf(key), { method: 'GET' });
      if (response.status === 404) {
        // Read to the end (S3's answers are small) so the connection goes back to the pool.
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) throw new Error(`S3 GET ${key}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
      return Buffer.from(await response.arrayBuffer());
    },
    async put(key, bytes, contentType) {
      const response = await client.fetch(urlOf(key), { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });
      if (!response.ok) throw new Error(`S3 PUT ${key}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
      await response.arrayBuffer();
    },
  };
}

export function imageStoreFromConfig(config: Config): ImageStore {
  if (config.IMAGE_STORE === 's3') {
    return s3ImageStore({
      bucketUrl: config.S3_BUCKET_URL!,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    });
  }
  return localImageStore(config.IMAGE_STORE_DIR);
}
