// A worker thread of `ef check`: checks its share of the files and sends back only
// the plain results (messages, facts and content hashes).
import { parentPort, workerData } from 'node:worker_threads';
import type { Discovered } from '../load/discover.js';
import type { Limits } from '../load/limits.js';
import { readRaw } from '../load/read.js';
import { hashBytes } from './cache.js';
import { checkDiscovered, type FileResult } from './check-file.js';
import type { Config } from './schemas/config.js';
import { makeSchemas } from './schemas/kinds.js';

export interface WorkerInput {
  readonly config: Config;
  readonly cwd: string;
  readonly limits: Limits;
  readonly entries: readonly Discovered[];
}

export interface CheckedEntry {
  readonly result: FileResult;
  /** Content hash, or undefined when the file could not be read whole. */
  readonly hash: string | undefined;
}

/** Checks a list of files from scratch: read, hash, parse, validate. */
export function checkEntries(input: WorkerInput): CheckedEntry[] {
  const schemas = makeSchemas(input.config);
  return input.entries.map((entry) => {
    const raw = readRaw(entry.path, input.limits);
    return {
      result: checkDiscovered(entry, input.cwd, input.limits, schemas, raw),
      hash: raw.kind === 'bytes' ? hashBytes(raw.bytes) : undefined,
    };
  });
}

if (parentPort && workerData) {
  parentPort.postMessage(checkEntries(workerData as WorkerInput));
}
