// A full disk, a read-only file system or a refused permission is the machine's
// doing, not a bug in ef: `ef logbook` says so in Dutch, names the file and exits 2.
// The file system is made to fail here (node:fs/promises is mocked for paths in a
// folder named `kapot-*`); everything else is real.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { environmentErrorOf, EnvironmentError } from '../../src/core/errors.js';
import { copyToTemp, efInProcess, fixture, tempDir } from '../helpers/ef.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  // ef always passes a string path.
  const failing = (path: unknown): string | undefined => {
    if (typeof path !== 'string') return undefined;
    const code = /[\\/]kapot-(ENOSPC|EROFS|EACCES|EPERM)[\\/]/.exec(path)?.[1];
    // The lock file is written as usual: the failure comes with the document itself.
    return code !== undefined && !path.endsWith('.ef-lock') ? code : undefined;
  };
  const writeFile: typeof real.writeFile = async (path, ...rest) => {
    const code = failing(path);
    if (code) throw Object.assign(new Error(`${code}: failed, open '${path as string}'`), { code, path, syscall: 'open' });
    return real.writeFile(path, ...rest);
  };
  return { ...real, writeFile, default: { ...real, writeFile } };
});

describe('environment errors when writing', () => {
  it.each([
    ['ENOSPC', 'de schijf is vol (ENOSPC)'],
    ['EROFS', 'de schijf is alleen-lezen (EROFS)'],
    ['EACCES', 'geen toestemming (rechten) (EACCES)'],
    ['EPERM', 'geen toestemming (rechten) (EPERM)'],
  ])('%s: the document that could not be written, in Dutch, exit 2', async (code, reason) => {
    const root = copyToTemp(fixture('valid-minimal'));
    const out = join(tempDir(), `kapot-${code}`);
    mkdirSync(out);
    const result = await efInProcess(['logbook', '--out', out], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`ef: Kan ${join(out, 'logboek.md')} niet schrijven: ${reason}.`);
    expect(result.stderr).not.toContain('interne fout');
    expect(result.stdout).toBe('');
  });
});

describe('environmentErrorOf', () => {
  it('names the path a file-system error is about', () => {
    const error = environmentErrorOf(Object.assign(new Error('x'), { code: 'ENOSPC', path: '/data/rapport.md' }), 'schrijven');
    expect(error).toBeInstanceOf(EnvironmentError);
    expect(error?.message).toBe('Kan /data/rapport.md niet schrijven: de schijf is vol (ENOSPC).');
    expect(error?.hint).toContain('Maak ruimte vrij');
  });

  it('leaves errors that are not about a file to the bug report', () => {
    expect(environmentErrorOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(environmentErrorOf(Object.assign(new Error('x'), { code: 'EACCES' }))).toBeUndefined();
    expect(environmentErrorOf(Object.assign(new Error('x'), { code: 'ERR_SOMETHING', path: '/x' }))).toBeUndefined();
  });
});
