import type pg from 'pg';
import type { Logger } from '../logger.ts';
import { HEADERS, sign, type SecretBox } from './signing.ts';
import { claimDueDeliveries, newestLiveKey, settleDelivery, type DueDelivery } from './sql.ts';

/** After this many failed attempts a delivery is dead (kept, shown to head office, not retried). */
export const MAX_ATTEMPTS = 10;
const BATCH = 50;
const TIMEOUT_MS = 10_000;
/** A claim outlives the request's timeout, so two instances never send one delivery at once. */
const LEASE_MS = 2 * TIMEOUT_MS;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 3_600_000;

/** 5 s, 10 s, 20 s … doubling up to an hour between attempts. */
export const retryDelayMs = (attempts: number) => Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));

export const EVENT_ID_HEADER = 'x-corner-event-id';

/**
 * Delivers due outbox events to the clients' webhooks, signed like the requests they send us (the
 * event id is the nonce, and the id receivers deduplicate on). At least once: a delivery counts only
 * on a 2xx answer; anything else is retried with backoff until MAX_ATTEMPTS, then dead.
 */
export async function deliverDue(deps: { pool: pg.Pool; box: SecretBox; now: () => Date; logger: Logger }): Promise<{ delivered: number; failed: number }> {
  const claimed = await claimDueDeliveries(deps.pool, deps.now(), LEASE_MS, BATCH);
  const outcomes = await Promise.all(claimed.map((delivery) => attempt(deps, delivery)));
  return { delivered: outcomes.filter(Boolean).length, failed: outcomes.filter((ok) => !ok).length };
}

async function attempt(deps: { pool: pg.Pool; box: SecretBox; now: () => Date; logger: Logger }, delivery: DueDelivery): Promise<boolean> {
  let error: string | null = null;
  try {
    await send(deps, delivery);
  } catch (failure) {
    error = (failure as Error).message.slice(0, 500);
  }
  const at = deps.now();
  const dead = error !== null && delivery.attempts >= MAX_ATTEMPTS;
  await settleDelivery(deps.pool, {
    eventId: delivery.eventId,
    clientId: delivery.clientId,
    status: error === null ? 'DELIVERED' : dead ? 'DEAD' : 'PENDING',
    nextAttemptAt: new Date(at.getTime() + retryDelayMs(delivery.attempts)),
    error,
    at,
  });
  if (dead) deps.logger.warn({ eventId: delivery.eventId, clientId: delivery.clientId, error }, 'webhook delivery dead after repeated failures');
  return error === null;
}

async function send(deps: { pool: pg.Pool; box: SecretBox; now: () => Date }, delivery: DueDelivery): Promise<void> {
  if (!delivery.webhookUrl) throw new Error('no webhook URL');
  const key = await newestLiveKey(deps.pool, delivery.clientId, deps.now());
  const secret = key && deps.box.open(key.secretCipher);
  if (!key || !secret) throw new Error('the client has no live key to sign with');
  const body = Buffer.from(JSON.stringify({ id: delivery.eventId, kind: delivery.kind, createdAt: delivery.createdAt, data: delivery.payload }));
  const url = new URL(delivery.webhookUrl);
  const timestamp = String(Math.floor(deps.now().getTime() / 1000));
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [EVENT_ID_HEADER]: delivery.eventId,
      [HEADERS.key]: key.id,
      [HEADERS.timestamp]: timestamp,
      [HEADERS.nonce]: delivery.eventId,
      [HEADERS.signature]: sign(secret, { method: 'POST', path: `${url.pathname}${url.search}`, timestamp, nonce: delivery.eventId, body }),
    },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
    redirect: 'manual',
  });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}`);
}
