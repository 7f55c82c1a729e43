// Spreads the per-file stage over the machine's cores. Worth it only for large
// logbooks: a worker costs a thread start and its own module loading.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckedEntry, WorkerInput } from './check-worker.js';

/** Below this many files one thread is faster than starting more (measured in bench/). */
export const PARALLEL_THRESHOLD = 1500;

export async function checkInParallel(input: WorkerInput): Promise<CheckedEntry[]> {
  const { checkEntries } = await import('./check-worker.js');
  const threads = Math.min(availableParallelism(), 4);
  if (input.entries.length < PARALLEL_THRESHOLD || threads < 2) return checkEntries(input);

  // Contiguous chunks keep the results in discovery order when joined.
  const size = Math.ceil(input.entries.length / threads);
  const chunks = Array.from({ length: threads }, (_, index) => input.entries.slice(index * size, (index + 1) * size));
  const [own, ...others] = chunks;
  const workers = others.map(
    (entries) =>
      new Promise<CheckedEntry[]>((resolve, reject) => {
        const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: { ...input, entries } });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  // The main thread takes a share too instead of waiting idle.
  const mine = checkEntries({ ...input, entries: own ?? [] });
  return [mine, ...(await Promise.all(workers))].flat();
}
