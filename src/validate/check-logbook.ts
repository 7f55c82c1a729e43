// `ef check` as a stream: each file is read, checked and reduced to its messages and
// facts before the next, so memory stays flat however large the logbook. Cross-file
// rules then run on the facts; a message they add is located by reading that one
// file again. Unchanged files come from the cache, and when nothing changed the
// schemas and parsers are never even loaded.
import { lstatSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { runInNewContext } from 'node:vm';
import { VFile } from 'vfile';
import { discoverWithinLimit, type Discovered } from '../load/discover.js';
import { CONFIG_NAME, findRoot } from '../load/find-root.js';
import { limitsFrom, type Limits } from '../load/limits.js';
import { readEntry, readRaw, type Scratch } from '../load/read.js';
import { fileMessagesOf, recordsOf, type FileMessages, type MessageRecord } from '../diagnostics/collect.js';
import { addMessage } from '../diagnostics/messages.js';
import {
  buildFingerprint,
  cacheReader,
  fromCachedBeeld,
  hashBytes,
  readCache,
  sameBeelden,
  SETTLE_MS,
  statKey,
  toCachedBeeld,
  writeCache,
  type CachedBeeld,
  type CachedFile,
  type CheckCache,
} from './cache.js';
import type { FileResult } from './check-file.js';
import type { CrossFileContext } from './cross-file-context.js';
import type { Facts } from './facts.js';
import type { BeeldOordeel } from './rules/beelden.js';
import type { Config } from './schemas/config.js';

export interface CheckLogbookOptions {
  readonly cwd: string;
  readonly root?: string | undefined;
  /** Use and update the cache in `<root>/.ef-cache/` (default true). */
  readonly cache?: boolean;
  /** Worker threads from `EF_THREADS` (the command passes it from its `Io`); default: see `threadCount`. */
  readonly threads?: string | undefined;
}

export interface CheckResult {
  /** False when ef.config.yaml itself has errors: nothing else was checked. */
  readonly configOk: boolean;
  /** Files with their messages (files without messages may be left out). */
  readonly files: readonly FileMessages[];
  /** Files read, the config included. */
  readonly checked: number;
  /** The logbook's root folder. */
  readonly root: string;
  /** What the cross-file rules knew of each file (for `--changed`: who refers to whom). */
  readonly facts: readonly Facts[];
}

export async function checkLogbook(options: CheckLogbookOptions): Promise<CheckResult> {
  const { cwd } = options;
  const settledBefore = Date.now() - SETTLE_MS;
  const root = findRoot(cwd, options.root);
  const useCache = options.cache !== false;
  // Only the cache needs to know which build of ef wrote it (a stat of every file of ef).
  const build = useCache ? buildFingerprint() : '';
  const configPath = join(root, CONFIG_NAME);
  const configRaw = readRaw(configPath, limitsFrom({}));
  const configHash = useCache && configRaw.kind === 'bytes' ? hashBytes(configRaw.bytes) : '';
  // Every per-file result depends on the config (vocabulary, limits): another config, another cache.
  // Let go of the cache's file table once it has been used (see below): at 100,000
  // files it is tens of megabytes. Nothing else may keep a reference to it.
  let cache = useCache ? usableCache(root, build, configHash) : undefined;
  let config: Config | undefined = cache?.config;
  const configFile = new VFile({ path: configPath, cwd });
  if (!config) {
    const { loadConfig } = await import('./load-logbook.js');
    const loaded = await loadConfig(root, cwd);
    if (!loaded.config) return { configOk: false, files: [fileMessagesOf(loaded.configFile)], checked: 1, root, facts: [] };
    config = loaded.config;
    configFile.messages.push(...loaded.configFile.messages);
  }
  const limits = limitsFrom(config);

  const discovered = await discoverWithinLimit(root, configFile, limits);
  if (discovered === undefined) return { configOk: true, files: [fileMessagesOf(configFile)], checked: 1, root, facts: [] };
  const tidy = discovered.length >= LARGE ? collectGarbage : () => {};
  tidy();
  // Markdown files ef never reads would otherwise pass unnoticed. The folders are listed
  // in the background while the files are hashed and checked.
  const stray = import('./rules/stray-files.js')
    .then(({ findStrayFiles }) => findStrayFiles(root, cwd))
    .catch(() => []);

  // With a cache, hash every file to find what changed; without one, everything has.
  // Results are kept compact (interned strings, shared empty lists): a logbook of
  // 100,000 sessions must fit in a small memory budget.
  const compact = compactor();
  const results = new Array<FileResult>(discovered.length);
  const hashes = new Array<string | undefined>(discovered.length);
  const stats = new Array<string | undefined>(discovered.length);
  const missing: number[] = [];
  const scratch = { buffer: Buffer.allocUnsafe(64 * 1024) };
  let fromCached = cache ? cacheReader(cache) : undefined;
  const keyOf = relativeKeys(root);
  // A cached file whose stat was not yet trusted and now is: worth writing down.
  let newlySettled = false;
  const cachedCount = cache ? Object.keys(cache.files).length : 0;
  discovered.forEach((entry, index) => {
    const hit = cache && fromCached ? cachedResult(cache, fromCached, keyOf(entry.path), entry, limits, scratch, settledBefore) : undefined;
    // The cache's messages already share their texts (its table of distinct texts).
    if (hit?.result) results[index] = compact(hit.result, entry, true);
    else missing.push(index);
    if (useCache) {
      hashes[index] = hit?.hash;
      stats[index] = hit?.stat;
      if (hit?.settled) newlySettled = true;
    }
    if (cache && index % LARGE === LARGE - 1) tidy();
  });
  const hadCache = cache !== undefined;
  const cachedBeelden = cache?.beelden;
  cache = undefined;
  fromCached = undefined;
  tidy();
  if (missing.length > 0) {
    const { checkInParallel } = await import('./parallel.js');
    await checkInParallel(
      options.threads,
      { config, cwd, limits, hash: useCache, settledBefore },
      missing.map((index) => discovered[index]!),
      (position, checked) => {
        const index = missing[position]!;
        results[index] = compact(checked.result, discovered[index]!);
        if (useCache) {
          hashes[index] = checked.hash;
          stats[index] = checked.stat;
        }
        // What survives a file by chance (parsed just before a young-generation pass)
        // piles up in the old generation until V8 sees fit to collect it.
        if (position % LARGE === LARGE - 1) tidy();
      },
    );
  }

  // Rewrite the cache only when a file was checked afresh or one disappeared (or a
  // file can from now on be trusted by its stat).
  const hashed = hashes.filter((hash) => hash !== undefined).length;
  const changed = missing.length > 0 || !hadCache || cachedCount !== hashed || newlySettled;

  const extra = await runCrossFile(config, configFile, results, cwd, limits);
  const beelden = await checkImages(root, results, cwd, extra, useCache ? { cached: cachedBeelden ?? {}, settledBefore } : undefined);
  tidy();

  if (useCache && (changed || !sameBeelden(cachedBeelden, beelden))) {
    writeCache(
      root,
      { build, configHash, config },
      function* cachedFiles(toCached) {
        for (const [index, entry] of discovered.entries()) {
          const hash = hashes[index];
          const { facts, messages } = results[index]!;
          if (hash !== undefined) yield [keyOf(entry.path), toCached(hash, stats[index] ?? '', facts, messages)];
        }
      },
      beelden,
    );
  }

  const files: FileMessages[] = [fileMessagesOf(configFile)];
  files.push(...(await stray));
  for (const result of results) {
    const added = extra.get(result.facts.path) ?? [];
    if (result.messages.length > 0 || added.length > 0) {
      files.push({ path: result.facts.path, messages: [...result.messages, ...added] });
    }
  }
  return { configOk: true, files, checked: results.length + 1, root, facts: results.map((result) => result.facts) };
}

/** The cache, if it was written by this build for this config; a large one's text is collected at once. */
function usableCache(root: string, build: string, configHash: string): CheckCache | undefined {
  const stored = readCache(root, build);
  if (stored && Object.keys(stored.files).length >= LARGE) collectGarbage();
  return stored?.configHash === configHash ? stored : undefined;
}

/** From this many files on, memory is tidied between stages (see collectGarbage). */
const LARGE = 20_000;

let gc: (() => void) | undefined;

/**
 * A full garbage collection, for logbooks of tens of thousands of files. Hashing and
 * comparing them produces garbage faster than V8 collects it when it has room to grow:
 * a warm check of 100,000 sessions peaked near 500 MB with less than a quarter of that
 * alive. A few collections between stages keep the peak near what is alive.
 */
function collectGarbage(): void {
  if (!gc) {
    process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

interface CacheLookup {
  readonly result: FileResult | undefined;
  readonly hash: string | undefined;
  readonly stat: string | undefined;
  /** The stored stat was empty (not yet trusted) and is not any more. */
  readonly settled?: boolean;
}

/**
 * The cached result of a file whose content has not changed since the cache was
 * written. A plain file with the stat the cache saw is not even read (see `statKey`);
 * any other is read and hashed.
 */
function cachedResult(
  cache: CheckCache,
  fromCached: ReturnType<typeof cacheReader>,
  key: string,
  entry: Discovered,
  limits: Limits,
  scratch: Scratch,
  settledBefore: number,
): CacheLookup {
  const hit = cache.files[key];
  // Each entry is used once: the table shrinks while the results grow.
  if (hit) delete (cache.files as Record<string, CachedFile>)[key];
  const plain = entry.refused === undefined && entry.target === undefined;
  if (hit && plain && hit[1] !== '') {
    const now = statIfFile(entry.path);
    if (now && statKey(now, settledBefore) === hit[1]) return { result: fromCached(hit, entry), hash: hit[0], stat: hit[1] };
  }
  // The bytes only feed the hash; a miss is read again by the checker.
  const raw = readEntry(entry, limits, scratch);
  if (raw.kind !== 'bytes') return { result: undefined, hash: undefined, stat: undefined };
  const hash = hashBytes(raw.bytes);
  const stat = plain ? statKey(raw.stats, settledBefore) : '';
  if (!hit || hit[0] !== hash) return { result: undefined, hash, stat };
  return { result: fromCached(hit, entry), hash, stat, settled: stat !== hit[1] && stat !== '' };
}

function statIfFile(path: string): Stats | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

async function runCrossFile(
  config: Config,
  configFile: VFile,
  results: readonly FileResult[],
  cwd: string,
  limits: Limits,
): Promise<Map<string, MessageRecord[]>> {
  const { runCrossFileRules } = await import('./cross-file.js');
  const found: Array<Parameters<CrossFileContext['addMessage']>> = [];
  runCrossFileRules({
    config,
    configFile,
    facts: results.map((result) => result.facts),
    addMessage: (...message) => found.push(message),
  });
  const extra = new Map<string, MessageRecord[]>();
  if (found.length === 0) return extra;
  // Rare: only files with a cross-file problem are read a second time, to locate it.
  // The parsers are loaded only then, which keeps an unchanged logbook's check light.
  const [{ loadFile }, { placeIn }] = await Promise.all([import('./load-logbook.js'), import('./validate-logbook.js')]);
  for (const [target, ruleId, reason, at] of found) {
    const again = loadFile({ kind: target.kind, id: target.id, path: target.path }, cwd, limits);
    const scratch = new VFile({ path: target.path, cwd });
    addMessage(scratch, ruleId, reason, placeIn(again.frontmatter, at));
    extra.set(target.path, [...(extra.get(target.path) ?? []), ...recordsOf(scratch)]);
  }
  return extra;
}

/**
 * The images of every file. The image rule runs every time; an image file whose stat
 * is the one the cache saw is not read again (its verdict comes from `cache`), any
 * other is read and checked. Returns the verdicts worth keeping, by path, sorted.
 */
async function checkImages(
  root: string,
  results: readonly FileResult[],
  cwd: string,
  extra: Map<string, MessageRecord[]>,
  cache: { readonly cached: Readonly<Record<string, CachedBeeld>>; readonly settledBefore: number } | undefined,
): Promise<Record<string, CachedBeeld>> {
  const kept: Record<string, CachedBeeld> = {};
  if (!results.some((result) => result.facts.beelden)) return kept;
  const { beeldPaden, checkBeelden, oordeelVan } = await import('./rules/beelden.js');
  const facts = results.map((result) => result.facts);
  const oordelen = new Map<string, BeeldOordeel>();
  // The image readers (and the SVG parser) are loaded only when some image must be read.
  let keurBeeld: typeof import('../images/beeld.js').keurBeeld | undefined;
  for (const pad of beeldPaden(root, facts)) {
    // The stat is taken before the file is read: an edit in between leaves the cache with an old stat, never a wrong verdict.
    const stat = cache ? plainFileStat(root, pad, cache.settledBefore) : '';
    let oordeel = cache && Object.hasOwn(cache.cached, pad) ? fromCachedBeeld(cache.cached[pad], stat) : undefined;
    if (!oordeel) {
      keurBeeld ??= (await import('../images/beeld.js')).keurBeeld;
      oordeel = oordeelVan(keurBeeld(root, pad));
    }
    oordelen.set(pad, oordeel);
    const entry = toCachedBeeld(stat, oordeel);
    if (entry) kept[pad] = entry;
  }
  checkBeelden(
    root,
    facts,
    (file, ruleId, reason, place) => {
      const scratch = new VFile({ path: file.path, cwd });
      addMessage(scratch, ruleId, reason, place);
      extra.set(file.path, [...(extra.get(file.path) ?? []), ...recordsOf(scratch)]);
    },
    (pad) => oordelen.get(pad)!,
  );
  return kept;
}

/**
 * The stat key (see `statKey`) of `pad` inside `root` when each step of it is a real
 * folder and the last a regular file, none of them a symbolic link: then what
 * `keurBeeld` makes of it depends on the file's bytes alone. Empty otherwise.
 */
function plainFileStat(root: string, pad: string, settledBefore: number): string {
  const steps = pad.split('/');
  let path = root;
  try {
    for (const [at, step] of steps.entries()) {
      path = join(path, step);
      const stats = lstatSync(path, { throwIfNoEntry: false });
      if (!stats) return '';
      if (at < steps.length - 1) {
        if (!stats.isDirectory()) return '';
      } else {
        return stats.isFile() ? statKey(stats, settledBefore) : '';
      }
    }
  } catch {
    // Unreadable folder, name too long: read the file the ordinary way.
  }
  return '';
}

/**
 * Shares repeated strings (team names, case ids, message texts) and empty lists
 * between results, and takes kind, id and path from the discovered entry rather than
 * keeping the copies that came from a worker or the cache.
 */
function compactor(): (result: FileResult, entry: Discovered, fromCache?: boolean) => FileResult {
  const strings = new Map<string, string>();
  const intern = (text: string) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const lists = new Map<string, readonly string[]>();
  const internList = (list: readonly string[]) => {
    const key = list.join('\u0000');
    const known = lists.get(key);
    if (known !== undefined) return known;
    const shared = list.map(intern);
    lists.set(key, shared);
    return shared;
  };
  const none: readonly MessageRecord[] = [];
  return ({ facts, messages }, entry, fromCache = false) => {
    // Object.assign rather than spreads: this runs for every file of every check.
    const compacted: { -readonly [K in keyof Facts]: Facts[K] } = Object.assign({}, facts, { kind: entry.kind, id: entry.id, path: entry.path });
    if (facts.casus !== undefined) compacted.casus = intern(facts.casus);
    if (facts.begeleiding !== undefined) compacted.begeleiding = internList(facts.begeleiding);
    return { facts: compacted, messages: messages.length === 0 ? none : fromCache ? messages : compactMessages(messages) };
  };

  function compactMessages(messages: readonly MessageRecord[]): MessageRecord[] {
    return messages.map((m) => ({
            line: m.line,
            column: m.column,
            severity: m.severity,
            rule: intern(m.rule),
            message: intern(m.message),
            ...(m.fix === undefined ? {} : { fix: intern(m.fix) }),
          }));
  }
}

/** The cache's key of a file: its path inside the logbook, with `/` on every OS. */
function relativeKeys(root: string): (path: string) => string {
  const base = resolve(root);
  const prefix = base.endsWith(sep) ? base : base + sep;
  const slashed = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));
  // Discovered paths start with the root; path.relative for each of 100,000 files is not free.
  return (path) => slashed(path.startsWith(prefix) ? path.slice(prefix.length) : relative(base, path));
}
