// Checking a list of files from scratch (read, hash, parse, validate), as the main thread
// and every worker thread of `ef check` do it (check-worker.ts is the thread's entry).
import type { Discovered } from '../load/discover.js';
import type { Limits } from '../load/limits.js';
import { readEntry, type Scratch } from '../load/read.js';
import { hashBytes, statKey } from './cache.js';
import { checkDiscovered, type FileResult } from './check-file.js';
import type { Config } from './schemas/config.js';
import { makeSchemas, type Schemas } from './schemas/kinds.js';

export interface WorkerSetup {
  readonly config: Config;
  readonly cwd: string;
  readonly limits: Limits;
  /** Hash each file's bytes for the cache (not needed with `--no-cache`). */
  readonly hash: boolean;
  /** For the cache: a file changed after this moment (ms since 1970) is not yet trusted by its stat. */
  readonly settledBefore: number;
}

export interface CheckedEntry {
  readonly result: FileResult;
  /** Content hash, or undefined when the file could not be read whole. */
  readonly hash: string | undefined;
  /** The file's stat as the cache keeps it (see `statKey`), with the hash. */
  readonly stat: string | undefined;
}

interface Prepared extends WorkerSetup {
  readonly schemas: Schemas;
  /**
   * One read buffer for every file: the bytes are hashed and decoded to text before
   * the next file is read. A fresh buffer per file would be memory outside V8's heap
   * that is returned late, which for 100,000 files shows as hundreds of MB.
   */
  readonly scratch: Scratch;
}

export function prepare(setup: WorkerSetup): Prepared {
  return { ...setup, schemas: makeSchemas(setup.config), scratch: { buffer: Buffer.allocUnsafe(64 * 1024) } };
}

/** Checks a list of files from scratch: read, hash, parse, validate. */
export function checkEntries(prepared: Prepared, entries: readonly Discovered[]): CheckedEntry[] {
  return entries.map((entry) => {
    const raw = readEntry(entry, prepared.limits, prepared.scratch);
    const hashed = prepared.hash && raw.kind === 'bytes';
    const hash = hashed ? hashBytes(raw.bytes) : undefined;
    // A link is read through its target: only a plain file is ever trusted by its stat.
    const stat = hashed && entry.target === undefined ? statKey(raw.stats, prepared.settledBefore) : hashed ? '' : undefined;
    return { result: checkDiscovered(entry, prepared.cwd, prepared.limits, prepared.schemas, raw), hash, stat };
  });
}
