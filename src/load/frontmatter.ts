// Splits a file into its `---` frontmatter block and body, and parses the block with
// `yaml` so that every key and value keeps its place in the file.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { CORE_SCHEMA, load as loadPlain } from 'js-yaml';
import type { VFile } from 'vfile';
import { report, type Place } from '../report/messages.js';
import type { Limits } from './limits.js';
import { reportTextRepairs } from '../fix/text-messages.js';

export interface YamlSource {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

export interface Frontmatter {
  /** The parsed block as plain data (a mapping). */
  readonly data: Record<string, unknown>;
  /**
   * The YAML document with positions. Parsed on first use: most files are valid and
   * never need it, and parsing with positions costs several times a plain parse.
   */
  readonly source: () => YamlSource;
  /** Lines in the file before the YAML text starts (the opening `---`). */
  readonly lineOffset: number;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
  readonly body: string;
}

declare module 'vfile' {
  interface DataMap {
    frontmatter: Frontmatter;
  }
}

interface Split {
  readonly yaml: string;
  readonly body: string;
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the frontmatter block; adds a fatal message and returns undefined if there is none. */
export function splitFrontmatter(file: VFile): Split | undefined {
  const text = String(file.value);
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!FENCE.test(firstLine)) {
    report(
      file,
      'frontmatter-missing',
      'Dit bestand begint niet met `---`. Zet bovenaan een blok met gegevens tussen twee regels `---` (zie de sjablonen in `templates/`).',
      { line: 1, column: 1 },
    );
    return undefined;
  }
  let start = firstBreak + 1;
  let line = 2;
  while (firstBreak !== -1 && start <= text.length) {
    const end = text.indexOf('\n', start);
    const current = end === -1 ? text.slice(start) : text.slice(start, end);
    if (CLOSE.test(current)) {
      return {
        yaml: text.slice(firstBreak + 1, start),
        body: end === -1 ? '' : text.slice(end + 1),
        bodyLine: line + 1,
      };
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  report(
    file,
    'frontmatter-unclosed',
    'Het gegevensblok dat hier met `---` begint, wordt nergens afgesloten. Zet een regel `---` onder de laatste gegeven.',
    { line: 1, column: 1 },
  );
  return undefined;
}

/** Parses the frontmatter of a file into `file.data.frontmatter`; fatal messages on failure. */
export interface ParseOptions {
  /** Skip the fast path (tests compare both paths on the same files). */
  readonly precise?: boolean;
}

export function parseFrontmatter(file: VFile, limits: Limits, options: ParseOptions = {}): Frontmatter | undefined {
  const split = splitFrontmatter(file);
  if (!split) return undefined;
  return parseYamlBlock(file, split, 1, limits, options);
}

/** Parses a whole file as one YAML mapping (ef.config.yaml). */
export function parseYamlFile(file: VFile, limits: Limits): Frontmatter | undefined {
  return parseYamlBlock(file, { yaml: String(file.value), body: '', bodyLine: 1 }, 0, limits);
}

function parseYamlBlock(
  file: VFile,
  split: Split,
  lineOffset: number,
  limits: Limits,
  options: ParseOptions = {},
): Frontmatter | undefined {
  // The parser recurses per nesting level: refuse absurd flow nesting before parsing.
  const flowDepth = deepestFlowNesting(split.yaml, Math.max(FLOW_GUARD, limits.maxDepth));
  if (flowDepth !== undefined) {
    const before = split.yaml.slice(0, flowDepth).split('\n');
    report(file, 'yaml-too-deep', deepMessage(limits), {
      line: before.length + lineOffset,
      column: before.at(-1)!.length + 1,
    });
    return undefined;
  }
  const fast = options.precise ? undefined : parseFast(split.yaml, limits);
  if (fast) {
    let source: YamlSource | undefined;
    const frontmatter: Frontmatter = {
      data: fast,
      source: () => (source ??= parseWithPositions(split.yaml)),
      lineOffset,
      bodyLine: split.bodyLine,
      body: split.body,
    };
    file.data.frontmatter = frontmatter;
    return frontmatter;
  }
  return parsePrecisely(file, split, lineOffset, limits);
}

/**
 * The fast path: a plain parse for the common, unremarkable block. Anything unusual
 * (aliases, anchors, tags, a syntax error, deep nesting, not a mapping) returns
 * undefined and goes through the precise parser, which is the one authority on errors.
 */
function parseFast(yaml: string, limits: Limits): Record<string, unknown> | undefined {
  if (UNUSUAL.test(yaml)) return undefined;
  let data: unknown;
  try {
    data = loadPlain(yaml, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!isPlainMapping(data) || depthOf(data) > limits.maxDepth) return undefined;
  return data;
}

// An anchor, alias or tag at the start of a token, or a key that touches prototypes.
const UNUSUAL = /(?:^|[\s[\]{},:-])[&*!][^\s,[\]{}]|__proto__|\t/;

function isPlainMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function depthOf(data: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function parseWithPositions(yaml: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, YAML_OPTIONS(lineCounter));
  return { doc, lineCounter };
}

const YAML_OPTIONS = (lineCounter: LineCounter) =>
  ({ lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true }) as const;

/** The precise path: yaml's document parser, with a located message for every problem. */
function parsePrecisely(file: VFile, split: Split, lineOffset: number, limits: Limits): Frontmatter | undefined {
  const lineCounter = new LineCounter();
  const toPlace = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };

  let doc: Document;
  try {
    doc = parseDocument(split.yaml, YAML_OPTIONS(lineCounter));
  } catch (error) {
    // The parser recurses per nesting level; absurd nesting exhausts the stack.
    if (error instanceof RangeError) {
      report(file, 'yaml-too-deep', deepMessage(limits), { line: lineOffset + 1, column: 1 });
      return undefined;
    }
    throw error;
  }

  // Warnings (such as an unknown `!tag`) count as errors: logbook data never needs them.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    // A tab or an unquoted `: ` that `ef fix` can repair: report that cause, not its consequences.
    if (reportTextRepairs(file, split.yaml, lineOffset)) return undefined;
    const seen = new Set<string>();
    let tabSeen = false;
    for (const error of problems) {
      const place = toPlace(error.pos[0]);
      // One message per line is enough: YAML often reports a broken line several times.
      if (seen.has(`${place.line}`)) continue;
      seen.add(`${place.line}`);
      // One tab message: the other tab lines follow from the same habit.
      if (error.code === 'TAB_AS_INDENT') {
        if (tabSeen) continue;
        tabSeen = true;
      }
      if (error.code === 'RESOURCE_EXHAUSTION') {
        report(file, 'yaml-too-deep', deepMessage(limits), place);
      } else if (error.code === 'DUPLICATE_KEY') {
        report(file, 'yaml-duplicate-key', 'Deze sleutel staat twee keer in hetzelfde blok. Houd er één over.', place);
      } else {
        report(file, 'yaml-syntax', `De gegevens zijn geen geldige YAML: ${yamlReason(error.code)}`, place);
      }
    }
    return undefined;
  }

  const contents = doc.contents;
  if (!isMap(contents)) {
    const place = contents?.range ? toPlace(contents.range[0]) : { line: 1, column: 1 };
    report(
      file,
      'frontmatter-not-mapping',
      contents == null
        ? 'Het gegevensblok is leeg. Vul het met regels `sleutel: waarde` (zie de sjablonen in `templates/`).'
        : 'Het gegevensblok moet bestaan uit regels `sleutel: waarde`, niet uit een losse waarde of lijst.',
      place,
    );
    return undefined;
  }

  const shape = measureShape(contents);
  if (shape.depth > limits.maxDepth) {
    report(file, 'yaml-too-deep', deepMessage(limits), shape.deepest ? toPlace(shape.deepest) : { line: lineOffset + 1, column: 1 });
    return undefined;
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      report(
        file,
        'yaml-aliases',
        `Dit blok gebruikt te veel YAML-verwijzingen (\`*naam\`); de grens is ${limits.maxAliases}. ` +
          'Schrijf de waarden gewoon uit; verwijzingen zijn in een logboek niet nodig.',
        shape.firstAlias ? toPlace(shape.firstAlias) : { line: lineOffset + 1, column: 1 },
      );
      return undefined;
    }
    throw error;
  }

  const frontmatter: Frontmatter = {
    data: data as Record<string, unknown>,
    source: () => ({ doc, lineCounter }),
    lineOffset,
    bodyLine: split.bodyLine,
    body: split.body,
  };
  file.data.frontmatter = frontmatter;
  return frontmatter;
}

const FLOW_GUARD = 64;

/** Offset where `[`/`{` nesting first exceeds `max`, ignoring quoted text and comments. */
function deepestFlowNesting(text: string, max: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') index += 1;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#') {
      const end = text.indexOf('\n', index);
      if (end === -1) break;
      index = end;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > max) return index;
    } else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
  }
  return undefined;
}

function deepMessage(limits: Limits): string {
  return `De gegevens zijn te diep genest (meer dan ${limits.maxDepth} niveaus). Maak de structuur platter.`;
}

interface Shape {
  depth: number;
  deepest: number | undefined;
  firstAlias: number | undefined;
}

// Iterative on purpose: this runs on hostile input and must not itself overflow the stack.
function measureShape(root: Node): Shape {
  const shape: Shape = { depth: 0, deepest: undefined, firstAlias: undefined };
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
      continue;
    }
    if (isAlias(node)) {
      const start = node.range?.[0];
      if (start !== undefined && (shape.firstAlias === undefined || start < shape.firstAlias)) shape.firstAlias = start;
      continue;
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > shape.depth) {
        shape.depth = depth;
        shape.deepest = node.range?.[0];
      }
      for (const item of node.items) stack.push([item, depth + 1]);
      continue;
    }
    if (isScalar(node)) continue;
  }
  return shape;
}

function yamlReason(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
      return 'de inspringing klopt niet. Gebruik spaties (geen tabs) en lijn sleutels op hetzelfde niveau precies onder elkaar uit.';
    case 'TAB_AS_INDENT':
      return 'hier staat een tab. Gebruik spaties om in te springen.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'de tekst op deze regel bevat zelf een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel. Zet de tekst tussen aanhalingstekens ("…").';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'een sleutel loopt over meer regels. Controleer of een dubbele punt of aanhalingsteken ontbreekt.';
    case 'BAD_SCALAR_START':
      return 'een waarde begint met een teken dat YAML niet toestaat. Zet de waarde tussen aanhalingstekens ("…").';
    case 'MISSING_CHAR':
      return 'er ontbreekt een teken, zoals een afsluitend aanhalingsteken of haakje.';
    case 'UNEXPECTED_TOKEN':
      return 'hier staat een teken dat YAML niet verwacht. Zet tekst met `:` of `#` tussen aanhalingstekens ("…").';
    case 'BAD_ALIAS':
    case 'BAD_DIRECTIVE':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
      return 'een verwijzing of label (`&`, `*`, `!`) klopt niet. Schrijf de waarde gewoon uit.';
    case 'MULTIPLE_DOCS':
      return 'er staan meerdere documenten in het blok. Gebruik alleen de twee regels `---` aan begin en eind.';
    default:
      return 'controleer aanhalingstekens, dubbele punten en inspringing op deze regel.';
  }
}
