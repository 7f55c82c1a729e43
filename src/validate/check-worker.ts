// A worker thread of `ef check`: checks the batches of files it is sent and answers
// with the plain results only (messages, facts and content hashes). The main thread
// checks with the same functions (check-entries.ts) without loading worker_threads.
import { parentPort, workerData } from 'node:worker_threads';
import type { Discovered } from '../load/discover.js';
import { checkEntries, prepare, type WorkerSetup } from './check-entries.js';

if (parentPort && workerData) {
  const port = parentPort;
  const prepared = prepare(workerData as WorkerSetup);
  port.on('message', (entries: Discovered[]) => port.postMessage(checkEntries(prepared, entries)));
}
