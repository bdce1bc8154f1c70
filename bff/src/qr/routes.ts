import express, { type Router } from 'express';
import { requireUser, authenticate } from '../auth/viewer.ts';
import { requirePermission } from '../access/guard.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { PrismaClient } from '../db/prisma.ts';
import { DomainError } from '../graphql/errors.ts';
import { sendError } from '../http-errors.ts';
import { parseId } from '../graphql/ids.ts';
import type { Logger } from '../logger.ts';
import type { QrService } from './service.ts';

/** Poster downloads: GET /qr/codes/:id/{poster.png,poster.svg,wxacode.png} with `Authorization: Bearer`. */
export const QR_DOWNLOAD_PATH = '/qr/codes/:id/:file';

/**
 * Plain HTTP rather than GraphQL because a poster is a file: staff mode saves or previews it
 * (Taro.downloadFile on weapp, a blob on H5), and a data URL of a print-size PNG would bloat the
 * JSON. Errors answer with the same codes and Chinese messages as GraphQL, as JSON.
 */
export function qrDownloadRouter(deps: { qr: QrService; tokens: TokenService; prisma: PrismaClient; logger: Logger }): Router {
  const router = express.Router();
  router.get(QR_DOWNLOAD_PATH, async (req, res) => {
    try {
      const auth = await authenticate(req.header('authorization') ?? null, deps.tokens, deps.prisma);
      // Signed-in first, so strangers cannot probe which code ids exist.
      requireUser({ auth });
      const code = await deps.qr.byId(parseId(req.params.id, '二维码', 'id'));
      await requirePermission({ auth }, 'QR_CODES', code.storeId);
      const file = req.params.file;
      res.setHeader('cache-control', 'private, no-store');
      if (file === 'poster.svg') {
        res.type('image/svg+xml').send(await deps.qr.poster(code, 'svg'));
      } else if (file === 'poster.png') {
        res.type('image/png').send(await deps.qr.poster(code, 'png'));
      } else if (file === 'wxacode.png') {
        res.type('image/png').send(await deps.qr.wxacode(code));
      } else {
        throw new DomainError('NOT_FOUND', '没有这种下载', { reason: 'UNKNOWN_FILE' });
      }
    } catch (error) {
      sendError(res, error, deps.logger, 'QR download');
    }
  });
  return router;
}
