// A hand-written reader for the shape nearly every frontmatter block has: block
// mappings and block sequences of one-line plain or quoted scalars and one-line flow
// sequences (`[a, b]`), and the simplest block scalars (`>-` and friends, evenly
// indented). It is several times cheaper than a general YAML parser and allocates
// little more than the data itself. Anything outside that shape (other block scalars,
// multi-line plain or quoted scalars, comments after a value, escapes, anchors, tags, flow
// mappings, unusual characters or keys, duplicate keys, numbers other than plain
// integers) makes it give up, and the caller parses the block with the general
// parser instead, which stays the one authority on errors. The two are held to the
// same data and positions by tests/unit/block-scanner.test.ts.
//
// Scalars resolve as in the YAML 1.2 core schema, but only the forms that are
// beyond doubt are resolved here: `null`/`Null`/`NULL`, `true`/`false` in their
// three spellings, integers without sign or leading zero, and text that starts with a
// digit but is no number (a date such as `2021-03-04` is text in the core schema).
// Every other number gives up.
import type { Placed, PlacedPair } from './positions.js';

/** Why the scanner gives up; thrown and caught inside this module only. */
const GIVE_UP: unknown = Symbol('give up');

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const COMMA = 0x2c;
const SINGLE = 0x27;
const DOUBLE = 0x22;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const BACKSLASH = 0x5c;
const PIPE = 0x7c;
const GREATER = 0x3e;

// Printable YAML characters minus tab, NEL, BOM and the line and paragraph separators
// (surrogates only in whole pairs): a block with any other character goes to the
// general parser.
const UNUSUAL_CHARACTER =
  /[^\n\x20-\x7e\xa0-\u2027\u202a-\ufefe\uff00-\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

// Characters a plain scalar may not start with (YAML's indicators), plus `~`, `.`,
// `+` and `-`, which start special or numeric values that are left to the parser.
const NOT_PLAIN_START = new Set([...'-?:,[]{}#&*!|>\'"%@`~.+'].map((char) => char.charCodeAt(0)));

const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
// js-yaml's core-schema patterns for integers and floats (the `yaml` package's are the
// same language for what starts with a digit): a scalar matching neither is a string.
const NUMBER_LIKE =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+|[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const RESERVED_KEYS = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

interface MutablePlaced {
  start: number;
  pairs?: Map<string, PlacedPair>;
  items?: Placed[];
}

/** The data of a block of the common shape, or undefined when it has another shape. */
export function scanBlock(text: string, maxDepth: number): Record<string, unknown> | undefined {
  return run(text, maxDepth, false)?.data;
}

/** The positions of a block that `scanBlock` read (undefined otherwise). */
export function scanPositions(text: string, maxDepth: number): Placed | undefined {
  return run(text, maxDepth, true)?.placed;
}

function run(text: string, maxDepth: number, placing: boolean): { data: Record<string, unknown>; placed: Placed | undefined } | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const scanner = new Scanner(text, maxDepth, placing);
  try {
    return scanner.document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class Scanner {
  /** Start of the line after the current one. */
  private next = 0;
  /** Start of the current line. */
  private lineStart = 0;
  /** Column of the current line's content (or of a mapping that starts mid-line); -1 at the end. */
  private indent = -1;
  /** Offset of the current content. */
  private start = 0;
  /** End of the current line (its newline or the end of the text). */
  private end = 0;
  /** The placed node of the last value read (only when placing). */
  private lastPlaced: MutablePlaced | undefined;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly placing: boolean,
  ) {}

  document(): { data: Record<string, unknown>; placed: Placed | undefined } {
    this.nextLine();
    if (this.indent !== 0 || !this.isKeyAt(this.start)) throw GIVE_UP;
    const data = this.mapping(0, 1);
    // The root mapping ends only at the end of the text or before a line it cannot read.
    if (!this.atEnd()) throw GIVE_UP;
    return { data, placed: this.lastPlaced };
  }

  private atEnd(): boolean {
    return this.indent === -1;
  }

  /** Moves to the next line with content, skipping blank and comment lines. */
  private nextLine(): void {
    const { text } = this;
    while (this.next < text.length) {
      const lineStart = this.next;
      let end = text.indexOf('\n', lineStart);
      if (end === -1) end = text.length;
      this.next = end + 1;
      let at = lineStart;
      while (at < end && text.charCodeAt(at) === SPACE) at += 1;
      if (at === end || text.charCodeAt(at) === HASH) continue;
      // A `---` or `...` line would end the document.
      if (at === lineStart && (text.startsWith('---', at) || text.startsWith('...', at))) throw GIVE_UP;
      this.lineStart = lineStart;
      this.indent = at - lineStart;
      this.start = at;
      this.end = end;
      return;
    }
    this.indent = -1;
    this.start = text.length;
    this.end = text.length;
  }

  /** `key:` followed by a space or the end of the line, with a key of letters, digits, `_` and `-`. */
  private isKeyAt(at: number): boolean {
    return this.keyEnd(at) !== -1;
  }

  private keyEnd(at: number): number {
    const { text, end } = this;
    const first = text.charCodeAt(at);
    if (!isLetter(first) && first !== 0x5f) return -1;
    let index = at + 1;
    while (index < end) {
      const char = text.charCodeAt(index);
      if (isLetter(char) || isDigit(char) || char === 0x5f || char === DASH) index += 1;
      else break;
    }
    if (text.charCodeAt(index) !== COLON) return -1;
    const after = index + 1;
    return after === end || text.charCodeAt(after) === SPACE ? index : -1;
  }

  private isDashAt(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A block mapping whose first key is the current content; `indent` is its column. */
  private mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) throw GIVE_UP;
    const { text } = this;
    const data: Record<string, unknown> = {};
    const node: MutablePlaced | undefined = this.placing ? { start: this.start, pairs: new Map() } : undefined;
    for (;;) {
      const keyStart = this.start;
      const colon = this.keyEnd(keyStart);
      if (colon === -1) throw GIVE_UP;
      const key = text.slice(keyStart, colon);
      if (RESERVED_KEYS.has(key) || Object.hasOwn(data, key)) throw GIVE_UP;
      let at = colon + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at += 1;
      let value: unknown;
      // `key: # …` and `key:` with trailing spaces place their empty value differently
      // in the two parsers: left to them.
      if (text.charCodeAt(at) === HASH || (at === this.end && at !== colon + 1)) throw GIVE_UP;
      if (at === this.end) {
        // An empty value: a nested block on the next lines, or null.
        this.nextLine();
        if (this.indent > indent) {
          value = this.isDashAt(this.start) ? this.sequence(this.indent, depth + 1) : this.nestedMapping(depth + 1);
        } else if (this.indent === indent && this.isDashAt(this.start)) {
          value = this.sequence(indent, depth + 1);
        } else {
          value = null;
          if (node) this.lastPlaced = { start: colon + 1 };
        }
      } else if (text.charCodeAt(at) === PIPE || text.charCodeAt(at) === GREATER) {
        value = this.blockScalar(at, indent);
      } else {
        value = this.inline(at, depth + 1);
        this.nextLine();
      }
      data[key] = value;
      node?.pairs!.set(key, { key: keyStart, value: this.lastPlaced! });
      if (this.indent < indent) break;
      if (this.indent > indent) throw GIVE_UP;
    }
    this.lastPlaced = node;
    return data;
  }

  private nestedMapping(depth: number): Record<string, unknown> {
    if (!this.isKeyAt(this.start)) throw GIVE_UP;
    return this.mapping(this.indent, depth);
  }

  /** A block sequence whose first `-` is the current content, at column `indent`. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > this.maxDepth) throw GIVE_UP;
    const { text } = this;
    const items: unknown[] = [];
    const node: MutablePlaced | undefined = this.placing ? { start: this.start, items: [] } : undefined;
    for (;;) {
      let at = this.start + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at += 1;
      if (at === this.end || text.charCodeAt(at) === HASH || this.isDashAt(at)) throw GIVE_UP;
      if (this.isKeyAt(at)) {
        // `- key: value`: a mapping that starts on the dash's line, at the key's column.
        this.indent = at - this.lineStart;
        this.start = at;
        items.push(this.mapping(this.indent, depth + 1));
      } else {
        items.push(this.inline(at, depth + 1));
        this.nextLine();
        if (this.indent > indent) throw GIVE_UP;
      }
      node?.items!.push(this.lastPlaced!);
      if (this.indent !== indent || !this.isDashAt(this.start)) {
        if (this.indent > indent) throw GIVE_UP;
        break;
      }
    }
    this.lastPlaced = node;
    return items;
  }

  /**
   * A block scalar (`|`, `|-`, `>`, `>-`) whose lines all have the same indentation
   * (a literal one may have empty lines between them); leaves the scanner on the next
   * line with content.
   */
  private blockScalar(at: number, parentIndent: number): string {
    const { text } = this;
    const literal = text.charCodeAt(at) === PIPE;
    let after = at + 1;
    const strip = text.charCodeAt(after) === DASH;
    if (strip) after += 1;
    // An indentation indicator, `+`, a comment or trailing spaces: left to the parser.
    if (after !== this.end) throw GIVE_UP;
    if (this.placing) this.lastPlaced = { start: at };
    const lines: string[] = [];
    let indent = -1;
    let lineStart = this.next;
    let blankAfter = false;
    /** Empty lines seen since the last line of text (a literal scalar keeps those between its lines). */
    let empty = 0;
    while (lineStart < text.length) {
      let end = text.indexOf('\n', lineStart);
      if (end === -1) end = text.length;
      const first = skipSpaces(text, lineStart, end);
      const column = first - lineStart;
      if (first === end) {
        // Folded scalars fold around empty lines, and a line of spaces may be text:
        // both left to the parser. An empty line inside a literal scalar is a line break.
        if (!literal || indent === -1 || end !== lineStart) {
          blankAfter = true;
          break;
        }
        empty += 1;
        lineStart = end + 1;
        continue;
      }
      if (indent === -1) {
        if (column <= parentIndent) break;
        indent = column;
      }
      if (column < indent) break;
      // More indentation keeps its line breaks when folded: left to the parser.
      if (column > indent || text.charCodeAt(end - 1) === SPACE) throw GIVE_UP;
      for (; empty > 0; empty -= 1) lines.push('');
      lines.push(text.slice(first, end));
      lineStart = end + 1;
    }
    if (lines.length === 0) throw GIVE_UP;
    if (blankAfter) {
      // Blank lines may end the scalar only if no more of it follows them.
      let next = lineStart;
      while (next < text.length) {
        let end = text.indexOf('\n', next);
        if (end === -1) end = text.length;
        const first = skipSpaces(text, next, end);
        if (first !== end) {
          if (first - next >= indent) throw GIVE_UP;
          break;
        }
        next = end + 1;
      }
    }
    this.next = lineStart;
    this.nextLine();
    const value = lines.join(literal ? '\n' : ' ');
    return strip ? value : `${value}\n`;
  }

  /** A value that is all on the rest of the line: a scalar or a flow sequence. */
  private inline(at: number, depth: number): unknown {
    const { text } = this;
    let end = this.end;
    while (end > at && text.charCodeAt(end - 1) === SPACE) end -= 1;
    const first = text.charCodeAt(at);
    if (this.placing) this.lastPlaced = { start: at };
    if (first === DOUBLE || first === SINGLE) {
      const close = this.quoted(at, end);
      if (close !== end - 1) throw GIVE_UP;
      return this.quotedValue(at, close);
    }
    if (first === OPEN_SQUARE) return this.flowSequence(at, end, depth);
    return plain(text, at, end, false);
  }

  /** Offset of the closing quote of the quoted scalar at `at` (on this line, no escapes). */
  private quoted(at: number, end: number): number {
    const { text } = this;
    const quote = text.charCodeAt(at);
    for (let index = at + 1; index < end; index += 1) {
      const char = text.charCodeAt(index);
      if (char === BACKSLASH && quote === DOUBLE) {
        // Only `\"` and `\\`; every other escape is left to the parser.
        const escaped = text.charCodeAt(index + 1);
        if (escaped !== DOUBLE && escaped !== BACKSLASH) throw GIVE_UP;
        index += 1;
        continue;
      }
      if (char === quote) {
        if (quote === SINGLE && text.charCodeAt(index + 1) === SINGLE) {
          index += 1;
          continue;
        }
        return index;
      }
    }
    throw GIVE_UP;
  }

  private quotedValue(open: number, close: number): string {
    const inner = this.text.slice(open + 1, close);
    if (this.text.charCodeAt(open) === SINGLE) return inner.includes("''") ? inner.replaceAll("''", "'") : inner;
    return inner.includes('\\') ? inner.replace(/\\(.)/g, '$1') : inner;
  }

  /** `[a, "b", 3]` on one line, of scalars only, ending the line. */
  private flowSequence(open: number, end: number, depth: number): unknown[] {
    if (depth > this.maxDepth) throw GIVE_UP;
    const { text } = this;
    if (text.charCodeAt(end - 1) !== CLOSE_SQUARE) throw GIVE_UP;
    const items: unknown[] = [];
    const node: MutablePlaced | undefined = this.placing ? { start: open, items: [] } : undefined;
    let at = skipSpaces(text, open + 1, end);
    if (at === end - 1) {
      this.lastPlaced = node;
      return items;
    }
    for (;;) {
      const first = text.charCodeAt(at);
      let after: number;
      if (first === DOUBLE || first === SINGLE) {
        const close = this.quoted(at, end);
        items.push(this.quotedValue(at, close));
        after = close + 1;
      } else {
        let stop = at;
        while (stop < end) {
          const char = text.charCodeAt(stop);
          if (char === COMMA || char === CLOSE_SQUARE) break;
          stop += 1;
        }
        let last = stop;
        while (last > at && text.charCodeAt(last - 1) === SPACE) last -= 1;
        if (last === at) throw GIVE_UP;
        items.push(plain(text, at, last, true));
        after = stop;
      }
      node?.items!.push({ start: at });
      after = skipSpaces(text, after, end);
      const char = text.charCodeAt(after);
      if (char === CLOSE_SQUARE) {
        if (after !== end - 1) throw GIVE_UP;
        break;
      }
      if (char !== COMMA) throw GIVE_UP;
      at = skipSpaces(text, after + 1, end);
      // A trailing comma or an empty item: left to the parser.
      if (at >= end - 1 || text.charCodeAt(at) === COMMA) throw GIVE_UP;
    }
    this.lastPlaced = node;
    return items;
  }
}

/** The value of the plain scalar `text[start, end)`, already trimmed. */
function plain(text: string, start: number, end: number, inFlow: boolean): unknown {
  const first = text.charCodeAt(start);
  if (NOT_PLAIN_START.has(first)) throw GIVE_UP;
  for (let index = start + 1; index < end; index += 1) {
    const char = text.charCodeAt(index);
    // `: ` would start a mapping, ` #` a comment; in a flow sequence any `:` or bracket is left to the parser.
    if (char === COLON && (inFlow || index + 1 === end || text.charCodeAt(index + 1) === SPACE)) throw GIVE_UP;
    if (char === HASH && text.charCodeAt(index - 1) === SPACE) throw GIVE_UP;
    if (inFlow && (char === OPEN_SQUARE || char === 0x7b || char === 0x7d)) throw GIVE_UP;
  }
  const source = text.slice(start, end);
  if (isDigit(first)) {
    if (INTEGER.test(source)) return Number(source);
    if (NUMBER_LIKE.test(source)) throw GIVE_UP;
    return source;
  }
  switch (first) {
    case 0x6e: // n
    case 0x4e: // N
      return source === 'null' || source === 'Null' || source === 'NULL' ? null : source;
    case 0x74: // t
    case 0x54: // T
      return source === 'true' || source === 'True' || source === 'TRUE' ? true : source;
    case 0x66: // f
    case 0x46: // F
      return source === 'false' || source === 'False' || source === 'FALSE' ? false : source;
    default:
      return source;
  }
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === SPACE) at += 1;
  return at;
}

function isLetter(char: number): boolean {
  return (char >= 0x61 && char <= 0x7a) || (char >= 0x41 && char <= 0x5a);
}

function isDigit(char: number): boolean {
  return char >= 0x30 && char <= 0x39;
}
