import type express from 'express';
import { DomainError, type ErrorCode } from './graphql/errors.ts';
import type { Logger } from './logger.ts';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // A QR code that exists but will never print again unless re-enabled.
  QR_CODE_INACTIVE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UPSTREAM_ERROR: 502,
};

/**
 * The plain-HTTP routes (file downloads and uploads) answer errors with the same codes and Chinese
 * messages as GraphQL, as JSON `{ code, message, ...details }`; anything else is logged and masked.
 */
export function sendError(res: express.Response, error: unknown, logger: Logger, what: string): void {
  res.setHeader('cache-control', 'no-store');
  if (!(error instanceof DomainError)) {
    logger.error({ err: error }, `${what} failed`);
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: '服务暂时不可用，请稍后再试' });
    return;
  }
  res.status(STATUS[error.code] ?? 400).json({ ...error.details, code: error.code, message: error.message });
}
