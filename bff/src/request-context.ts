import { AsyncLocalStorage } from 'node:async_hooks';

/** Carries the request id to every log line written while serving that request. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
