// Parses a file's Markdown body into mdast, with positions that count from the top of
// the file (frontmatter included), so that messages about the body point at real lines.
//
// remark is loaded on the first parse, not when this module is imported: `ef stats`
// and `ef check` build on the same model but never parse a body, and loading remark
// and its extensions is a large share of a small command's start-up.
import { createRequire } from 'node:module';
import type { List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Processor } from 'unified';

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
  const mayBeGfm = MAY_BE_GFM.test(body);
  if (!mayBeGfm) {
    const simple = parsePlainLines(body, bodyLine);
    if (simple) return simple;
  }
  const { gfm, plain } = bodyParsers();
  // Padding with the frontmatter's line count keeps mdast positions equal to file positions.
  return (mayBeGfm ? gfm : plain).parse('\n'.repeat(bodyLine - 1) + body) as Root;
}

/**
 * Characters that may start inline markup (emphasis, code, links, images, HTML, character
 * references, escapes), a heading marker inside text, or a line ending other than `\n`;
 * a body with any of them goes to the full parser.
 */
const NOT_PLAIN = /[`*_[\]<>!&\\#\r\t\0-\x08\x0B-\x1F\x7F\uFEFF]/;
const HEADING = /^(#{1,6}) ([^\s#][^#]*)$/;
/** A line that starts a paragraph or continues one: no block syntax at its start, no space at either end. */
const TEXT_LINE = /^(?![-+*=>]|\d{1,9}[.)])\S(?:.*\S)?$/;
const ITEM = /^- ((?![-+*=>]|\d{1,9}[.)])\S(?:.*\S)?)$/;

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
  if (NOT_PLAIN.test(body.replace(/^#{1,6} /gm, ''))) return undefined;
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
      children.push({
        type: 'heading',
        depth: depth as 1,
        children: [{ type: 'text', value: text, position: span(point(i, depth + 2), { ...end }) }],
        position: span(point(i, 1), end),
      });
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
        const text: Text = { type: 'text', value: item[1]!, position: span(point(i, 3), { ...end }) };
        const paragraph: Paragraph = { type: 'paragraph', children: [text], position: span(point(i, 3), { ...end }) };
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
    const text: Text = { type: 'text', value: lines.slice(first, i + 1).join('\n'), position: span(point(first, 1), { ...end }) };
    children.push({ type: 'paragraph', children: [text], position: span(point(first, 1), end) });
    i++;
  }
  const last = lines.length - 1;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point(last, lines[last]!.length + 1) },
  };
}

/** The full GitHub Markdown parse, always (tests compare it with `parseBody`). */
export function parseBodyWithGfm(body: string, bodyLine: number): Root {
  return bodyParsers().gfm.parse('\n'.repeat(bodyLine - 1) + body) as Root;
}
