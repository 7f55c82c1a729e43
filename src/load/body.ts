// Parses a file's Markdown body into mdast, with positions that count from the top of
// the file (frontmatter included), so that messages about the body point at real lines.
//
// remark is loaded on the first parse, not on import: `ef check` and `ef stats` import
// this module but most runs never parse a body. Node ≥ 20.19 loads these ES modules
// synchronously through require.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

let parser: Processor<Root> | undefined;

function markdownParser(): Processor<Root> {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    parser = unified().use(remarkParse).use(remarkGfm) as unknown as Processor<Root>;
  }
  return parser;
}

export function parseBody(body: string, bodyLine: number): Root {
  // Padding with the frontmatter's line count keeps mdast positions equal to file positions.
  return markdownParser().parse('\n'.repeat(bodyLine - 1) + body);
}
