// Parses a file's Markdown body into mdast, with positions that count from the top of
// the file (frontmatter included), so that messages about the body point at real lines.
//
// remark is loaded on the first parse, not when this module is imported: `ef stats`
// and `ef check` build on the same model but never parse a body, and loading remark
// and its extensions is a large share of a small command's start-up.
import { createRequire } from 'node:module';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Processor } from 'unified';
import { lineIndex } from './line-index.js';

// A module-level `require` on purpose: the bundle (scripts/build.mjs) removes this line,
// so the calls below become esbuild's own require and remark is bundled, yet still
// evaluated only on the first parse.
const require = createRequire(import.meta.url);

type Parser = Pick<Processor, 'parse'>;
let parsers: { readonly gfm: Parser; readonly plain: Parser } | undefined;

function bodyParsers(): { readonly gfm: Parser; readonly plain: Parser } {
  if (parsers) return parsers;
  // require() of these ES modules is synchronous and silent on Node >= 20.19 (see engines).
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
  parsers = { gfm: unified().use(remarkParse).use(remarkGfm), plain: unified().use(remarkParse) };
  return parsers;
}

/**
 * Text that may hold GitHub Markdown (tables, strikethrough, footnotes, task lists,
 * bare links and e-mail addresses): each of these needs one of these characters. The
 * GFM extensions more than double the cost of parsing, and most bodies have none.
 */
const MAY_BE_GFM = /[|~@]|www\.|[a-z]+:\/\/|\[\^|\[[ xX]\]/i;

export function parseBody(body: string, bodyLine: number): Root {
  const simple = parsePlainLines(body, bodyLine);
  if (simple) return simple;
  const mayBeGfm = MAY_BE_GFM.test(body);
  const { gfm, plain } = bodyParsers();
  // Padding with the frontmatter's line count keeps mdast positions equal to file positions.
  return (mayBeGfm ? gfm : plain).parse('\n'.repeat(bodyLine - 1) + body) as Root;
}

/**
 * Characters that may start markup the plain-lines parser does not read (emphasis with
 * `_`, code, HTML, escapes), a heading marker inside text, or a line ending other than
 * `\n`; a body with any of them (outside a link's address) goes to the full parser.
 * `*`, `[`, `]`, `!` and `&` are read by `inlineContent` or make it give up.
 */
const NOT_PLAIN = /[`_<>\\#\r\t\0-\x08\x0B-\x1F\x7F\uFEFF]/;
/** A link's or image's address and title, as `inlineContent` reads them. */
const DESTINATION = /\]\(([^\s()<>\\&"']+)(?: +"([^"\\&\n]*)")?\)/g;
const HEADING = /^(#{1,6}) ([^\s#][^#]*)$/;
/** A line that starts a paragraph or continues one: no block syntax at its start, no space at either end. */
const TEXT_LINE = /^(?![-+=>]|\*(?!\*[^\s*])|\d{1,9}[.)])\S(?:.*\S)?$/;
const ITEM = /^- ((?![-+=>]|\*(?!\*[^\s*])|\d{1,9}[.)])\S(?:.*\S)?)$/;

type Point = { line: number; column: number; offset: number };

/**
 * The tree of a body made only of plain lines: ATX headings, paragraphs of plain text and
 * tight `- ` lists of one-line items, with blank lines between the blocks. This is what
 * micromark makes of such a body, positions included (tests/unit/body-parse.test.ts holds
 * the two together on random bodies), at a fraction of the cost; most session bodies
 * look like this. Anything else (markup, indentation, other list forms, lazy lines):
 * undefined, and the real parser reads it.
 */
export function parsePlainLines(body: string, bodyLine: number): Root | undefined {
  // Addresses may hold `_`, `#` or `://`: what they say is read by `inlineContent`.
  const outsideAddresses = body.replace(/^#{1,6} /gm, '').replace(DESTINATION, '](x)');
  if (NOT_PLAIN.test(outsideAddresses) || MAY_BE_GFM.test(outsideAddresses) || CHARACTER_REFERENCE.test(body)) return undefined;
  const lines = body.split('\n');
  const children: RootContent[] = [];
  let offset = bodyLine - 1;
  const point = (index: number, column: number): Point => ({ line: bodyLine + index, column, offset: starts[index]! + column - 1 });
  const starts: number[] = [];
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const span = (from: Point, to: Point) => ({ start: from, end: to });
  const locate = lineIndex(body);
  /** The point of a file offset (the body starts at file offset `bodyLine - 1`: one per line before it). */
  const at = (offset: number): Point => {
    const { line, column } = locate(offset - (bodyLine - 1));
    return { line: bodyLine + line - 1, column, offset };
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const depth = heading[1]!.length;
      const text = heading[2]!;
      if (text.endsWith(' ')) return undefined;
      const end = point(i, line.length + 1);
      const content = inlineContent(text, point(i, depth + 2).offset, at);
      if (!content) return undefined;
      children.push({ type: 'heading', depth: depth as 1, children: content, position: span(point(i, 1), end) });
      i++;
      continue;
    }
    if (ITEM.test(line)) {
      const items: ListItem[] = [];
      while (i < lines.length && lines[i] !== '') {
        const item = ITEM.exec(lines[i]!);
        // A line after an item that is not an item continues it (or ends the list): the parser decides.
        if (!item) return undefined;
        const end = point(i, lines[i]!.length + 1);
        const content = inlineContent(item[1]!, point(i, 3).offset, at);
        if (!content) return undefined;
        const paragraph: Paragraph = { type: 'paragraph', children: content, position: span(point(i, 3), { ...end }) };
        items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: span(point(i, 1), { ...end }) });
        i++;
      }
      // A blank line and another item would make one loose list: the parser decides.
      let next = i;
      while (next < lines.length && lines[next] === '') next++;
      if (next < lines.length && lines[next]!.startsWith('-')) return undefined;
      const list: List = {
        type: 'list',
        ordered: false,
        start: null,
        spread: false,
        children: items,
        position: span({ ...(items[0]!.position!.start as Point) }, { ...(items[items.length - 1]!.position!.end as Point) }),
      };
      children.push(list);
      continue;
    }
    if (!TEXT_LINE.test(line)) return undefined;
    const first = i;
    while (i + 1 < lines.length && lines[i + 1] !== '' && !HEADING.test(lines[i + 1]!) && !ITEM.test(lines[i + 1]!)) {
      if (!TEXT_LINE.test(lines[i + 1]!)) return undefined;
      i++;
    }
    const end = point(i, lines[i]!.length + 1);
    const content = inlineContent(lines.slice(first, i + 1).join('\n'), starts[first]!, at);
    if (!content) return undefined;
    children.push({ type: 'paragraph', children: content, position: span(point(first, 1), end) });
    i++;
  }
  const last = lines.length - 1;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point(last, lines[last]!.length + 1) },
  };
}

/** `&amp;`, `&#38;`, `&#x26;`: these mean another character; a lone `&` (A&O) is itself. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
/** `**text**` after a space or line start and before one or the end: strong, by CommonMark's flanking rules. */
const STRONG = /\*\*([^\s*[\]](?:[^*[\]\n]*[^\s*[\]])?)\*\*(?=$|[ \n])/y;
/** `[text](address "title")` with plain text; a link's text has no markup, so it is one text node. */
const LINK = /\[([^\s[\]*](?:[^[\]*\n]*[^\s[\]*])?)\]\(([^\s()<>\\&"']+)(?: +"([^"\\&\n]*)")?\)/y;
const IMAGE = /!\[((?:[^\s[\]*](?:[^[\]*\n]*[^\s[\]*])?)?)\]\(([^\s()<>\\&"']+)(?: +"([^"\\&\n]*)")?\)/y;

/**
 * The inline content of `source` (starting at file offset `start`) when it holds only
 * text, `**strong**` text, links and images in the forms above; undefined for anything
 * else (emphasis with one `*`, brackets of other kinds, …), which the real parser reads.
 */
function inlineContent(source: string, start: number, at: (offset: number) => Point): PhrasingContent[] | undefined {
  const content: PhrasingContent[] = [];
  let textFrom = 0;
  const flushText = (to: number): void => {
    if (to > textFrom) content.push({ type: 'text', value: source.slice(textFrom, to), position: { start: at(start + textFrom), end: at(start + to) } });
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char !== '*' && char !== '[' && char !== ']' && !(char === '!' && source[index + 1] === '[')) {
      index++;
      continue;
    }
    const node = inlineNodeAt(source, index, start, at);
    if (!node) return undefined;
    flushText(index);
    content.push(node.node);
    index = node.end;
    textFrom = index;
  }
  flushText(source.length);
  return content;
}

function inlineNodeAt(source: string, index: number, start: number, at: (offset: number) => Point): { node: PhrasingContent; end: number } | undefined {
  const position = (from: number, to: number) => ({ start: at(start + from), end: at(start + to) });
  const char = source[index];
  const match = (pattern: RegExp) => {
    pattern.lastIndex = index;
    return pattern.exec(source) ?? undefined;
  };
  if (char === '*') {
    const before = source[index - 1];
    const strong = before === undefined || before === ' ' || before === '\n' ? match(STRONG) : undefined;
    if (!strong) return undefined;
    const end = index + strong[0].length;
    const text: Text = { type: 'text', value: strong[1]!, position: position(index + 2, end - 2) };
    return { node: { type: 'strong', children: [text], position: position(index, end) }, end };
  }
  if (char === '[') {
    const link = match(LINK);
    if (!link) return undefined;
    const end = index + link[0].length;
    const text: Text = { type: 'text', value: link[1]!, position: position(index + 1, index + 1 + link[1]!.length) };
    return { node: { type: 'link', title: link[3] ?? null, url: link[2]!, children: [text], position: position(index, end) }, end };
  }
  if (char === '!') {
    const image = match(IMAGE);
    if (!image) return undefined;
    const end = index + image[0].length;
    return { node: { type: 'image', title: image[3] ?? null, url: image[2]!, alt: image[1]!, position: position(index, end) }, end };
  }
  return undefined;
}

/** The full GitHub Markdown parse, always (tests compare it with `parseBody`). */
export function parseBodyWithGfm(body: string, bodyLine: number): Root {
  return bodyParsers().gfm.parse('\n'.repeat(bodyLine - 1) + body) as Root;
}
