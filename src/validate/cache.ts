// The check cache: per-file results keyed by the file's content hash, valid only for
// the same ef build and the same ef.config.yaml. Cross-file rules are never cached;
// they run on the (cached or fresh) facts every time, so a cache cannot hide an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageRecord } from '../report/collect.js';
import type { Config } from './schemas/config.js';
import type { Facts } from './facts.js';

export const CACHE_DIR = '.ef-cache';
const CACHE_FILE = 'check.json';
const FORMAT = 1;

export interface CachedFile {
  readonly hash: string;
  /** Facts with `path` relative to the logbook root. */
  readonly facts: Facts;
  readonly messages: readonly MessageRecord[];
}

export interface CheckCache {
  readonly format: number;
  /** Fingerprint of the ef build that wrote it. */
  readonly build: string;
  readonly configHash: string;
  readonly config: Config;
  readonly files: Readonly<Record<string, CachedFile>>;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** The cache of a logbook, if it was written by this build of ef; otherwise undefined. */
export function readCache(root: string, build: string): CheckCache | undefined {
  try {
    const cache = JSON.parse(readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'utf8')) as CheckCache;
    return cache.format === FORMAT && cache.build === build ? cache : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically; a cache that cannot be written is simply skipped. */
export function writeCache(root: string, cache: CheckCache): void {
  const dir = join(root, CACHE_DIR);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.gitignore'), '*\n');
    const temp = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(cache));
    renameSync(temp, join(dir, CACHE_FILE));
  } catch {
    // A read-only checkout still checks correctly, just without the speed-up.
  }
}

let fingerprint: string | undefined;

/**
 * Identifies this build of ef: the version plus the sizes and modification times of
 * the compiled checking code, so that a rebuilt ef never trusts an older cache.
 */
export function buildFingerprint(): string {
  if (fingerprint) return fingerprint;
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha1');
  const pkg = join(dist, '..', 'package.json');
  hash.update(readFileSync(pkg));
  for (const folder of ['load', 'validate', 'validate/rules', 'validate/schemas', 'vocabulary', 'model', 'report']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dist, folder)).filter((name) => name.endsWith('.js')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const info = statSync(join(dist, folder, name));
      hash.update(`${folder}/${name}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  fingerprint = hash.digest('base64');
  return fingerprint;
}
