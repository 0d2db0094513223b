/**
 * Runs fuzz jobs in a worker thread with a time bound. A job that overruns its bound is a hang:
 * the worker is terminated (which interrupts even a regex stuck in backtracking) and a fresh one
 * serves the next job. The bounds are generous "finishes at all" guards, not performance asserts.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Job } from './worker';

export class HangError extends Error {
  constructor(readonly ms: number, readonly step: number | undefined, what: string) {
    super(`${what} did not finish within ${ms} ms${step === undefined ? '' : ` (step ${step})`}`);
    this.name = 'HangError';
  }
}

export class WorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerError';
  }
}

interface Reply {
  id: number;
  step?: number;
  value?: unknown;
  error?: string;
}

export class FuzzWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  /** Jobs run so far and hangs seen, for the reports. */
  jobs = 0;
  hangs = 0;

  private spawn(): Worker {
    if (!this.worker) {
      this.worker = new Worker(path.join(__dirname, 'worker.js'));
      this.worker.unref();
    }
    return this.worker;
  }

  /**
   * Runs one job. `stepMs` bounds the time between progress steps of a batch job (and the time
   * to the first one); `totalMs` bounds the whole job.
   */
  run<T>(job: Job, totalMs: number, onStep?: (step: number, value: unknown) => void, stepMs = totalMs): Promise<T> {
    const worker = this.spawn();
    const id = this.nextId++;
    this.jobs++;
    return new Promise<T>((resolve, reject) => {
      let lastStep: number | undefined;
      let stepTimer: NodeJS.Timeout | undefined;
      const kill = (ms: number): void => {
        cleanup();
        this.hangs++;
        this.worker = undefined;
        void worker.terminate();
        reject(new HangError(ms, lastStep === undefined ? (onStep ? 0 : undefined) : lastStep + 1, `job "${job.type}"`));
      };
      const totalTimer = setTimeout(() => kill(totalMs), totalMs);
      const armStep = (): void => {
        if (stepTimer) clearTimeout(stepTimer);
        if (stepMs < totalMs) stepTimer = setTimeout(() => kill(stepMs), stepMs);
      };
      armStep();
      const onMessage = (reply: Reply): void => {
        if (reply.id !== id) return;
        if (reply.step !== undefined) {
          lastStep = reply.step;
          onStep?.(reply.step, reply.value);
          armStep();
          return;
        }
        cleanup();
        if (reply.error !== undefined) reject(new WorkerError(reply.error));
        else resolve(reply.value as T);
      };
      const onError = (error: Error): void => {
        cleanup();
        this.worker = undefined;
        reject(new WorkerError(`worker crashed: ${error.stack ?? error.message}`));
      };
      const onExit = (code: number): void => {
        cleanup();
        this.worker = undefined;
        reject(new WorkerError(`worker exited with code ${code}`));
      };
      const cleanup = (): void => {
        clearTimeout(totalTimer);
        if (stepTimer) clearTimeout(stepTimer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
