import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger.ts';
import { startPeriodicJob } from './jobs.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('startPeriodicJob', () => {
  it('runs on its interval, never two passes at once, logs a failed pass and goes on', async () => {
    vi.useFakeTimers();
    const logger = createLogger('silent');
    const errors = vi.spyOn(logger, 'error');
    let calls = 0;
    let finish: (() => void) | undefined;
    const stop = startPeriodicJob(
      'test job',
      () => {
        calls++;
        if (calls === 2) return Promise.reject(new Error('boom'));
        return new Promise<void>((resolve) => (finish = resolve));
      },
      1_000,
      logger,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(1);
    // The first pass is still running: the next two ticks start nothing.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(1);
    finish!();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ job: 'test job' }), 'test job pass failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(3);
    stop();
    finish!();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(3);
  });

  it('is off with an interval of 0', async () => {
    vi.useFakeTimers();
    const run = vi.fn(() => Promise.resolve());
    startPeriodicJob('off', run, 0, createLogger('silent'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).not.toHaveBeenCalled();
  });
});
