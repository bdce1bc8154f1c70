import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.ts';

export type { Logger };

/** Keys whose values are secrets wherever they appear in a logged object. */
const SECRET_KEYS = new Set([
  'authorization',
  'cookie',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'pickupCode',
  'tillToken',
  'secret',
  'sessionKey',
  'session_key',
  'apiV3Key',
  'privateKey',
  'merchantPrivateKeyPem',
  'paySign',
]);
const CENSOR = '[redacted]';
/** Deeper than any object we log; beyond it values are replaced rather than walked. */
const MAX_DEPTH = 8;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of a logged value with every secret key censored at any depth; errors are serialized first
 * (pino's own err serializer), so that what they carry (a response's headers, a request's body) is
 * walked too. `code` is a secret only where the login takes it (the top, `variables`,
 * `variables.input`); deeper down (err.code) it is an error code worth keeping.
 */
function redacted(value: unknown, path: string, depth: number): unknown {
  if (value instanceof Error) return redacted(stdSerializers.err(value), path, depth);
  const array = Array.isArray(value);
  if (!array && !isPlainObject(value)) return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (array) return value.map((item) => redacted(item, path, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const loginCode = key === 'code' && (path === '' || path === 'variables' || path === 'variables.input');
    copy[key] = SECRET_KEYS.has(key) || loginCode ? CENSOR : redacted(item, path ? `${path}.${key}` : key, depth + 1);
  }
  return copy;
}

/**
 * JSON logs (to stdout unless a destination is given); secrets that may pass through request data
 * are redacted before they are written. A walk of our own rather than pino's `redact` paths: those
 * reach a fixed depth only, and wildcard paths deep enough cost 70 µs per request log line.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'bff' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      formatters: {
        log: (object) => redacted(object, '', 0) as Record<string, unknown>,
      },
    },
    destination,
  );
}
