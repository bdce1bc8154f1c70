import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import type { Config } from './config.ts';

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

/** body-parser's refusals (too large, not JSON) as GraphQL-shaped JSON instead of an HTML page. */
export const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  const type = (error as { type?: string }).type;
  if (!status || !type) return next(error);
  const tooLarge = type === 'entity.too.large';
  res.status(status).json({
    errors: [{ message: tooLarge ? '请求内容过大' : '请求内容不是有效的 JSON', extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT' } }],
  });
};
