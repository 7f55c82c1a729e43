// Helpers for the report and logbook tests: read an output folder, compare it with
// expected files, copy a fixture in another file order, and search text for names in
// any spelling.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const GOLDEN = dirname(fileURLToPath(import.meta.url));

/** Every file under `dir`: relative path (forward slashes) → bytes, in code-unit order. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!existsSync(dir)) return files;
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The files of `dir` as text, for readable diffs. */
export function readTextTree(dir: string): Record<string, string> {
  return Object.fromEntries([...readTree(dir)].map(([name, bytes]) => [name, bytes.toString('utf8')]));
}

/** Copies a folder creating its files in reverse order (and the folders in reverse too). */
export function copyReversed(source: string, target: string): void {
  const files = [...readTree(source).keys()].reverse();
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(source, file), join(target, file));
  }
}

/**
 * Golden files: compare `actual` (name → text) with the files in `tests/golden/<name>/`;
 * with UPDATE_GOLDEN=1 the expected files are written instead.
 */
export function expectedFiles(name: string, actual: Record<string, string>): Record<string, string> {
  const folder = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    for (const [file, content] of Object.entries(actual)) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), content);
    }
  }
  return readTextTree(folder);
}

/** Lower-case letters and digits separated by single spaces: slugs, URLs, entities and accents do not hide a name. */
export function loose(text: string): string {
  let decoded = text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)));
  try {
    decoded = decodeURIComponent(decoded.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // keep as is
  }
  return ` ${decoded
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Whether `name` occurs in `text` in any spelling (case, accents, separators). */
export function mentions(text: string, name: string): boolean {
  return loose(text).includes(loose(name));
}

/** Parses generated Markdown back into mdast, the way a reader's tool would (GFM tables). */
export const parseMarkdown = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** Every node of a tree, depth first. */
export function nodesOf(tree: Root): Nodes[] {
  const all: Nodes[] = [];
  const walk = (node: Nodes) => {
    all.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return all;
}
