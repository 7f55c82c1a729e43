// The per-file stage: schema and every rule that needs only this one file.
import type { Discovered } from '../load/discover.js';
import type { Limits } from '../load/limits.js';
import type { RawRead } from '../load/read.js';
import { loadFile, type LoadedFile } from './load-logbook.js';
import { recordsOf, type MessageRecord } from '../diagnostics/collect.js';
import { factsOf, type Facts } from './facts.js';
import type { Schemas } from './schemas/kinds.js';
import type { Kind } from '../vocabulary/kinds.js';
import { validateFrontmatter } from './validate-file.js';
import { planRepairs } from '../fix/repairs.js';
import { checkOpbrengsten } from './rules/opbrengsten.js';
import { checkPdfCharacters } from './rules/pdf-characters.js';
import { checkPlaceholders, PLACEHOLDER } from './rules/placeholder.js';
import { addMessage } from '../diagnostics/messages.js';
import { checkSessieIdDate } from './rules/sessie-id-date.js';
import { checkInternHints, checkVocabularyHints } from './rules/vocabulary-hints.js';
import type { Entry } from './entries.js';

/**
 * Validates one loaded file; returns its typed entry when the schema accepted it.
 * A draft (`concept: true`) is checked lightly and never becomes an entry, so no
 * report, Logboek, figure or card can contain it.
 */
export function checkFile(loaded: LoadedFile, schemas: Schemas): Entry | undefined {
  const { kind, id, file, frontmatter } = loaded;
  if (!frontmatter) return undefined;
  if (isDraft(frontmatter.data)) {
    checkDraft(loaded, schemas[kind]);
    return undefined;
  }
  const repairs = planRepairs(frontmatter.data, kind, { rollen: schemas.eigenRollen });
  const data = validateFrontmatter(file, frontmatter, schemas[kind], repairs);
  checkPlaceholders(loaded);
  checkPdfCharacters(file);
  if (data === undefined) return undefined;
  const entry = { kind, id, file, frontmatter, data } as Entry;
  if (entry.kind === 'sessie') {
    checkSessieIdDate(entry);
    checkOpbrengsten(entry);
    checkVocabularyHints(entry);
    checkInternHints(entry);
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
  return { facts: factsOfLoaded(loaded, discovered.path, entry), messages: recordsOf(loaded.file) };
}

/** The facts of a checked file; a draft keeps its references, so a broken one is still found. */
export function factsOfLoaded(loaded: LoadedFile, path: string, entry: Entry | undefined): Facts {
  const data = loaded.frontmatter?.data;
  if (entry || !isDraft(data)) return factsOf(loaded.kind, loaded.id, path, entry);
  const filled = (value: unknown): value is string => typeof value === 'string' && !value.includes(PLACEHOLDER);
  const begeleiding = Array.isArray(data.begeleiding) ? data.begeleiding.filter(filled) : [];
  return {
    kind: loaded.kind,
    id: loaded.id,
    path,
    valid: true,
    concept: true,
    ...(loaded.kind === 'sessie' ? { begeleiding } : {}),
    ...(loaded.kind === 'sessie' && filled(data.casus) ? { casus: data.casus } : {}),
  };
}

export function isDraft(data: unknown): data is Record<string, unknown> & { concept: true } {
  return typeof data === 'object' && data !== null && (data as { concept?: unknown }).concept === true;
}

/**
 * A draft: valid YAML (already checked by the loader), no unknown keys, and a hint
 * that it is a draft. Missing fields, placeholders and missing opbrengsten may wait.
 */
function checkDraft(loaded: LoadedFile, schema: Schemas[Kind]): void {
  const { file, frontmatter } = loaded;
  if (!frontmatter) return;
  validateFrontmatter(file, frontmatter, schema, [], (issue) => issue.code === 'unrecognized_keys');
  addMessage(
    file,
    'concept',
    'Dit is een concept (`concept: true`): ef controleert het licht en laat het weg uit rapportages, het Logboek, de cijfers en de projectkaart. Haal `concept: true` weg als het af is.',
    { line: 1, column: 1 },
  );
}
