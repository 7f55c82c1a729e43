// Parses a file's Markdown body into mdast, with positions that count from the top of
// the file (frontmatter included), so that messages about the body point at real lines.
//
// remark is loaded on the first parse, not when this module is imported: `ef stats`
// and `ef check` build on the same model but never parse a body, and loading remark
// and its extensions is a large share of a small command's start-up.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
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
  const { gfm, plain } = bodyParsers();
  // Padding with the frontmatter's line count keeps mdast positions equal to file positions.
  return (MAY_BE_GFM.test(body) ? gfm : plain).parse('\n'.repeat(bodyLine - 1) + body) as Root;
}

/** The full GitHub Markdown parse, always (tests compare it with `parseBody`). */
export function parseBodyWithGfm(body: string, bodyLine: number): Root {
  return bodyParsers().gfm.parse('\n'.repeat(bodyLine - 1) + body) as Root;
}
