import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';

/**
 * The H5 build names its scripts and styles after their content (`js/app.9d7d7c51.js`, see
 * h5.output in miniapp/config/index.ts): such a file never changes, so browsers may keep it a year
 * without asking. Every other file (index.html above all) can change with any deploy and is
 * revalidated on each use, which its ETag makes cheap.
 */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/;

function cacheHeaders(res: Response, path: string): void {
  res.setHeader('Cache-Control', CONTENT_HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** What miniapp/scripts/compress-h5.mjs writes beside each hashed text file, best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** The build-time compressed copy of a file (`relativePath` without its leading slash) the client accepts, if any. */
function compressedCopy(req: Request, distDir: string, relativePath: string) {
  // Dot-segments and dotfiles are left to static, which refuses them.
  if (relativePath.includes('/.') || relativePath.startsWith('.')) return null;
  return PRECOMPRESSED.find(
    ({ encoding, suffix }) => req.acceptsEncodings(encoding) === encoding && existsSync(join(distDir, `${relativePath}${suffix}`)),
  ) ?? null;
}

/**
 * The H5 mini-program as static files. A hashed file and index.html are answered, when the client
 * accepts it, with the brotli or gzip copy made at build time (compressing per request would cost CPU
 * on every first visit for bytes that only change with a deploy); without a copy, as is.
 */
export function h5StaticRouter(distDir: string): Router {
  const router = express.Router();

  router.get(CONTENT_HASHED, (req: Request, res: Response, next) => {
    res.vary('Accept-Encoding');
    const chosen = compressedCopy(req, distDir, req.path.slice(1));
    if (!chosen) return next();
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', chosen.encoding);
    cacheHeaders(res, req.path);
    res.sendFile(`${req.path.slice(1)}${chosen.suffix}`, { root: distDir, cacheControl: false }, (error) => {
      if (error) next(error);
    });
  });

  // The page itself: its inline scripts (index.html's early requests) make it worth compressing too.
  // index.html is named relative to `root`: send refuses (404) any path with a dot-segment, so an
  // absolute path failed wherever the checkout lives under a hidden folder (~/.local/src/...).
  const sendIndex = (req: Request, res: Response) => {
    res.vary('Accept-Encoding');
    cacheHeaders(res, 'index.html');
    const chosen = compressedCopy(req, distDir, 'index.html');
    if (chosen) res.type('html').setHeader('Content-Encoding', chosen.encoding);
    res.sendFile(`index.html${chosen?.suffix ?? ''}`, { root: distDir, cacheControl: false });
  };
  router.get('/index.html', sendIndex);

  router.use(
    express.static(distDir, {
      index: false,
      cacheControl: false,
      setHeaders: cacheHeaders,
    }),
  );

  // The H5 build uses the browser router: every unknown GET path is a page of the mini-program.
  // Dotfiles inside the build stay refused, by static above, and fall through to index.html here.
  router.get(/^\/(?!graphql|healthz|readyz).*/, sendIndex);
  return router;
}
