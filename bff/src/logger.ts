import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.ts';

export type { Logger };

/**
 * JSON logs (to stdout unless a destination is given); secrets that may pass through request data
 * are redacted before they are written.
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
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.authorization',
          'headers.authorization',
          '*.password',
          'token',
          '*.token',
          'accessToken',
          '*.accessToken',
          'refreshToken',
          '*.refreshToken',
          'code',
          '*.code',
          'pickupCode',
          '*.pickupCode',
          'tillToken',
          '*.tillToken',
          'secret',
          '*.secret',
          '*.sessionKey',
          '*.session_key',
          '*.apiV3Key',
          '*.privateKey',
          '*.merchantPrivateKeyPem',
          '*.paySign',
          'variables.code',
          'variables.refreshToken',
          'variables.input.code',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
