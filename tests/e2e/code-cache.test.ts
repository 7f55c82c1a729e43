// On Node 20 bin/ef runs the command line as one script with V8's code cache
// (src/cli/code-cache.ts): the cache may make ef start faster, never behave differently,
// and a damaged, foreign or unsafe cache is never used.
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, codeCacheRoot, commandOf } from '../../src/cli/code-cache.js';
import { PROJECT, copyToTemp, ef, tempDir } from '../helpers/ef.js';

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]))
    .sort();
}

// Node 22.1+ has its own compile cache and runs the ES modules instead.
const scriptPath = typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

describe.runIf(scriptPath)('the code cache of bin/ef', () => {
  const logbook = () => copyToTemp(join(PROJECT, 'logbook'));

  it('is made by the first run of a command and changes nothing a user sees', () => {
    const root = logbook();
    const cache = join(tempDir(), 'cache');
    const env = { EF_CODE_CACHE: cache };
    const first = ef(['check', '--no-cache'], { cwd: root, env });
    const made = filesUnder(cache);
    expect(made).toEqual([expect.stringMatching(/^code-\d+-\d+-v[\d.]+-\w+\/check\.bin$/)]);
    const data = join(cache, made[0]!);
    const before = statSync(data).mtimeMs;
    const second = ef(['check', '--no-cache'], { cwd: root, env });
    expect(second).toEqual(first);
    expect(first.code).toBe(0);
    // A good cache is read, not written again.
    expect(statSync(data).mtimeMs).toBe(before);
    // Another command keeps its own; a misspelt one (exit code 2) leaves nothing.
    ef(['stats'], { cwd: root, env });
    expect(ef(['chekc'], { cwd: root, env }).code).toBe(2);
    expect(filesUnder(cache)).toEqual([made[0], made[0]!.replace('check.bin', 'stats.bin')].sort());
  });

  it('gives the same output as the ES module build (EF_DEBUG=1), for check and for a report', () => {
    const root = logbook();
    const cache = join(tempDir(), 'cache');
    for (const args of [['check', '--no-cache'], ['stats', '--format', 'json']]) {
      expect(ef(args, { cwd: root, env: { EF_CODE_CACHE: cache } })).toEqual(ef(args, { cwd: root, env: { EF_DEBUG: '1' } }));
    }
    const script = tempDir();
    const modules = tempDir();
    expect(ef(['report', '--period', '2', '--format', 'md,html', '--out', script], { cwd: root, env: { EF_CODE_CACHE: cache } }).code).toBe(0);
    expect(ef(['report', '--period', '2', '--format', 'md,html', '--out', modules], { cwd: root, env: { EF_DEBUG: '1' } }).code).toBe(0);
    const files = filesUnder(script);
    expect(files).toContain('rapportage-2.html');
    expect(filesUnder(modules)).toEqual(files);
    for (const file of files) expect(readFileSync(join(modules, file)).equals(readFileSync(join(script, file))), file).toBe(true);
  });

  it('runs without a damaged cache and replaces it', () => {
    const root = logbook();
    const cache = join(tempDir(), 'cache');
    const env = { EF_CODE_CACHE: cache };
    const clean = ef(['check'], { cwd: root, env: { EF_CODE_CACHE: '0' } });
    ef(['check'], { cwd: root, env });
    const data = join(cache, filesUnder(cache)[0]!);
    writeFileSync(data, Buffer.alloc(4096, 7));
    expect(ef(['check'], { cwd: root, env })).toEqual(clean);
    expect(readFileSync(data).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('is not made with EF_CODE_CACHE=0, nor in a folder others may write to', () => {
    const root = logbook();
    expect(ef(['check'], { cwd: root, env: { EF_CODE_CACHE: '0' } }).code).toBe(0);
    const shared = tempDir();
    chmodSync(shared, 0o777);
    const result = ef(['check'], { cwd: root, env: { EF_CODE_CACHE: shared } });
    expect(result.code).toBe(0);
    expect(filesUnder(shared)).toEqual([]);
  });
});

describe('where the code cache lives', () => {
  it('sits next to the script in ef itself, unless EF_CODE_CACHE says otherwise', () => {
    expect(codeCacheRoot('/opt/ef/dist/cli/ef.cjs', {})).toBe('/opt/ef/dist/code-cache');
    expect(codeCacheRoot('/opt/ef/dist/cli/ef.cjs', { EF_CODE_CACHE: '/tmp/c' })).toBe('/tmp/c');
    expect(codeCacheRoot('/opt/ef/dist/cli/ef.cjs', { EF_CODE_CACHE: '0' })).toBeUndefined();
  });

  it('keeps a file per command, named by the command and not by option values', () => {
    expect(commandOf(['--root', 'mijn-logboek', 'check', '--no-cache'])).toBe('check');
    expect(commandOf(['--help'])).toBeUndefined();
    const bundle = { size: 100, mtimeMs: 5.7 };
    expect(codeCacheFile('/c', bundle, ['report', '--period', '2'])).toMatch(/^\/c\/code-100-5-v[\d.]+-\w+\/report\.bin$/);
    expect(codeCacheFile('/c', bundle, ['../../etc'])).toMatch(/\/etc\.bin$/);
    expect(codeCacheFile('/c', bundle, [])).toMatch(/\/ef\.bin$/);
  });
});
