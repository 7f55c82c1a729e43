// The fast YAML path must never change what ef check says: same data, same messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { decodeInto } from '../../src/load/read.js';
import { locateValue } from '../../src/validate/locate.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '.ef-cache' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

function parse(path: string, precise: boolean) {
  const file = new VFile({ path });
  decodeInto(file, readFileSync(path));
  const frontmatter = file.value === undefined ? undefined : parseFrontmatter(file, DEFAULT_LIMITS, { precise });
  return { file, frontmatter };
}

const files = [...markdownFiles(FIXTURES), ...markdownFiles(join(PROJECT, 'logbook'))];

describe('fast and precise frontmatter parsing agree', () => {
  it('covers a real number of files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((path) => [path.slice(PROJECT.length + 1), path]))('%s', (_name, path) => {
    const fast = parse(path, false);
    const precise = parse(path, true);
    expect(fast.frontmatter?.data).toEqual(precise.frontmatter?.data);
    expect(fast.file.messages.map(String)).toEqual(precise.file.messages.map(String));
    if (fast.frontmatter && precise.frontmatter) {
      for (const key of Object.keys(precise.frontmatter.data)) {
        expect(locateValue(fast.frontmatter, [key])).toEqual(locateValue(precise.frontmatter, [key]));
      }
    }
  });
});
