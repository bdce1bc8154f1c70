import express, { type Router } from 'express';
import type { Logger } from '../logger.ts';
import { WechatPayNotificationError } from '../wechat/index.ts';
import type { PaymentService } from './service.ts';

export const WECHAT_NOTIFY_PATH = '/payments/wechat/notify';

/**
 * WeChat Pay's notification endpoint. The body must reach the verifier byte for byte (the signature
 * covers it), hence express.raw. Answers 204 when handled or already handled; 401 for anything
 * forged, stale or undecryptable (logged); 500 on our own failure, so WeChat retries.
 */
export function wechatNotifyRouter(payments: PaymentService, logger: Logger): Router {
  const router = express.Router();
  router.post(WECHAT_NOTIFY_PATH, express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const outcome = await payments.handleNotification(req.headers, body);
      logger.info({ outcome }, 'WeChat Pay notification');
      res.status(204).end();
    } catch (error) {
      if (error instanceof WechatPayNotificationError) {
        logger.warn({ kind: error.kind, ip: req.ip, serial: req.header('wechatpay-serial') }, `rejected WeChat Pay notification: ${error.message}`);
        res.status(401).json({ code: 'FAIL', message: '签名验证失败' });
        return;
      }
      logger.error({ err: error }, 'WeChat Pay notification failed');
      res.status(500).json({ code: 'FAIL', message: '处理失败' });
    }
  });
  return router;
}
