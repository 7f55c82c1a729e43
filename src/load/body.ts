// Parses a file's Markdown body into mdast, with positions that count from the top of
// the file (frontmatter included), so that messages about the body point at real lines.
//
// remark is loaded on the first parse, not when this module is imported: `ef stats`
// and `ef check` build on the same model but never parse a body, and loading remark
// and its extensions is a large share of a small command's start-up.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

let parser: Pick<Processor, 'parse'> | undefined;

function bodyParser(): Pick<Processor, 'parse'> {
  if (parser) return parser;
  // require() of these ES modules is synchronous and silent on Node >= 20.19 (see engines).
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
  parser = unified().use(remarkParse).use(remarkGfm);
  return parser;
}

export function parseBody(body: string, bodyLine: number): Root {
  // Padding with the frontmatter's line count keeps mdast positions equal to file positions.
  return bodyParser().parse('\n'.repeat(bodyLine - 1) + body) as Root;
}
