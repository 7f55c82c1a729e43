// Spreads the per-file stage over the machine's cores. Worth it only for large
// logbooks: a worker costs a thread start and its own module loading.
//
// Large logbooks also set the memory budget: each worker gets a small, fixed heap,
// so garbage from parsing is collected early instead of piling up, and the main
// thread keeps only the compact results.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Discovered } from '../load/discover.js';
import type { CheckedEntry, WorkerSetup } from './check-worker.js';

/** Below this many files one thread is faster than starting more (measured in bench/). */
export const PARALLEL_THRESHOLD = 1500;

/** Files handed to a worker at a time: small enough to keep messages between threads small. */
const BATCH = 400;

// Sized for the work: with 24 MB of old generation and 4 MB of young generation a
// worker spent about a fifth of its time collecting garbage. A batch of 400 files needs
// a few MB live; the rest is room for garbage, collected in cheap young-generation passes.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 16 };

/** Threads to use: EF_THREADS when set (1 turns workers off), else one per core, at most 4. */
export function threadCount(setting: string | undefined): number {
  const asked = Number(setting);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return Math.min(availableParallelism(), 4);
}

/** Checks every entry, calling `onResult` with its index as results come in (in any order). */
export async function checkInParallel(
  threadSetting: string | undefined,
  setup: WorkerSetup,
  entries: readonly Discovered[],
  onResult: (index: number, checked: CheckedEntry) => void,
): Promise<void> {
  const threads = threadCount(threadSetting);
  if (entries.length < PARALLEL_THRESHOLD || threads < 2) {
    const { checkEntries, prepare } = await import('./check-worker.js');
    const prepared = prepare(setup);
    entries.forEach((entry, index) => onResult(index, checkEntries(prepared, [entry])[0]!));
    return;
  }

  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./check-worker.js', import.meta.url), {
        workerData: setup,
        resourceLimits: WORKER_LIMITS,
      });
      let start = 0;
      const send = () => {
        if (next >= entries.length) {
          void worker.terminate().then(() => resolve(), reject);
          return;
        }
        start = next;
        next = Math.min(entries.length, next + BATCH);
        worker.postMessage(entries.slice(start, next));
      };
      worker.on('message', (batch: CheckedEntry[]) => {
        batch.forEach((entry, offset) => onResult(start + offset, entry));
        send();
      });
      worker.once('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
}
