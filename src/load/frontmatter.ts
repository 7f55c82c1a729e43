// Splits a file into its `---` frontmatter block and body, and parses the block with
// `yaml` so that every key and value keeps its place in the file.
import type { Document, LineCounter, Node } from 'yaml';
import type { Event } from 'js-yaml';
import type { VFile } from 'vfile';
import { addMessage, type Place } from '../diagnostics/messages.js';
import type { Limits } from './limits.js';
import { reportTextRepairs } from '../fix/text-messages.js';
import { lineIndex } from './line-index.js';
import { positionsFromDocument, positionsFromEvents, type Positions } from './positions.js';
import { scanBlock, scanPositions } from './block-scanner.js';
import { jsYamlLibrary, yamlLibrary } from './yaml-library.js';

export interface YamlSource {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

export interface Frontmatter {
  /** The parsed block as plain data (a mapping). */
  readonly data: Record<string, unknown>;
  /**
   * Where each key and value is, from the one parse the block had; built on first use
   * (most files never need it).
   */
  readonly positions: () => Positions;
  /**
   * Lets go of what `positions` is built from, for a caller that keeps many blocks in
   * memory; `positions` still works afterwards, by reading the block again.
   */
  readonly release: () => void;
  /** The `yaml` document, for editing a template; parsed on demand. Not for checking. */
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
    addMessage(
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
  addMessage(
    file,
    'frontmatter-unclosed',
    'Het gegevensblok dat hier met `---` begint, wordt nergens afgesloten. Zet een regel `---` onder de laatste gegeven.',
    { line: 1, column: 1 },
  );
  return undefined;
}

/** Parses the frontmatter of a file into `file.data.frontmatter`; fatal messages on failure. */
export interface ParseOptions {
  /** Skip both fast paths (tests compare the paths on the same files). */
  readonly precise?: boolean;
  /** Skip the block scanner, so that js-yaml's event parser reads the common shape too (tests). */
  readonly noScanner?: boolean;
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
  // The common shape first: a block the scanner reads needs none of the checks below
  // (it refuses flow nesting, deep nesting and every unusual construct itself).
  const scanned = options.precise || options.noScanner ? undefined : scanBlock(split.yaml, limits.maxDepth);
  if (scanned) {
    let positions: Positions | undefined;
    let source: YamlSource | undefined;
    const frontmatter: Frontmatter = {
      data: scanned,
      // Most files never need a position; the few that do read the block again.
      positions: () => (positions ??= { root: scanPositions(split.yaml, limits.maxDepth), place: lineIndex(split.yaml) }),
      release: () => {
        positions = undefined;
      },
      source: () => (source ??= parseWithPositions(split.yaml)),
      lineOffset,
      bodyLine: split.bodyLine,
      body: split.body,
    };
    file.data.frontmatter = frontmatter;
    return frontmatter;
  }
  // The parser recurses per nesting level: refuse absurd flow nesting before parsing.
  const flowDepth = deepestFlowNesting(split.yaml, Math.max(FLOW_GUARD, limits.maxDepth));
  if (flowDepth !== undefined) {
    const before = split.yaml.slice(0, flowDepth).split('\n');
    addMessage(file, 'yaml-too-deep', deepMessage(limits), {
      line: before.length + lineOffset,
      column: before.at(-1)!.length + 1,
    });
    return undefined;
  }
  const fast = options.precise ? undefined : parseFast(split.yaml, limits);
  if (fast) {
    // The events of the one parse stay until the first message needs a position.
    let events: Event[] | undefined = fast.events;
    let positions: Positions | undefined;
    let source: YamlSource | undefined;
    const frontmatter: Frontmatter = {
      data: fast.data,
      positions: () => {
        if (positions) return positions;
        positions = positionsFromEvents(events ?? jsYamlLibrary().parseEvents(split.yaml, {}), split.yaml);
        events = undefined;
        return positions;
      },
      release: () => {
        events = undefined;
        positions = undefined;
      },
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
 * The fast path: js-yaml's event parser, for the common, unremarkable block. Its events
 * give both the data and, when a message needs one, every position. Anything unusual
 * (aliases, anchors, tags, a syntax error, duplicate or complex keys, deep nesting, not
 * a mapping) returns undefined and goes through the precise parser, which is the one
 * authority on errors.
 */
function parseFast(yaml: string, limits: Limits): { data: Record<string, unknown>; events: Event[] } | undefined {
  if (UNUSUAL.test(yaml)) return undefined;
  const { CORE_SCHEMA, constructFromEvents, parseEvents } = jsYamlLibrary();
  let events: Event[];
  let data: unknown[];
  try {
    events = parseEvents(yaml, { maxDepth: limits.maxDepth + 1 });
    if (!isPlainEventStream(events, limits.maxDepth)) return undefined;
    data = constructFromEvents(events, { source: yaml, schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const [first] = data;
  if (data.length !== 1 || !isPlainMapping(first)) return undefined;
  return { data: first, events };
}

// An anchor, alias or tag at the start of a token, or a key that touches prototypes.
const UNUSUAL = /(?:^|[\s[\]{},:-])[&*!][^\s,[\]{}]|__proto__|\t/;

/** No tags, anchors or aliases, one document, and nesting within the limit. */
function isPlainEventStream(events: readonly Event[], maxDepth: number): boolean {
  const { EVENT_ID } = jsYamlLibrary();
  let depth = -1; // the document itself opens level 0
  let documents = 0;
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents += 1;
        if (documents > 1) return false;
        depth += 1;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (event.tagStart !== -1 || event.anchorStart !== -1) return false;
        depth += 1;
        if (depth > maxDepth) return false;
        break;
      case EVENT_ID.SCALAR:
        if (event.tagStart !== -1 || event.anchorStart !== -1) return false;
        break;
      case EVENT_ID.ALIAS:
        return false;
      case EVENT_ID.POP:
        depth -= 1;
        break;
      default:
        break;
    }
  }
  return true;
}

function isPlainMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function parseWithPositions(yaml: string): YamlSource {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, YAML_OPTIONS(lineCounter));
  return { doc, lineCounter };
}

// Duplicate keys are found by `findForbidden` in linear time; yaml's own check
// (`uniqueKeys`) compares every key with every other one, which a block of 100,000
// keys turns into minutes.
const YAML_OPTIONS = (lineCounter: LineCounter) =>
  ({ lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core', strict: true }) as const;

/** The precise path: yaml's document parser, with a located message for every problem. */
function parsePrecisely(file: VFile, split: Split, lineOffset: number, limits: Limits): Frontmatter | undefined {
  const { isMap, LineCounter, parseDocument } = yamlLibrary();
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
      addMessage(file, 'yaml-too-deep', deepMessage(limits), { line: lineOffset + 1, column: 1 });
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
        addMessage(file, 'yaml-too-deep', deepMessage(limits), place);
      } else {
        addMessage(file, 'yaml-syntax', `De gegevens zijn geen geldige YAML: ${yamlReason(error.code)}`, place);
      }
    }
    return undefined;
  }

  const contents = doc.contents;
  if (!isMap(contents)) {
    const place = contents?.range ? toPlace(contents.range[0]) : { line: 1, column: 1 };
    addMessage(
      file,
      'frontmatter-not-mapping',
      contents == null
        ? 'Het gegevensblok is leeg. Vul het met regels `sleutel: waarde` (zie de sjablonen in `templates/`).'
        : 'Het gegevensblok moet bestaan uit regels `sleutel: waarde`, niet uit een losse waarde of lijst.',
      place,
    );
    return undefined;
  }

  const shape = measureShape(contents, split.yaml);
  if (shape.depth > limits.maxDepth) {
    addMessage(file, 'yaml-too-deep', deepMessage(limits), shape.deepest ? toPlace(shape.deepest) : { line: lineOffset + 1, column: 1 });
    return undefined;
  }
  if (shape.forbidden.length > 0) {
    for (const { offset, ruleId, reason } of shape.forbidden) addMessage(file, ruleId, reason, toPlace(offset));
    return undefined;
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      addMessage(
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

  let positions: Positions | undefined;
  const frontmatter: Frontmatter = {
    data: data as Record<string, unknown>,
    positions: () => (positions ??= positionsFromDocument(doc, split.yaml)),
    release: () => {
      positions = undefined;
    },
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

interface Forbidden {
  readonly offset: number;
  readonly ruleId: 'yaml-duplicate-key' | 'yaml-syntax';
  readonly reason: string;
}

interface Shape {
  depth: number;
  deepest: number | undefined;
  firstAlias: number | undefined;
  /** Duplicate keys, keys that are lists or blocks, and tags: each refused where it is. */
  forbidden: Forbidden[];
}

const DUPLICATE_KEY = 'Deze sleutel staat twee keer in hetzelfde blok. Houd er één over.';
const COMPLEX_KEY =
  'De gegevens zijn geen geldige YAML voor een logboek: deze sleutel is zelf een lijst of blok (`? …`). ' +
  'Een sleutel is gewone tekst: schrijf `sleutel: waarde`.';
const TAG =
  'De gegevens zijn geen geldige YAML voor een logboek: hier staat een label (`!…`, zoals `!!str`). ' +
  'Labels zijn niet toegestaan; schrijf de waarde gewoon uit, zo nodig tussen aanhalingstekens ("…").';

// Iterative on purpose: this runs on hostile input and must not itself overflow the stack.
function measureShape(root: Node, text: string): Shape {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLibrary();
  const shape: Shape = { depth: 0, deepest: undefined, firstAlias: undefined, forbidden: [] };
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
      continue;
    }
    const tagged = node as { tag?: string; range?: [number, number, number] } | null;
    if (tagged?.tag !== undefined) shape.forbidden.push({ offset: tagOffset(text, tagged.range?.[0] ?? 0), ruleId: 'yaml-syntax', reason: TAG });
    if (isMap(node)) findBadKeys(node.items, shape.forbidden);
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

/** The `!…` before a value (perhaps with an anchor in between); the value itself if none is found. */
function tagOffset(text: string, valueStart: number): number {
  const isSpace = (index: number) => /\s/.test(text[index] ?? '');
  let end = valueStart;
  for (let token = 0; token < 2; token += 1) {
    while (end > 0 && isSpace(end - 1)) end -= 1;
    let start = end;
    while (start > 0 && !isSpace(start - 1)) start -= 1;
    if (text[start] === '!') return start;
    end = start;
  }
  return valueStart;
}

/** Duplicate keys (a set per mapping: linear, however many keys) and keys that are collections. */
function findBadKeys(pairs: readonly unknown[], forbidden: Forbidden[]): void {
  const { isCollection, isPair, isScalar } = yamlLibrary();
  const seen = new Set<unknown>();
  for (const pair of pairs) {
    if (!isPair(pair)) continue;
    const key = pair.key as Node | null;
    const offset = key?.range?.[0] ?? 0;
    if (isCollection(key)) {
      forbidden.push({ offset, ruleId: 'yaml-syntax', reason: COMPLEX_KEY });
      continue;
    }
    const value = isScalar(key) ? key.value : key;
    if (seen.has(value)) forbidden.push({ offset, ruleId: 'yaml-duplicate-key', reason: DUPLICATE_KEY });
    seen.add(value);
  }
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
