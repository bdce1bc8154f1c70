import { randomInt } from 'node:crypto';
import { badInput } from '../graphql/errors.ts';

/** getwxacodeunlimit's limits: at most 32 visible characters from this set (no `%`, so no percent-encoding). */
export const SCENE_MAX_LENGTH = 32;
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

/** Throws BAD_USER_INPUT with a reason the mini-program and staff tools can branch on. */
export function validateScene(scene: string): string {
  if (scene.length === 0) throw badInput('二维码内容为空', { field: 'scene', reason: 'SCENE_EMPTY' });
  if (scene.length > SCENE_MAX_LENGTH) {
    throw badInput(`二维码内容过长（最多${SCENE_MAX_LENGTH}个字符）`, { field: 'scene', reason: 'SCENE_TOO_LONG', maxLength: SCENE_MAX_LENGTH });
  }
  if (!SCENE_CHARS.test(scene)) throw badInput('二维码内容含有不允许的字符', { field: 'scene', reason: 'SCENE_FORBIDDEN_CHARACTERS' });
  return scene;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `length` characters of the RFC 4648 base32 alphabet from the CSPRNG (5 bits each): easy to read aloud or type at a till. */
export function randomBase32(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE32[randomInt(32)];
  return out;
}

/**
 * A new opaque scene: 'q' and 16 base32 characters (80 bits from the CSPRNG), so printed codes can
 * neither be enumerated nor told apart by what they point at. The seed uses the same shape.
 */
export function newScene(): string {
  return `q${randomBase32(16)}`;
}
