import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../db/database.ts';
import type { Services } from '../services.ts';
import type { Loaders } from '../loaders.ts';
import type { AuthState } from '../auth/viewer.ts';
import type { DeclaredAccess } from '../access/guard.ts';

/** Long-lived dependencies, built once per process. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  /** Injected so tests can move time (opening hours, slots, token expiry). */
  now: () => Date;
}

/** Built per request: the caller and per-request caches (DataLoaders) live here. */
export interface RequestContext extends DeclaredAccess {
  deps: AppDeps;
  services: Services;
  loaders: Loaders;
  /** The caller, from `Authorization: Bearer`; use requireUser from auth/viewer.ts, requireStoreAccess / requireChainAccess from access/guard.ts. */
  auth: AuthState;
  requestId: string;
  /** The caller's address (X-Forwarded-For only from a loopback proxy), for per-IP rate limits. */
  clientIp: string;
  logger: Logger;
}
