/**
 * Spreads the checks over worker threads (the parser is CPU-bound, one file at a time) and hands
 * each report back with its input's index; the caller restores the input order. Small runs stay on
 * the main thread, where starting workers would cost more than it saves.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { checkTask, type CheckSettings, type CheckTask, type FileReport } from './checkFile';

export const WORKER_ROLE = 'un-resolution-check-worker';
/** Below this many inputs per worker, a worker is not worth its start-up time. */
const MIN_TASKS_PER_WORKER = 8;
/** Tasks queued at each worker, so it never waits for the next message. */
const IN_FLIGHT = 2;

interface Reply {
  index: number;
  report: FileReport;
}

export function isCheckWorker(data: unknown): boolean {
  return (data as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker side: checks each task it is sent. */
export function serveChecks(): void {
  const { settings } = workerData as { settings: CheckSettings };
  parentPort!.on('message', (task: CheckTask) => parentPort!.postMessage({ index: task.index, report: checkTask(task, settings) } satisfies Reply));
}

/** Runs every task; `onReport` is called once per task, in completion order. `script` is this program's entry file. */
export async function runChecks(tasks: readonly CheckTask[], settings: CheckSettings, jobs: number, script: string, onReport: (index: number, report: FileReport) => void): Promise<void> {
  const workerCount = Math.min(jobs, Math.floor(tasks.length / MIN_TASKS_PER_WORKER));
  if (workerCount <= 1) {
    for (const task of tasks) onReport(task.index, checkTask(task, settings));
    return;
  }
  const queue = [...tasks];
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(script, { workerData: { role: WORKER_ROLE, settings } });
      const inFlight = new Map<number, CheckTask>();
      let answered = false;
      running++;
      const feed = () => {
        while (inFlight.size < IN_FLIGHT && queue.length > 0) {
          const task = queue.shift()!;
          inFlight.set(task.index, task);
          worker.postMessage(task);
        }
        if (inFlight.size === 0) void worker.terminate();
      };
      worker.on('message', ({ index, report }: Reply) => {
        answered = true;
        inFlight.delete(index);
        onReport(index, report);
        feed();
      });
      worker.on('error', (error) => {
        // A crash loses only the tasks it held; they are reported, and the rest go on elsewhere.
        for (const task of inFlight.values()) onReport(task.index, { display: task.display, problems: [], failure: `internal error: ${error.message}` });
        inFlight.clear();
        if (answered && queue.length > 0) start();
      });
      worker.on('exit', () => {
        if (--running > 0) return;
        // No worker left (one that cannot even start is not restarted): finish here.
        for (const task of queue.splice(0)) onReport(task.index, checkTask(task, settings));
        resolve();
      });
      feed();
    };
    for (let k = 0; k < workerCount; k++) start();
  });
}
