import express, { type Router } from 'express';
import { authenticate } from '../auth/viewer.ts';
import { requirePermission } from '../access/guard.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { DomainError } from '../graphql/errors.ts';
import { sendError } from '../http-errors.ts';
import type { Logger } from '../logger.ts';
import { IMAGE_ID } from './ids.ts';
import { isRenditionName, UPLOAD_MAX_BYTES, type ImageService, type RenditionFormat } from './service.ts';

/** A year, the most HTTP caches honour: the bytes behind an image URL never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** WebP only for clients that name it with a non-zero q; `*\/*` alone gets JPEG, which every client decodes. */
export function acceptsWebp(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((entry) => {
    const [type, ...params] = entry.trim().toLowerCase().split(';').map((part) => part.trim());
    return type === 'image/webp' && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

const notFound = () => new DomainError('NOT_FOUND', '图片不存在', { reason: 'IMAGE_NOT_FOUND' });

/**
 * Images over plain HTTP: `GET /images/<id>/<rendition>` serves a rendition to anyone (product
 * images are public) under an immutable URL, and `POST /images` takes a photo from a store manager
 * (raw JPEG, PNG or WebP body) and answers its id and URLs. Every other path under /images is a JSON
 * 404, never the H5 page.
 */
export function imagesRouter(deps: { images: ImageService; tokens: TokenService; prisma: PrismaClient; logger: Logger }): Router {
  const router = express.Router();

  router.get('/images/:id/:rendition', async (req, res) => {
    try {
      const { id, rendition } = req.params;
      if (!IMAGE_ID.test(id) || !isRenditionName(rendition)) throw notFound();
      const format: RenditionFormat = acceptsWebp(req.header('accept')) ? 'webp' : 'jpeg';
      const etag = `"${id}.${rendition}.${format}"`;
      res.setHeader('vary', 'Accept');
      if (req.header('if-none-match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        res.setHeader('etag', etag).setHeader('cache-control', IMMUTABLE).status(304).end();
        return;
      }
      const bytes = await deps.images.rendition(id, rendition, format);
      if (!bytes) throw notFound();
      res
        .setHeader('etag', etag)
        .setHeader('cache-control', IMMUTABLE)
        // helmet's same-origin default would keep a CDN-fronted or cross-origin H5 page from showing them.
        .setHeader('cross-origin-resource-policy', 'cross-origin')
        .type(`image/${format}`)
        .send(bytes);
    } catch (error) {
      sendError(res, error, deps.logger, 'image');
    }
  });

  const catalogEditorsOnly: express.RequestHandler = async (req, res, next) => {
    try {
      const auth = await authenticate(req.header('authorization') ?? null, deps.tokens, deps.prisma);
      // Product images are the chain's catalogue: head office's to add.
      await requirePermission({ auth }, 'CATALOG', 'CHAIN');
      next();
    } catch (error) {
      sendError(res, error, deps.logger, 'image upload');
    }
  };
  const upload: express.RequestHandler = async (req, res) => {
    try {
      const id = await deps.images.upload(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      res.status(201).json({ id, ...deps.images.urls(id) });
    } catch (error) {
      sendError(res, error, deps.logger, 'image upload');
    }
  };
  const tooLarge: express.ErrorRequestHandler = (error, _req, res, next) => {
    if ((error as { type?: string }).type !== 'entity.too.large') return next(error);
    sendError(res, new DomainError('PAYLOAD_TOO_LARGE', `图片不能超过 ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`, { limitBytes: UPLOAD_MAX_BYTES }), deps.logger, 'image upload');
  };
  // The body is read only after the caller is known to be a manager.
  router.post('/images', catalogEditorsOnly, express.raw({ type: () => true, limit: UPLOAD_MAX_BYTES }), upload, tooLarge);

  router.use('/images', (_req, res) => {
    sendError(res, notFound(), deps.logger, 'image');
  });
  return router;
}
