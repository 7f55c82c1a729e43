// The per-file stage: schema and every rule that needs only this one file.
import type { Discovered } from '../load/discover.js';
import type { Limits } from '../load/limits.js';
import type { RawRead } from '../load/read.js';
import { loadFile, type LoadedFile } from '../load/load-logbook.js';
import { recordsOf, type MessageRecord } from '../report/collect.js';
import { factsOf, type Facts } from './facts.js';
import type { Schemas } from './schemas/kinds.js';
import { validateFrontmatter } from './validate-file.js';
import { checkOpbrengsten } from './rules/opbrengsten.js';
import { checkPdfCharacters } from './rules/pdf-characters.js';
import { checkPlaceholders } from './rules/placeholder.js';
import { checkSessieIdDate } from './rules/sessie-id-date.js';
import { checkVocabularyHints } from './rules/vocabulary-hints.js';
import type { Entry } from './validate-logbook.js';

/** Validates one loaded file; returns its typed entry when the schema accepted it. */
export function checkFile(loaded: LoadedFile, schemas: Schemas): Entry | undefined {
  const { kind, id, file, frontmatter } = loaded;
  if (!frontmatter) return undefined;
  const data = validateFrontmatter(file, frontmatter, schemas[kind]);
  checkPlaceholders(loaded);
  checkPdfCharacters(file);
  if (data === undefined) return undefined;
  const entry = { kind, id, file, frontmatter, data } as Entry;
  if (entry.kind === 'sessie') {
    checkSessieIdDate(entry);
    checkOpbrengsten(entry);
    checkVocabularyHints(entry);
  }
  return entry;
}

export interface FileResult {
  readonly facts: Facts;
  readonly messages: readonly MessageRecord[];
}

/** Reads, parses and checks one file, keeping only what later stages need. */
export function checkDiscovered(
  discovered: Discovered,
  cwd: string,
  limits: Limits,
  schemas: Schemas,
  raw?: RawRead,
): FileResult {
  const loaded = loadFile(discovered, cwd, limits, raw);
  const entry = checkFile(loaded, schemas);
  return { facts: factsOf(discovered.kind, discovered.id, discovered.path, entry), messages: recordsOf(loaded.file) };
}
