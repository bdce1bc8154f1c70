import type { Logger } from './logger.ts';

/**
 * Runs `run` every `intervalMs` on this instance, never two passes at once; a failed pass is logged
 * and the next one runs as usual. An interval of 0 turns the job off. Returns the stop function.
 */
export function startPeriodicJob(name: string, run: () => Promise<unknown>, intervalMs: number, logger: Logger): () => void {
  if (intervalMs <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run()
      .catch((error: unknown) => logger.error({ err: error, job: name }, `${name} pass failed`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
