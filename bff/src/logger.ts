import { pino, type Logger } from 'pino';
import { currentRequestId } from './request-context.ts';

export type { Logger };

/** JSON logs; secrets that may pass through request data are redacted before they are written. */
export function createLogger(level: string): Logger {
  return pino({
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
        '*.password',
        '*.token',
        '*.accessToken',
        '*.refreshToken',
        '*.code',
        '*.secret',
        'variables.code',
        'variables.refreshToken',
      ],
      censor: '[redacted]',
    },
  });
}
