// The check cache: per-file results keyed by the file's content hash, valid only for
// the same ef build and the same ef.config.yaml. Cross-file rules are never cached;
// they run on the (cached or fresh) facts every time, so a cache cannot hide an error.
// Image files keep their verdict by stat (see `CachedBeeld`); the image rule itself
// (alt text, where a reference points) runs every time too.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempNameFor } from '../core/atomic.js';
import type { MessageRecord } from '../diagnostics/collect.js';
import type { Severity } from '../diagnostics/messages.js';
import type { Config } from './schemas/config.js';
import type { Facts } from './facts.js';
import type { BeeldRegel } from '../images/verwijzing.js';
import type { BeeldOordeel } from './rules/beelden.js';

export const CACHE_DIR = '.ef-cache';
const CACHE_FILE = 'check.json';
const FORMAT = 6;

/**
 * One file in the cache, as small as it can be: a logbook of 100,000 sessions keeps
 * all of them in memory. Kind, id and path follow from the key; an empty message
 * list and the plain facts of a valid file are left out. Messages are a flat list of
 * numbers, `line, column, text` per message, where `text` indexes the cache's table
 * of distinct texts (thousands of files share a handful of warnings).
 */
export type CachedFile = readonly [hash: string, stat: string, facts?: CachedFacts, messages?: readonly number[]];

type CachedFacts = Omit<Facts, 'kind' | 'id' | 'path'>;

/** A distinct message text: rule, severity, sentence and, when `ef fix` repairs it, what it does. */
type CachedText = readonly [rule: string, severity: Severity, message: string, fix?: string];

export interface CheckCache {
  readonly format: number;
  /** Fingerprint of the ef build that wrote it. */
  readonly build: string;
  readonly configHash: string;
  /** Hash of `config` as written, so that a damaged config is never trusted. */
  readonly configDigest: string;
  readonly config: Config;
  readonly files: Readonly<Record<string, CachedFile>>;
  readonly texts: readonly CachedText[];
  /** Image files by their path inside the logbook (`beelden/team.jpg`). */
  readonly beelden: Readonly<Record<string, CachedBeeld>>;
}

/**
 * What an image file was found to be, with the stat it had (see `statKey`, never
 * empty here): its size in bytes when it is a good image, else the rule and the
 * reason. Only a verdict on the file's bytes is kept: one that depends on the folders
 * around it (missing, outside `beelden/`) is found afresh every time.
 */
export type CachedBeeld = readonly [stat: string, grootte: number] | readonly [stat: string, regel: BeeldRegel, reden: string];

/** The rules whose verdict on an image depends on its bytes alone. */
const BYTE_RULES: ReadonlySet<unknown> = new Set<BeeldRegel>(['image-corrupt', 'image-unsupported']);

/** The cache entry of an image with this stat and verdict, if the verdict can be kept. */
export function toCachedBeeld(stat: string, oordeel: BeeldOordeel): CachedBeeld | undefined {
  if (stat === '') return undefined;
  if ('grootte' in oordeel) return [stat, oordeel.grootte];
  return BYTE_RULES.has(oordeel.probleem.regel) ? [stat, oordeel.probleem.regel, oordeel.probleem.reden] : undefined;
}

/** The verdict kept for an image, if it was kept for exactly this (non-empty) stat. */
export function fromCachedBeeld(cached: CachedBeeld | undefined, stat: string): BeeldOordeel | undefined {
  if (cached === undefined || stat === '' || cached[0] !== stat) return undefined;
  return cached.length === 2 ? { grootte: cached[1] } : { probleem: { regel: cached[1], reden: cached[2] } };
}

/** Whether two tables of image verdicts hold the same (both are written in sorted order). */
export function sameBeelden(a: Readonly<Record<string, CachedBeeld>> | undefined, b: Readonly<Record<string, CachedBeeld>>): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A file's size, modification and change times and inode, as one string; empty for a
 * file changed within the last few seconds before `settledBefore`.
 *
 * A warm check trusts a file whose stat is unchanged without reading it (reading and
 * hashing every file was most of an unchanged logbook's check). The change time
 * (ctime) moves with every write and every change of permissions, and no tool can set
 * it back, unlike the modification time (`touch`, `cp -p`, `rsync -t`). One case is
 * left: a second same-sized write in the same clock tick as the write the cache saw,
 * on a file system with coarse times. A file is therefore only trusted by its stat once
 * it has been still for a few seconds before the check that cached it (as Git does
 * for its index); until then it is read and hashed every time.
 */
export function statKey(stats: Stats, settledBefore: number): string {
  if (stats.ctimeMs >= settledBefore || stats.mtimeMs >= settledBefore) return '';
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

/** How long a file must have been left alone before its stat is trusted (see statKey). */
export const SETTLE_MS = 3000;

/** Turns results into cache entries, collecting the distinct message texts on the way. */
export function cacheWriter(): {
  entry: (hash: string, stat: string, facts: Facts, messages: readonly MessageRecord[]) => CachedFile;
  texts: () => CachedText[];
} {
  const index = new Map<string, number>();
  const texts: CachedText[] = [];
  const textOf = (m: MessageRecord): number => {
    const key = `${m.rule}\u0000${m.severity}\u0000${m.message}\u0000${m.fix ?? ''}`;
    let at = index.get(key);
    if (at === undefined) {
      at = texts.length;
      texts.push(m.fix === undefined ? [m.rule, m.severity, m.message] : [m.rule, m.severity, m.message, m.fix]);
      index.set(key, at);
    }
    return at;
  };
  return {
    entry(hash, stat, facts, messages) {
      const { kind: _kind, id: _id, path: _path, ...rest } = facts;
      const plain = rest.valid && Object.keys(rest).length === 1;
      if (messages.length > 0) return [hash, stat, rest, messages.flatMap((m) => [m.line, m.column, textOf(m)])];
      return plain ? [hash, stat] : [hash, stat, rest];
    },
    texts: () => texts,
  };
}

/** Turns cache entries back into results, sharing one record per distinct text. */
export function cacheReader(cache: CheckCache): (cached: CachedFile, identity: Pick<Facts, 'kind' | 'id' | 'path'>) => { facts: Facts; messages: readonly MessageRecord[] } {
  return (cached, identity) => {
    const [, , rest = { valid: true }, flat = []] = cached;
    const messages: MessageRecord[] = [];
    for (let at = 0; at < flat.length; at += 3) {
      const [rule, severity, message, fix] = cache.texts[flat[at + 2]!]!;
      const record: { -readonly [K in keyof MessageRecord]: MessageRecord[K] } = { line: flat[at]!, column: flat[at + 1]!, severity, rule, message };
      if (fix !== undefined) record.fix = fix;
      messages.push(record);
    }
    return { facts: Object.assign({ kind: identity.kind, id: identity.id, path: identity.path }, rest), messages };
  };
}

/**
 * Node's crypto, loaded on first use: `ef check --no-cache` hashes nothing, and loading
 * crypto (some fifteen modules) was a few per cent of a small check's start-up.
 */
let cryptoModule: typeof import('node:crypto') | undefined;
const crypto = () => (cryptoModule ??= process.getBuiltinModule('node:crypto'));

export function hashBytes(bytes: Uint8Array): string {
  // One call, no Hash object per file: this runs for every file of every check.
  return crypto().hash('sha1', bytes, 'base64');
}

/**
 * The cache of a logbook, if it was written by this build of ef and is whole and
 * well-formed; otherwise undefined, and the check starts afresh. A cache edited by
 * hand or damaged on disk must never crash a check or change its outcome.
 */
export function readCache(root: string, build: string): CheckCache | undefined {
  try {
    const text = readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'utf8');
    // A cache from another build is not worth parsing (it can be large).
    if (!text.startsWith(`{"format":${FORMAT},"build":${JSON.stringify(build)},`)) return undefined;
    const cache: unknown = JSON.parse(text);
    return isCheckCache(cache, build) ? cache : undefined;
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
  files: (entry: ReturnType<typeof cacheWriter>['entry']) => Iterable<[string, CachedFile]>,
  beelden: CheckCache['beelden'],
): void {
  const dir = join(root, CACHE_DIR);
  let temp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.gitignore'), '*\n');
    const target = join(dir, CACHE_FILE);
    temp = tempNameFor(target);
    const fd = openSync(temp, 'wx');
    const writer = cacheWriter();
    try {
      const config = JSON.stringify(head.config);
      writeSync(
        fd,
        `{"format":${FORMAT},"build":${JSON.stringify(head.build)},"configHash":${JSON.stringify(head.configHash)},` +
          `"configDigest":${JSON.stringify(digestOf(config))},"config":${config},"files":{`,
      );
      let first = true;
      for (const [key, file] of files(writer.entry)) {
        writeSync(fd, `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(file)}`);
        first = false;
      }
      writeSync(fd, `},"texts":${JSON.stringify(writer.texts())},"beelden":${JSON.stringify(beelden)}}`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch {
    // A read-only checkout still checks correctly, just without the speed-up.
    if (temp !== undefined) rmSync(temp, { force: true });
  }
}

function digestOf(text: string): string {
  return crypto().createHash('sha1').update(text).digest('base64');
}

// Validation by hand, not with Zod: an unchanged logbook's check never loads the schemas.
const SEVERITIES: ReadonlySet<unknown> = new Set<Severity>(['error', 'warning', 'info']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isCheckCache(value: unknown, build: string): value is CheckCache {
  if (!isObject(value) || value['format'] !== FORMAT || value['build'] !== build) return false;
  const { configHash, configDigest, config, files, texts, beelden } = value;
  if (!isString(configHash) || !isString(configDigest) || !isObject(config) || !isObject(files) || !Array.isArray(texts) || !isObject(beelden)) return false;
  if (digestOf(JSON.stringify(config)) !== configDigest) return false;
  if (!texts.every(isCachedText)) return false;
  for (const key in files) {
    if (!isCachedFile(files[key], texts.length)) return false;
  }
  for (const key in beelden) {
    if (!isCachedBeeld(beelden[key])) return false;
  }
  return true;
}

function isCachedBeeld(value: unknown): boolean {
  if (!Array.isArray(value) || !isString(value[0]) || value[0] === '') return false;
  if (value.length === 2) return isCount(value[1]);
  return value.length === 3 && BYTE_RULES.has(value[1]) && isString(value[2]);
}

function isCachedText(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    (value.length === 3 || (value.length === 4 && isString(value[3]))) &&
    isString(value[0]) &&
    SEVERITIES.has(value[1]) &&
    isString(value[2])
  );
}

function isCachedFile(value: unknown, texts: number): boolean {
  if (!Array.isArray(value) || value.length < 2 || value.length > 4 || !isString(value[0]) || !isString(value[1])) return false;
  if (value.length >= 3 && !isCachedFacts(value[2])) return false;
  if (value.length === 4) {
    const flat: unknown = value[3];
    if (!Array.isArray(flat) || flat.length % 3 !== 0) return false;
    for (let at = 0; at < flat.length; at += 3) {
      if (!isCount(flat[at]) || !isCount(flat[at + 1]) || !isCount(flat[at + 2]) || (flat[at + 2] as number) >= texts) return false;
    }
  }
  return true;
}

function isBeeldRef(value: unknown): boolean {
  return isObject(value) && isString(value['url']) && isString(value['alt']) && isCount(value['line']) && isCount(value['column']);
}

function isCachedFacts(value: unknown): boolean {
  if (!isObject(value) || typeof value['valid'] !== 'boolean') return false;
  const { casus, begeleiding, nummer, periode, beelden } = value;
  if (beelden !== undefined && !(Array.isArray(beelden) && beelden.every(isBeeldRef))) return false;
  if (casus !== undefined && !isString(casus)) return false;
  if (begeleiding !== undefined && !(Array.isArray(begeleiding) && begeleiding.every(isString))) return false;
  if (nummer !== undefined && typeof nummer !== 'number') return false;
  if (periode !== undefined && !(isObject(periode) && isString(periode['van']) && isString(periode['tot']) && isString(periode['label']))) return false;
  return true;
}

let fingerprint: string | undefined;

/**
 * Identifies this build of ef: the version plus the sizes and modification times of
 * the compiled checking code, so that a rebuilt ef never trusts an older cache.
 */
export function buildFingerprint(): string {
  if (fingerprint) return fingerprint;
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = crypto().createHash('sha1');
  const pkg = join(dist, '..', 'package.json');
  hash.update(readFileSync(pkg));
  // The bundle (scripts/build.mjs) puts all of ef's code in dist/cli/ (the chunks and the
  // one-script build, ef.cjs): the rules, the vocabulary, and the font coverage behind
  // the pdf-character-missing warnings.
  for (const folder of ['cli']) {
    let names: string[];
    try {
      names = readdirSync(join(dist, folder)).filter((name) => name.endsWith('.js') || name.endsWith('.cjs')).sort();
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
