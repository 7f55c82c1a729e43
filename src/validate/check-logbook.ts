// `ef check` as a stream: each file is read, checked and reduced to its messages and
// facts before the next, so memory stays flat however large the logbook. Cross-file
// rules then run on the facts; a message they add is located by reading that one
// file again. Unchanged files come from the cache, and when nothing changed the
// schemas and parsers are never even loaded.
import { join, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { discoverFiles, type Discovered } from '../load/discover.js';
import { CONFIG_NAME, findRoot } from '../load/find-root.js';
import { limitsFrom, type Limits } from '../load/limits.js';
import { readRaw } from '../load/read.js';
import { fileMessagesOf, recordsOf, type FileMessages, type MessageRecord } from '../report/collect.js';
import { report } from '../report/messages.js';
import { buildFingerprint, hashBytes, readCache, writeCache, type CachedFile, type CheckCache } from './cache.js';
import type { FileResult } from './check-file.js';
import type { Facts } from './facts.js';
import type { Config } from './schemas/config.js';

export interface CheckOptions {
  readonly cwd: string;
  readonly root?: string | undefined;
  /** Use and update the cache in `<root>/.ef-cache/` (default true). */
  readonly cache?: boolean;
}

export interface CheckResult {
  /** False when ef.config.yaml itself has errors: nothing else was checked. */
  readonly configOk: boolean;
  /** Files with their messages (files without messages may be left out). */
  readonly files: readonly FileMessages[];
  /** Files read, the config included. */
  readonly checked: number;
}

export async function checkLogbook(options: CheckOptions): Promise<CheckResult> {
  const { cwd } = options;
  const root = findRoot(cwd, options.root);
  const useCache = options.cache !== false;
  const build = buildFingerprint();
  const configPath = join(root, CONFIG_NAME);
  const configRaw = readRaw(configPath, limitsFrom({}));
  const configHash = configRaw.kind === 'bytes' ? hashBytes(configRaw.bytes) : '';
  // Every per-file result depends on the config (vocabulary, limits): another config, another cache.
  const stored = useCache ? readCache(root, build) : undefined;
  const cache = stored?.configHash === configHash ? stored : undefined;
  let config: Config | undefined = cache?.config;
  const configFile = new VFile({ path: configPath, cwd });
  if (!config) {
    const { loadConfig } = await import('../load/load-logbook.js');
    const loaded = await loadConfig(root, cwd);
    if (!loaded.config) return { configOk: false, files: [fileMessagesOf(loaded.configFile)], checked: 1 };
    config = loaded.config;
    configFile.messages.push(...loaded.configFile.messages);
  }
  const limits = limitsFrom(config);

  const discovered = await discoverFiles(root);
  if (discovered.length > limits.maxFiles) {
    report(
      configFile,
      'too-many-files',
      `Het logboek bevat ${discovered.length} bestanden; de grens is ${limits.maxFiles}. ` +
        'Verhoog `limieten.bestanden` in ef.config.yaml als dat klopt.',
      undefined,
    );
    return { configOk: true, files: [fileMessagesOf(configFile)], checked: 1 };
  }

  // With a cache, hash every file to find what changed; without one, everything has.
  const known: Array<FileResult | undefined> = [];
  const hashes: Array<string | undefined> = [];
  const misses: Discovered[] = [];
  for (const entry of discovered) {
    const hit = cache ? cachedResult(cache, root, entry, limits) : undefined;
    known.push(hit?.result);
    hashes.push(hit?.hash);
    if (!hit?.result) misses.push(entry);
  }
  const checked =
    misses.length === 0 ? [] : await (await import('./parallel.js')).checkInParallel({ config, cwd, limits, entries: misses });

  const results: FileResult[] = [];
  const fresh: Record<string, CachedFile> = {};
  let next = 0;
  discovered.forEach((entry, index) => {
    let result = known[index];
    let hash = hashes[index];
    if (!result) {
      ({ result, hash } = checked[next++]!);
    }
    results.push(result);
    if (hash !== undefined) fresh[relativeKey(root, entry.path)] = { hash, facts: { ...result.facts, path: '' }, messages: result.messages };
  });
  const changed = misses.length > 0 || !cache || Object.keys(cache.files).length !== Object.keys(fresh).length;

  const extra = await runCrossFile(config, configFile, results, cwd, limits);

  if (useCache && changed) writeCache(root, { format: 1, build, configHash, config, files: fresh } satisfies CheckCache);

  const files: FileMessages[] = [fileMessagesOf(configFile)];
  for (const result of results) {
    const added = extra.get(result.facts.path) ?? [];
    if (result.messages.length > 0 || added.length > 0) {
      files.push({ path: result.facts.path, messages: [...result.messages, ...added] });
    }
  }
  return { configOk: true, files, checked: results.length + 1 };
}

/** The cached result of a file whose content has not changed since the cache was written. */
function cachedResult(
  cache: CheckCache,
  root: string,
  entry: Discovered,
  limits: Limits,
): { result: FileResult | undefined; hash: string | undefined } {
  const raw = readRaw(entry.path, limits);
  if (raw.kind !== 'bytes') return { result: undefined, hash: undefined };
  const hash = hashBytes(raw.bytes);
  const hit = cache.files[relativeKey(root, entry.path)];
  if (!hit || hit.hash !== hash || hit.facts.kind !== entry.kind) return { result: undefined, hash };
  return { result: { facts: { ...hit.facts, path: entry.path }, messages: hit.messages }, hash };
}

async function runCrossFile(
  config: Config,
  configFile: VFile,
  results: readonly FileResult[],
  cwd: string,
  limits: Limits,
): Promise<Map<string, MessageRecord[]>> {
  const [{ runCrossFileRules }, { loadFile }, { placeIn }] = await Promise.all([
    import('./cross-file.js'),
    import('../load/load-logbook.js'),
    import('./validate-logbook.js'),
  ]);
  const extra = new Map<string, MessageRecord[]>();
  runCrossFileRules({
    config,
    configFile,
    facts: results.map((result) => result.facts),
    report(target: Facts, ruleId, reason, at) {
      // Rare: only files with a cross-file problem are read a second time.
      const again = loadFile({ kind: target.kind, id: target.id, path: target.path }, cwd, limits);
      const scratch = new VFile({ path: target.path, cwd });
      report(scratch, ruleId, reason, placeIn(again.frontmatter, at));
      extra.set(target.path, [...(extra.get(target.path) ?? []), ...recordsOf(scratch)]);
    },
  });
  return extra;
}

function relativeKey(root: string, path: string): string {
  return relative(resolve(root), path).split(sep).join('/');
}
