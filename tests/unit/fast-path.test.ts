// The fast YAML path must never change what ef check says: same data, same messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { decodeInto } from '../../src/load/read.js';
import { locateKey, locateValue, type DataPath } from '../../src/validate/locate.js';
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

/** Every key and item path in the data, plus a missing field under each mapping. */
function pathsIn(data: unknown, prefix: DataPath = []): DataPath[] {
  if (typeof data !== 'object' || data === null) return [];
  const entries: Array<[PropertyKey, unknown]> = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  const missing = Array.isArray(data) ? [] : [[...prefix, 'ontbreekt']];
  return [...missing, ...entries.flatMap(([key, value]) => [[...prefix, key], ...pathsIn(value, [...prefix, key])])];
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
      for (const path of pathsIn(precise.frontmatter.data)) {
        expect([path, locateValue(fast.frontmatter, path)]).toEqual([path, locateValue(precise.frontmatter, path)]);
        expect([path, locateKey(fast.frontmatter, path)]).toEqual([path, locateKey(precise.frontmatter, path)]);
      }
    }
  });
});
