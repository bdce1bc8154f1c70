import pg from 'pg';
import { Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { STORE_EVENTS_CHANNEL, type StoreEvent } from './sql.ts';

interface Subscriber {
  deliver(event: StoreEvent): void;
  end(): void;
}

/** Events a slow subscriber may fall behind by; older ones are dropped (the queue itself stays the truth). */
const SUBSCRIBER_BUFFER = 100;
const MAX_RECONNECT_MS = 30_000;

/**
 * The BFF instance's one LISTEN connection, shared by all its subscribers: PostgreSQL sends every
 * store's events once per instance, and the hub hands each to the subscribers of its store. The
 * payment that makes an event may land on any instance; its NOTIFY reaches them all.
 *
 * The connection opens with the first subscriber. When it drops, the hub reconnects with a growing
 * delay, and once it listens again sends every subscriber RESYNC, for what it may have missed.
 */
export class StoreEventHub {
  private readonly subscribers = new Map<number, Set<Subscriber>>();
  private listening: Promise<void> | null = null;
  private client: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  constructor(private readonly deps: { url: string; logger: Logger; now: () => Date; reconnectMs?: number }) {}

  /**
   * The store's events from now on, starting with RESYNC once the listener is up (so a client knows
   * nothing after that moment can be missed). Ends when the consumer returns.
   */
  subscribe(storeId: number): AsyncIterableIterator<StoreEvent> {
    return new Repeater<StoreEvent>(async (push, stop) => {
      const subscriber: Subscriber = { deliver: (event) => void push(event), end: () => stop() };
      let subscribers = this.subscribers.get(storeId);
      if (!subscribers) this.subscribers.set(storeId, (subscribers = new Set()));
      subscribers.add(subscriber);
      try {
        await this.listen();
        subscriber.deliver(this.resync(storeId));
      } catch (error) {
        stop(error);
      }
      await stop;
      subscribers.delete(subscriber);
      if (subscribers.size === 0) this.subscribers.delete(storeId);
    }, new SlidingBuffer(SUBSCRIBER_BUFFER));
  }

  /** Subscribers of this instance now, all stores together (tests watch it return to 0). */
  subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  /** Ends every subscription (the instance is shutting down) and the listener. */
  async close(): Promise<void> {
    this.closed = true;
    for (const subscribers of this.subscribers.values()) for (const subscriber of subscribers) subscriber.end();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.listening = null;
    await client?.end().catch(() => undefined);
  }

  /** Resolves once LISTEN is in place; a failed attempt is forgotten, so the next subscriber tries again. */
  private listen(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('store event hub closed'));
    this.listening ??= this.connect().catch((error: unknown) => {
      this.listening = null;
      throw error;
    });
    return this.listening;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.deps.url, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === STORE_EVENTS_CHANNEL && message.payload) this.dispatch(message.payload);
    });
    // 'error' always comes before 'end' on a lost connection; both lead to one reconnect.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    await client.connect();
    await client.query(`LISTEN ${STORE_EVENTS_CHANNEL}`);
    if (this.closed) {
      await client.end();
      throw new Error('store event hub closed');
    }
    this.client = client;
    this.failures = 0;
  }

  private dispatch(payload: string): void {
    let event: StoreEvent;
    try {
      event = JSON.parse(payload) as StoreEvent;
    } catch (error) {
      this.deps.logger.error({ err: error }, 'unreadable store event');
      return;
    }
    this.deliver(event);
  }

  private deliver(event: StoreEvent): void {
    for (const subscriber of this.subscribers.get(event.storeId) ?? []) subscriber.deliver(event);
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    this.listening = null;
    this.deps.logger.warn({ err: error }, 'store event listener lost its connection; reconnecting');
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.closed || this.retryTimer) return;
    const delay = Math.min((this.deps.reconnectMs ?? 500) * 2 ** this.failures, MAX_RECONNECT_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.subscribers.size === 0) return;
      this.listen().then(
        () => {
          this.deps.logger.info('store event listener reconnected');
          for (const storeId of this.subscribers.keys()) this.deliver(this.resync(storeId));
        },
        (error: unknown) => {
          this.failures++;
          this.deps.logger.warn({ err: error, failures: this.failures }, 'store event listener could not reconnect');
          this.retry();
        },
      );
    }, delay);
  }

  private resync(storeId: number): StoreEvent {
    return { type: 'RESYNC', storeId, orderId: null, orderNo: null, status: null, at: this.deps.now().toISOString() };
  }
}
