// Template + typed values → the text of a new file. Values go into the YAML document
// as nodes made by the `yaml` library, never as pasted text, and the result is parsed
// back and validated with the file kind's own schema before anyone writes it.
import { isDeepStrictEqual } from 'node:util';
import { visit, type Document, type Node, type YAMLMap } from 'yaml';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { ConfigError, InternalError } from '../core/errors.js';
import { parseFrontmatter, type Frontmatter } from '../load/frontmatter.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { findBodySection } from '../load/sections.js';
import { ISO_DATE } from '../validate/schemas/common.js';
import { PLACEHOLDER } from '../validate/rules/placeholder.js';
import type { Kind } from '../validate/schemas/kinds.js';
import { validateFrontmatter } from '../validate/validate-file.js';
import type { Template } from './resolve-template.js';
import { displayPath } from '../core/paths.js';

export interface RenderOptions<S extends z.ZodType> {
  readonly template: Template;
  /** What ef knows, by key. Undefined values leave the template's value (often a placeholder). */
  readonly values: Readonly<Record<string, unknown>>;
  /** The schema's keys in their natural order: where a key missing from the template goes. */
  readonly keyOrder: readonly string[];
  readonly schema: S;
  /**
   * Keys that refer to other files (a session's `casus`). A placeholder there would be
   * reported as a missing file rather than as a placeholder, so without a value the
   * key is left out.
   */
  readonly referenceKeys?: readonly string[];
  /** Where the file will be written (for messages) and the directory paths are shown from. */
  readonly path: string;
  readonly cwd: string;
}

export interface Rendered<S extends z.ZodType> {
  readonly text: string;
  readonly data: z.output<S>;
  readonly frontmatter: Frontmatter;
}

// `intern:` left empty in a template or by ef means "not known": written as an empty value, not `null`.
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false, nullStr: '' } as const;

export function renderTemplate<S extends z.ZodType>(options: RenderOptions<S>): Rendered<S> {
  const { template, values } = options;
  const source = new VFile({ path: template.path, cwd: options.cwd, value: template.text });
  const parsed = parseFrontmatter(source, DEFAULT_LIMITS);
  if (!parsed) throw templateError(options, messagesOf(source, true));
  const doc = parsed.source().doc;
  const map = doc.contents as YAMLMap;

  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const node = doc.createNode(value, { flow: isListOfScalars(value) });
    quoteAmbiguous(node);
    if (doc.has(key)) doc.set(key, node);
    else insertInOrder(doc, map, key, node, options.keyOrder);
  }
  for (const key of options.referenceKeys ?? []) {
    if (values[key] === undefined && containsPlaceholder(doc.get(key))) doc.delete(key);
  }

  const text = `---\n${doc.toString(STRINGIFY)}---\n${parsed.body}`;
  return verify(text, options);
}

/** Parses the new text exactly as `ef check` will, and refuses anything but a valid file. */
function verify<S extends z.ZodType>(text: string, options: RenderOptions<S>): Rendered<S> {
  const file = new VFile({ path: options.path, cwd: options.cwd, value: text });
  const frontmatter = parseFrontmatter(file, DEFAULT_LIMITS);
  const data = frontmatter ? validateFrontmatter(file, frontmatter, options.schema) : undefined;
  if (!frontmatter || data === undefined) throw templateError(options, messagesOf(file, false));

  const problems = bodyProblems(options.template.kind, frontmatter);
  if (problems.length > 0) throw templateError(options, problems);

  // What ef put in must come back out unchanged: a title with `:`, `#` or quotes included.
  for (const [key, value] of Object.entries(options.values)) {
    if (value !== undefined && !isDeepStrictEqual(frontmatter.data[key], value)) {
      throw new InternalError(`De waarde van \`${key}\` kwam na het opslaan anders terug dan ze werd ingevoerd.`);
    }
  }
  return { text, data, frontmatter };
}

/** Rules on the body that would otherwise fail `ef check` on a fresh file. */
function bodyProblems(kind: Kind, frontmatter: Frontmatter): string[] {
  if (kind !== 'sessie') return [];
  const section = findBodySection(frontmatter.body, frontmatter.bodyLine, 'opbrengsten');
  return section?.hasListItem
    ? []
    : ['Een sessie-sjabloon heeft een sectie `## Opbrengsten` met ten minste één lijstpunt (`- …`) nodig.'];
}

// Text that a YAML parser might read as something else (`1_000`, `0x10`, `yes`, `.5`)
// is quoted; YAML 1.1 parsers still read `yes` and `no` as booleans. Dates stay plain,
// as in every hand-written file of the logbook.
const AMBIGUOUS = /^(?:[-+.\d~]|(?:y|yes|n|no|on|off|true|false|null)$)/i;

function quoteAmbiguous(node: unknown): void {
  visit(node as Node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && AMBIGUOUS.test(scalar.value) && !ISO_DATE.test(scalar.value)) {
        scalar.type = 'QUOTE_DOUBLE';
      }
    },
  });
}

// A new key goes before the first key of the template that comes after it in the schema.
function insertInOrder(doc: Document, map: YAMLMap, key: string, node: unknown, keyOrder: readonly string[]): void {
  const rank = keyOrder.indexOf(key);
  const pair = doc.createPair(key, node);
  const before = map.items.findIndex((item) => {
    const other = keyOrder.indexOf(String((item.key as { value?: unknown } | null)?.value ?? item.key));
    return rank !== -1 && other > rank;
  });
  if (before === -1) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

function isListOfScalars(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null);
}

function containsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(PLACEHOLDER);
  if (value && typeof value === 'object' && 'toJSON' in value) return JSON.stringify(value).includes(PLACEHOLDER);
  return false;
}

function messagesOf(file: VFile, withPlace: boolean): string[] {
  return file.messages.map((message) =>
    withPlace && message.line ? `regel ${message.line}: ${message.reason}` : message.reason,
  );
}

function templateError(options: RenderOptions<z.ZodType>, problems: readonly string[]): Error {
  const { template } = options;
  const shown = template.source === 'logboek' ? displayPath(template.path, options.cwd) : `ingebouwd sjabloon ${template.kind}.md`;
  const list = problems.map((problem) => `  - ${problem}`).join('\n');
  if (template.source === 'ingebouwd') {
    return new InternalError(`Het ${shown} levert geen geldig bestand op:\n${list}`);
  }
  return new ConfigError(`Het sjabloon ${shown} levert geen geldig bestand op; er is niets aangemaakt.\n${list}`, {
    hint: 'Pas het sjabloon aan, of haal het weg: dan gebruikt ef zijn eigen sjabloon.',
  });
}
