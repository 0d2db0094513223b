/**
 * Runs the peer comparison in a worker thread with a large stack. The peer builds its symbol tree
 * by recursing once per heading, which overflows Node's default stack on a multi-megabyte text
 * (about 19,000 headings at 5 MB); a roomier stack lets us time it instead of reporting a crash.
 * Ours runs in the same worker, interleaved with the peer, so the ratio compares like with like.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { makeDocument, type BenchDocument } from './corpus';
import { comparePeer, type PeerComparison } from './peer';
import type { RoundOptions } from './stats';

const STACK_MB = 256;

interface Job {
  name: string;
  text: string;
  options: RoundOptions;
}

export function comparePeerInWorker(resolution: BenchDocument, options: RoundOptions): Promise<PeerComparison> {
  const job: Job = { name: resolution.name, text: resolution.text, options };
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job, resourceLimits: { stackSizeMb: STACK_MB } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`peer worker exited with ${code}`)));
  });
}

if (!isMainThread && parentPort) {
  const job = workerData as Job;
  const port = parentPort;
  comparePeer(makeDocument(job.name, job.text), job.options).then((result) => port.postMessage({ ...result, stackMb: STACK_MB }));
}
