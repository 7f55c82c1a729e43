// Hostile text (HTML, script, javascript: links) in titles, functions, opbrengsten and
// bodies: the Markdown shows it literally and never contains raw HTML or unsafe links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { efInProcess, fixture, tempDir } from '../helpers/ef.js';
import { readTextTree , nodesOf, parseMarkdown } from '../golden/helpers.js';

const ROOT = fixture('compile-vijandig');
const parse = parseMarkdown;

/** The tags of an HTML or SVG text: as written, and with their quoted attribute values emptied. */
function tags(html: string): Array<{ raw: string; bare: string }> {
  const result: Array<{ raw: string; bare: string }> = [];
  let index = html.indexOf('<');
  while (index !== -1) {
    let bare = '<';
    let at = index + 1;
    while (at < html.length && html[at] !== '>') {
      const char = html[at]!;
      if (char === '"' || char === "'") {
        const end = html.indexOf(char, at + 1);
        bare += char + char;
        at = end === -1 ? html.length : end + 1;
      } else {
        bare += char;
        at += 1;
      }
    }
    result.push({ raw: html.slice(index, at + 1), bare: `${bare}>` });
    index = html.indexOf('<', at);
  }
  return result;
}

describe('hostile text', () => {
  let files: Record<string, string>;

  beforeAll(async () => {
    const out = tempDir();
    for (const args of [['report', '--period', '1'], ['logbook']]) {
      const result = await efInProcess([...args, '--root', ROOT, '--format', 'md,html', '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    files = readTextTree(out);
  });

  it('is never raw HTML in the Markdown: parsed back, there is no html node', () => {
    for (const name of ['rapportage-1.md', 'logboek.md']) {
      const nodes = nodesOf(parse(files[name]!));
      expect(nodes.filter((node) => node.type === 'html').map((node) => (node as { value: string }).value), name).toEqual([]);
    }
  });

  it('has only web, mail and in-document links, and only its own charts as images', () => {
    for (const name of ['rapportage-1.md', 'logboek.md']) {
      for (const node of nodesOf(parse(files[name]!))) {
        if (node.type === 'link') expect(node.url, name).toMatch(/^(https?:\/\/|mailto:|#)/);
        // Charts, and the drawing from the logbook's beelden/ (its copy made safe, see below).
        if (node.type === 'image') expect(node.url, name).toMatch(new RegExp(`^${name.replace(/\.md$/, '')}-beelden/[a-z0-9-]+\\.svg$`));
        if (node.type === 'definition') throw new Error(`definition in ${name}`);
      }
    }
  });

  it('shows the hostile text literally', () => {
    const text = toString(parse(files['rapportage-1.md']!));
    for (const literal of [
      "<script>alert('rapportage')</script>",
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)> sessie',
      '[x](javascript:alert(1))',
      "<script>alert('opbrengst')</script>",
      '<div onclick="alert(1)">Blok met HTML</div>',
      '<iframe src="https://evil.example"></iframe>',
      'Gemeente <b>Vet</b>',
      '[partner](javascript:alert(1))',
    ]) {
      expect(text).toContain(literal);
    }
    // A body link to javascript: keeps its text only; a body image becomes its alt text.
    expect(text).toContain('Een link en nog een en data.');
    expect(text).toMatch(/Figuur \d+\. een vijandige tekening/);
    const logboek = toString(parse(files['logboek.md']!));
    expect(logboek).toContain("<script>alert('opbrengst')</script>");
  });

  it('puts nothing executable into the charts or the HTML', () => {
    for (const [name, content] of Object.entries(files)) {
      if (!name.endsWith('.svg') && !name.endsWith('.html')) continue;
      // Text inside a quoted attribute value (alt, aria-label) is inert: look at the tags themselves.
      const markup = tags(content);
      expect(markup.filter((tag) => /^<\/?(script|iframe|object|embed|foreignobject)\b/i.test(tag.bare)), name).toEqual([]);
      expect(markup.filter((tag) => /\son[a-z]+\s*=/i.test(tag.bare)), name).toEqual([]);
      expect(markup.filter((tag) => /\s(href|src|xlink:href)\s*=\s*["']?\s*javascript:/i.test(tag.raw)), name).toEqual([]);
    }
  });
});

// The hostile fixture itself must stay valid, or the test above proves nothing.
describe('the hostile fixture', () => {
  it('passes ef check', async () => {
    const result = await efInProcess(['check', '--root', ROOT]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(ROOT, 'sessies/2021-01-10-vijandig.md'), 'utf8')).toContain('javascript:');
  });
});
