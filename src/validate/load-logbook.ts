// Load stage: root → config → every file read and its frontmatter parsed.
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { configSchema, type Config } from './schemas/config.js';
import type { Kind } from '../vocabulary/kinds.js';
import { checkPdfCharacters } from './rules/pdf-characters.js';
import { validateFrontmatter } from './validate-file.js';
import { discoverWithinLimit, type Discovered } from '../load/discover.js';
import { CONFIG_NAME, findRoot } from '../load/find-root.js';
import { parseFrontmatter, parseYamlFile, type Frontmatter } from '../load/frontmatter.js';
import { DEFAULT_LIMITS, limitsFrom, type Limits } from '../load/limits.js';
import { readEntry, readLogbookFile, type RawRead } from '../load/read.js';

export interface LoadedFile {
  readonly kind: Kind;
  readonly id: string;
  readonly file: VFile;
  readonly frontmatter: Frontmatter | undefined;
}

export interface LoadedLogbook {
  readonly root: string;
  readonly cwd: string;
  readonly configFile: VFile;
  /** Undefined when the config has errors; nothing else can be checked then. */
  readonly config: Config | undefined;
  readonly limits: Limits;
  /** Every file of every kind, in a fixed order; read later, one at a time. */
  readonly discovered: readonly Discovered[];
}

export interface LoadOptions {
  readonly cwd: string;
  readonly root?: string | undefined;
}

/** Finds the logbook, reads and validates its config, and lists its files. */
export async function loadLogbook(options: LoadOptions): Promise<LoadedLogbook> {
  const root = findRoot(options.cwd, options.root);
  const { configFile, config } = await loadConfig(root, options.cwd);
  const limits = config ? limitsFrom(config) : DEFAULT_LIMITS;
  if (!config) return { root, cwd: options.cwd, configFile, config, limits, discovered: [] };

  const discovered = (await discoverWithinLimit(root, configFile, limits)) ?? [];
  return { root, cwd: options.cwd, configFile, config, limits, discovered };
}

/** Reads one file and parses its frontmatter; problems become messages on the file. */
export function loadFile(entry: Discovered, cwd: string, limits: Limits, raw?: RawRead): LoadedFile {
  const file = readLogbookFile(entry.path, cwd, limits, raw ?? readEntry(entry, limits));
  const frontmatter = file.value === undefined ? undefined : parseFrontmatter(file, limits);
  return { kind: entry.kind, id: entry.id, file, frontmatter };
}

// Synchronous inside, but callers await it: reading the config may become asynchronous.
// eslint-disable-next-line @typescript-eslint/require-await
export async function loadConfig(root: string, cwd: string): Promise<{ configFile: VFile; config: Config | undefined }> {
  const configFile = readLogbookFile(join(root, CONFIG_NAME), cwd, DEFAULT_LIMITS);
  if (configFile.value === undefined) return { configFile, config: undefined };
  const frontmatter = parseYamlFile(configFile, DEFAULT_LIMITS);
  const config = frontmatter ? validateFrontmatter(configFile, frontmatter, configSchema) : undefined;
  if (config) checkPdfCharacters(configFile);
  return { configFile, config };
}

