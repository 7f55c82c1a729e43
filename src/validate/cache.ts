// The check cache: per-file results keyed by the file's content hash, valid only for
// the same ef build and the same ef.config.yaml. Cross-file rules are never cached;
// they run on the (cached or fresh) facts every time, so a cache cannot hide an error.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageRecord } from '../report/collect.js';
import type { Config } from './schemas/config.js';
import type { Facts } from './facts.js';

export const CACHE_DIR = '.ef-cache';
const CACHE_FILE = 'check.json';
const FORMAT = 2;

/**
 * One file in the cache, as small as it can be: a logbook of 100,000 sessions keeps
 * all of them in memory. Kind, id and path follow from the key; an empty message
 * list and the plain facts of a valid file are left out.
 */
export type CachedFile = readonly [hash: string, facts?: CachedFacts, messages?: readonly MessageRecord[]];

type CachedFacts = Omit<Facts, 'kind' | 'id' | 'path'>;

export function toCached(hash: string, facts: Facts, messages: readonly MessageRecord[]): CachedFile {
  const { kind: _kind, id: _id, path: _path, ...rest } = facts;
  const plain = rest.valid && Object.keys(rest).length === 1;
  if (messages.length > 0) return [hash, rest, messages];
  return plain ? [hash] : [hash, rest];
}

export function fromCached(cached: CachedFile, identity: Pick<Facts, 'kind' | 'id' | 'path'>): { facts: Facts; messages: readonly MessageRecord[] } {
  const [, rest = { valid: true }, messages = []] = cached;
  return { facts: { ...identity, ...rest }, messages };
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
    const text = readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'utf8');
    // A cache from another build is not worth parsing (it can be large).
    if (!text.startsWith(`{"format":${FORMAT},"build":${JSON.stringify(build)},`)) return undefined;
    const cache = JSON.parse(text) as CheckCache;
    return cache.format === FORMAT && cache.build === build ? cache : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache atomically; a cache that cannot be written is simply skipped.
 * Files come from a generator and are serialised one by one, so that a huge logbook
 * never needs a second copy of all its results in memory.
 */
export function writeCache(
  root: string,
  head: Pick<CheckCache, 'build' | 'configHash' | 'config'>,
  files: () => Iterable<[string, CachedFile]>,
): void {
  const dir = join(root, CACHE_DIR);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.gitignore'), '*\n');
    const temp = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, `{"format":${FORMAT},"build":${JSON.stringify(head.build)},"configHash":${JSON.stringify(head.configHash)},"config":${JSON.stringify(head.config)},"files":{`);
      let first = true;
      for (const [key, file] of files()) {
        writeSync(fd, `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(file)}`);
        first = false;
      }
      writeSync(fd, '}}');
    } finally {
      closeSync(fd);
    }
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
  // render/ and render/typst/: the fonts and their coverage decide the pdf-character-missing warnings.
  for (const folder of ['load', 'validate', 'validate/rules', 'validate/schemas', 'vocabulary', 'model', 'report', 'render', 'render/typst']) {
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
