// Parses a file's Markdown body into mdast, with positions that count from the top of
// the file (frontmatter included), so that messages about the body point at real lines.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseBody(body: string, bodyLine: number): Root {
  // Padding with the frontmatter's line count keeps mdast positions equal to file positions.
  return parser.parse('\n'.repeat(bodyLine - 1) + body) as Root;
}
