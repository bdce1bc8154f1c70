import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { INTERNAL_MESSAGE, type ErrorCode } from './graphql/errors.ts';

export const GRAPHQL_PATH = '/graphql';

/**
 * Taro's H5 index.html sets the root font size in an inline script before the bundle loads; the CSP
 * allows exactly that script by its hash instead of 'unsafe-inline'.
 */
export function inlineScriptHashes(h5DistDir: string): string[] {
  const index = join(h5DistDir, 'index.html');
  if (!h5DistDir || !existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
  );
}

/**
 * nosniff, frame-ancestors 'none', no-referrer, HSTS in production, and a CSP the H5 build runs under:
 * its own scripts, styles (Taro injects some inline), product images from anywhere over https, and
 * requests to its own origin plus CSP_CONNECT_ORIGINS.
 */
export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...inlineScriptHashes(config.H5_DIST_DIR)],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...config.CSP_CONNECT_ORIGINS],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.NODE_ENV === 'production' ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  });
}

/** Cross-origin calls only from CORS_ORIGINS; with none configured, no CORS headers at all (same origin). */
export function corsPolicy(config: Config): RequestHandler {
  return cors({ origin: config.CORS_ORIGINS, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-request-id'], maxAge: 600 });
}

/**
 * /graphql bodies are read here, every one as JSON and at most HTTP_BODY_LIMIT_BYTES; Yoga takes the
 * parsed body. Multipart and other encodings are not used by the mini-program and are refused.
 */
export function graphqlBody(config: Config): RequestHandler {
  return express.json({ limit: config.HTTP_BODY_LIMIT_BYTES, type: () => true });
}

interface HttpRefusal {
  status: number;
  code: ErrorCode;
  message: string;
}

/**
 * An error raised below GraphQL (body parsing, URL decoding, static files) as the client is told it.
 * body-parser and send mark their errors with an HTTP status; anything without a 4xx one is ours.
 */
function refusalOf(error: unknown): HttpRefusal | null {
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (status === 413) return { status, code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' };
  if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持请求内容的编码或字符集' };
  if (status === 404) return { status, code: 'NOT_FOUND', message: '找不到这个地址' };
  if (type === 'entity.parse.failed') return { status, code: 'BAD_USER_INPUT', message: '请求内容不是有效的 JSON' };
  return { status, code: 'BAD_USER_INPUT', message: '请求无效' };
}

/** /graphql answers in GraphQL's shape, so its clients read every refusal the same way; other routes as `{ code, message }`. */
function sendRefusal(req: Request, res: Response, { status, code, message }: HttpRefusal): void {
  const body = req.path === GRAPHQL_PATH ? { errors: [{ message, extensions: { code } }] } : { code, message };
  res.status(status).json(body);
}

/**
 * The last handler: every error that reaches express becomes JSON with a code, in any NODE_ENV.
 * Express's own handler answers with an HTML page that, outside production, carries the stack.
 */
export function httpErrors(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    // Nothing can be said once the answer has started; express then closes the connection.
    if (res.headersSent) return next(error);
    const refusal = refusalOf(error);
    if (!refusal) logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    sendRefusal(req, res, refusal ?? { status: 500, code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE });
  };
}

/** A path no route serves, as JSON like every other refusal (express would answer an HTML page). */
export const notFound: RequestHandler = (req, res) => {
  sendRefusal(req, res, { status: 404, code: 'NOT_FOUND', message: '找不到这个地址' });
};
