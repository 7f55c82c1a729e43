import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeNewFile } from '../../src/core/atomic.js';
import { findExisting } from '../../src/scaffold/find-existing.js';
import { tempDir } from '../helpers/ef.js';

describe('writeNewFile', () => {
  it('creates folders and the file, leaving no temporary file behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'sessies/2021-01-28-x.md');
    await writeNewFile(path, 'inhoud\n');
    expect(readFileSync(path, 'utf8')).toBe('inhoud\n');
    expect(readdirSync(join(dir, 'sessies'))).toEqual(['2021-01-28-x.md']);
  });

  it('never replaces an existing file, and cleans up', async () => {
    const dir = tempDir();
    const path = join(dir, 'x.md');
    writeFileSync(path, 'van de gebruiker\n');
    await expect(writeNewFile(path, 'nieuw\n')).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(path, 'utf8')).toBe('van de gebruiker\n');
    expect(readdirSync(dir)).toEqual(['x.md']);
  });

  it('replaces with force', async () => {
    const dir = tempDir();
    const path = join(dir, 'x.md');
    writeFileSync(path, 'oud\n');
    await writeNewFile(path, 'nieuw\n', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('nieuw\n');
    expect(readdirSync(dir)).toEqual(['x.md']);
  });

  it('lets exactly one of two simultaneous writers win', async () => {
    const dir = tempDir();
    const path = join(dir, 'x.md');
    const results = await Promise.allSettled([writeNewFile(path, 'a\n'), writeNewFile(path, 'b\n')]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(['a\n', 'b\n']).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(dir)).toEqual(['x.md']);
  });
});

describe('findExisting', () => {
  it('finds a name that differs only in letter case', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Cornelis-Musius.md'), 'x');
    expect(await findExisting(dir, 'cornelis-musius.md')).toBe('Cornelis-Musius.md');
    expect(await findExisting(dir, 'andere.md')).toBeUndefined();
    expect(await findExisting(join(dir, 'bestaat-niet'), 'x.md')).toBeUndefined();
  });
});
