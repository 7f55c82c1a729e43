// Validate stage, all in memory: for commands that go on to build a model (report,
// logbook, stats). `ef check` streams instead (check-logbook.ts).
import type { VFile } from 'vfile';
import { loadFile, type LoadedFile, type LoadedLogbook } from './load-logbook.js';
import type { Frontmatter } from '../load/frontmatter.js';
import { addMessage, type Place } from '../diagnostics/messages.js';
import { fileMessagesOf, type FileMessages } from '../diagnostics/collect.js';
import { checkFile, factsOfLoaded } from './check-file.js';
import { runCrossFileRules } from './cross-file.js';
import { checkBeelden, oordeelVan } from './rules/beelden.js';
import { keurBeeld } from '../images/beeld.js';
import type { Facts } from './facts.js';
import { locateValue, type DataPath } from './locate.js';
import { groupEntries, type Entries, type Entry } from './entries.js';
import type { Config } from './schemas/config.js';
import { makeSchemas } from './schemas/kinds.js';

export interface ValidatedLogbook {
  readonly root: string;
  readonly cwd: string;
  readonly config: Config;
  readonly configFile: VFile;
  /** The messages of every file that was read, the config first. */
  readonly messages: readonly FileMessages[];
  /** How many files were read, the config included. */
  readonly checked: number;
  /** Only the files whose frontmatter passed their schema. */
  readonly entries: Entries;
}

/** The logbook on disk, every file read once and kept (for the commands that build a model). */
export function validateLogbook(loaded: LoadedLogbook & { config: Config }): ValidatedLogbook {
  return validateFiles({ ...loaded, files: readEach(loaded) });
}

// One file at a time, so that each is checked and its parse released before the next is read.
function* readEach(loaded: LoadedLogbook): Generator<LoadedFile> {
  for (const discovered of loaded.discovered) yield loadFile(discovered, loaded.cwd, loaded.limits);
}

export interface FileSet {
  readonly root: string;
  readonly cwd: string;
  readonly config: Config;
  readonly configFile: VFile;
  /** Read and parsed files, from disk (`loadFile`) or from memory (the fuzz tests). */
  readonly files: Iterable<LoadedFile>;
}

/**
 * The whole-set pipeline in memory: per-file checks, then the cross-file rules on the
 * facts of every file, then the images. `ef check` streams the same steps
 * (check-logbook.ts) so that a huge logbook is never held whole.
 */
export function validateFiles(set: FileSet): ValidatedLogbook {
  const schemas = makeSchemas(set.config);
  const entries: Entry[] = [];
  const files = new Map<string, LoadedFile>();
  const facts: Facts[] = [];
  for (const loadedFile of set.files) {
    const entry = checkFile(loadedFile, schemas);
    // Every file stays in memory here: keep its data, not what its positions come from.
    loadedFile.frontmatter?.release();
    if (entry) entries.push(entry);
    const path = loadedFile.file.path;
    files.set(path, loadedFile);
    facts.push(factsOfLoaded(loadedFile, path, entry));
  }
  runCrossFileRules({
    config: set.config,
    configFile: set.configFile,
    facts,
    addMessage(target, ruleId, reason, at) {
      const { file, frontmatter } = files.get(target.path)!;
      addMessage(file, ruleId, reason, placeIn(frontmatter, at));
    },
  });
  checkBeelden(
    set.root,
    facts,
    (target, ruleId, reason, place) => addMessage(files.get(target.path)!.file, ruleId, reason, place),
    (pad) => oordeelVan(keurBeeld(set.root, pad)),
  );
  return {
    root: set.root,
    cwd: set.cwd,
    config: set.config,
    configFile: set.configFile,
    messages: [set.configFile, ...[...files.values()].map((f) => f.file)].map(fileMessagesOf),
    checked: files.size + 1,
    entries: groupEntries(entries),
  };
}

export function placeIn(frontmatter: Frontmatter | undefined, at: DataPath | Place): Place {
  if (!Array.isArray(at)) return at as Place;
  return frontmatter ? locateValue(frontmatter, at as DataPath) : { line: 1, column: 1 };
}
