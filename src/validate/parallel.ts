// Spreads the per-file stage over the machine's cores. Worth it only for large
// logbooks: a worker costs a thread start and its own module loading (Zod and the
// schemas), a few hundred milliseconds of CPU, while one thread checks thousands of
// files a second. The main thread checks batches too: with two cores, one worker and
// the main thread use both, and no core waits for the main thread to hand out work.
//
// Large logbooks also set the memory budget: each worker gets a small, fixed heap,
// so garbage from parsing is collected early instead of piling up, and the main
// thread keeps only the compact results.
import { availableParallelism } from 'node:os';
import type { Discovered } from '../load/discover.js';
import type { CheckedEntry, WorkerSetup } from './check-entries.js';

/**
 * Below this many files one thread is faster than starting more (measured in bench/):
 * a worker pays its start-up back only after a few thousand files.
 */
export const PARALLEL_THRESHOLD = 4000;

/** Files handed out at a time: small enough to keep messages between threads small. */
const BATCH = 250;

// Sized for the work: a batch needs a few MB live; the young generation is the room for
// the garbage of parsing, collected in cheap passes (with 4 MB a worker spent about a
// fifth of its time collecting garbage).
const WORKER_LIMITS = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 32 };

/**
 * Threads to use: EF_THREADS when set (1 turns workers off), else one per core, at
 * most 4, but one on a machine with two cores: there a worker checks a file with about
 * one and a half times the CPU time the main thread needs (its own start-up, its own
 * compiled code, its own garbage), which eats what the second core gives, and on a
 * shared machine the second core is often busy anyway (measured in bench/NOTES.md).
 */
export function threadCount(setting: string | undefined, cores = availableParallelism()): number {
  const asked = Number(setting);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return cores <= 2 ? 1 : Math.min(cores, 4);
}

/** Checks every entry, calling `onResult` with its index as results come in (in any order). */
export async function checkInParallel(
  threadSetting: string | undefined,
  setup: WorkerSetup,
  entries: readonly Discovered[],
  onResult: (index: number, checked: CheckedEntry) => void,
): Promise<void> {
  const threads = threadCount(threadSetting);
  const { checkEntries, prepare } = await import('./check-entries.js');
  if (entries.length < PARALLEL_THRESHOLD || threads < 2) {
    const prepared = prepare(setup);
    entries.forEach((entry, index) => onResult(index, checkEntries(prepared, [entry])[0]!));
    return;
  }

  let next = 0;
  /** The next batch to check, as [start, end), or undefined when all are handed out. */
  const take = (): [number, number] | undefined => {
    if (next >= entries.length) return undefined;
    const start = next;
    next = Math.min(entries.length, next + BATCH);
    return [start, next];
  };

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      // Loaded here: most checks never start a thread, and loading worker_threads was a
      // few per cent of a small check's start-up.
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      const worker = new Worker(new URL('./check-worker.js', import.meta.url), {
        workerData: setup,
        resourceLimits: WORKER_LIMITS,
      });
      // Two batches in flight, so that a worker never waits for the main thread,
      // which is busy with batches of its own.
      const inFlight: Array<[number, number]> = [];
      const send = () => {
        const batch = take();
        if (!batch) return;
        inFlight.push(batch);
        worker.postMessage(entries.slice(batch[0], batch[1]));
      };
      worker.on('message', (checked: CheckedEntry[]) => {
        const [start] = inFlight.shift()!;
        checked.forEach((entry, offset) => onResult(start + offset, entry));
        send();
        if (inFlight.length === 0) void worker.terminate().then(() => resolve(), reject);
      });
      worker.once('error', reject);
      send();
      send();
      // More threads than batches: this one has nothing to do.
      if (inFlight.length === 0) void worker.terminate().then(() => resolve(), reject);
    });

  const workers = Array.from({ length: threads - 1 }, runWorker);
  const prepared = prepare(setup);
  for (let batch = take(); batch; batch = take()) {
    const [start, end] = batch;
    const checked = checkEntries(prepared, entries.slice(start, end));
    checked.forEach((entry, offset) => onResult(start + offset, entry));
    // Let the workers' answers in, and hand them their next batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
}
