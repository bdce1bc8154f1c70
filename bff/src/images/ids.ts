import { createHash } from 'node:crypto';
import type { ImageStore } from './store.ts';

/** An image's id is the sha256 of its original bytes, lower-case hex: the same bytes, the same id. */
export const IMAGE_ID = /^[0-9a-f]{64}$/;

export function imageId(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const originalKey = (id: string) => `originals/${id}`;

/** Puts an original into the store and returns its id. */
export async function putOriginal(store: ImageStore, bytes: Buffer, contentType: string): Promise<string> {
  const id = imageId(bytes);
  await store.put(originalKey(id), bytes, contentType);
  return id;
}
