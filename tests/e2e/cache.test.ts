// The check cache may make ef faster, never different: every run below is compared
// with a plain run without the cache.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp, efInProcess, fixture } from '../helpers/ef.js';

async function check(root: string, ...args: string[]) {
  const result = await efInProcess(['check', '--format', 'json', ...args], { cwd: root });
  return { code: result.code, json: JSON.parse(result.stdout) as { messages: Array<{ file: string; rule: string; line: number }> } };
}

/** Runs with and without the cache and insists they agree; returns the cached run. */
async function agreed(root: string) {
  const cached = await check(root);
  const plain = await check(root, '--no-cache');
  expect(cached).toEqual(plain);
  return cached;
}

const rules = (run: Awaited<ReturnType<typeof check>>, file: string) => run.json.messages.filter((m) => m.file === file).map((m) => m.rule);

describe('the check cache', () => {
  it('gives the same messages on a cold, a warm and an uncached run', async () => {
    const root = copyToTemp(fixture('rules'));
    const cold = await check(root);
    expect(existsSync(join(root, '.ef-cache/check.json'))).toBe(true);
    const warm = await check(root);
    expect(warm).toEqual(cold);
    expect(await check(root, '--no-cache')).toEqual(cold);
    expect(cold.json.messages.length).toBeGreaterThan(20);
  });

  it('sees an edited file, and only that file changes', async () => {
    const root = copyToTemp(fixture('rules'));
    const before = await agreed(root);
    const path = join(root, 'sessies/2021-02-30-datum.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('datum: 2021-02-30', 'datum: 2021-02-28'));
    const after = await agreed(root);
    expect(rules(before, 'sessies/2021-02-30-datum.md')).toEqual(['date-invalid']);
    // Fixed date, but now the file name no longer starts with it.
    expect(rules(after, 'sessies/2021-02-30-datum.md')).toEqual(['sessie-id-date']);
    const others = (run: typeof before) => run.json.messages.filter((m) => m.file !== 'sessies/2021-02-30-datum.md');
    expect(others(after)).toEqual(others(before));
  });

  it('trusts a file by its stat only once it has been left alone, and still sees an edit that keeps size and modification time', async () => {
    const root = copyToTemp(fixture('rules'));
    // A cache that came along with the copy would hold the stats of the originals.
    rmSync(join(root, '.ef-cache'), { recursive: true, force: true });
    const path = join(root, 'sessies/2021-02-30-datum.md');
    const fresh = await agreed(root);
    // Just copied: every file is read and hashed, none is trusted by its stat yet.
    expect(storedStats(root).every((stat) => stat === '')).toBe(true);
    // A few seconds later the files count as settled; the next check writes their stats down.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(await agreed(root)).toEqual(fresh);
    expect(storedStats(root).every((stat) => stat !== '')).toBe(true);
    // The same number of bytes, and the old modification time put back (as `cp -p` or
    // `rsync -t` would): the change time still gives the edit away.
    const { atime, mtime } = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('datum: 2021-02-30', 'datum: 2021-02-28'));
    utimesSync(path, atime, mtime);
    expect(rules(await agreed(root), 'sessies/2021-02-30-datum.md')).toEqual(['sessie-id-date']);
  });

  it('recomputes cross-file rules when a referenced file disappears', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    expect((await agreed(root)).json.messages).toEqual([]);
    rmSync(join(root, 'casussen/buurtmoestuin.md'));
    expect(rules(await agreed(root), 'sessies/2021-03-04-moestuin.md')).toEqual(['casus-unknown']);
  });

  it('recomputes everything when the config changes', async () => {
    const root = copyToTemp(fixture('rules'));
    expect(rules(await agreed(root), 'sessies/2021-03-12-tikfout.md')).toEqual(['vocabulary-alias', 'vocabulary-alias', 'schema-enum', 'vocabulary-alias']);
    const config = join(root, 'ef.config.yaml');
    // A role added in the config makes the misspelt role a valid one.
    writeFileSync(config, `${readFileSync(config, 'utf8')}rollen:\n  - id: regiseur\n    label: Regiseur\n`);
    // It now passes its schema, so the hint about the diagonal paradigms appears too.
    expect(rules(await agreed(root), 'sessies/2021-03-12-tikfout.md')).toEqual([
      'vocabulary-alias',
      'paradigma-diagonal',
      'vocabulary-alias',
      'vocabulary-alias',
    ]);
  });

  it('is not affected by templates, which ef check does not read', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    const before = await agreed(root);
    const cacheFile = join(root, '.ef-cache/check.json');
    const stored = readFileSync(cacheFile, 'utf8');
    mkdirSync(join(root, 'templates'), { recursive: true });
    writeFileSync(join(root, 'templates/sessie.md'), '---\ntitel: "INVULLEN: titel"\n---\n');
    expect(await agreed(root)).toEqual(before);
    expect(readFileSync(cacheFile, 'utf8')).toBe(stored);
  });

  it('ignores a damaged cache file', async () => {
    const root = copyToTemp(fixture('rules'));
    const before = await agreed(root);
    writeFileSync(join(root, '.ef-cache/check.json'), '{"format":1,"build":');
    expect(await check(root)).toEqual(before);
  });

  it('ignores and rebuilds a cache whose contents have the wrong types', async () => {
    const root = copyToTemp(fixture('rules'));
    const before = await agreed(root);
    const cacheFile = join(root, '.ef-cache/check.json');
    const good = readFileSync(cacheFile, 'utf8');
    type Cache = { config: Record<string, unknown>; files: Record<string, unknown[]>; texts: unknown[][] };
    const damages: Array<(cache: Cache) => void> = [
      // A severity the reporters do not know (it crashed the human format before).
      (cache) => (cache.texts[0]![1] = 7),
      // A message line that is text, and a message pointing past the table of texts.
      (cache) => {
        const withMessages = Object.values(cache.files).find((file) => file.length === 4)!;
        (withMessages[3] as unknown[])[0] = 'twee';
      },
      (cache) => {
        const withMessages = Object.values(cache.files).find((file) => file.length === 4)!;
        (withMessages[3] as unknown[])[2] = 10_000;
      },
      // Facts, stat and config of the wrong type.
      (cache) => (Object.values(cache.files)[0]![2] = { valid: 'ja' }),
      (cache) => (Object.values(cache.files)[0]![1] = 12),
      (cache) => (cache.config['team'] = 'iedereen'),
    ];
    for (const damage of damages) {
      const cache = JSON.parse(good) as Cache;
      damage(cache);
      for (const format of ['json', 'human']) {
        writeFileSync(cacheFile, JSON.stringify(cache));
        const run = await efInProcess(['check', '--format', format], { cwd: root });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(before.code);
        if (format === 'json') expect(JSON.parse(run.stdout)).toEqual(before.json);
        else expect(run.stdout).toContain('sessies/2021-02-30-datum.md');
        // The check rebuilt it, whole and valid (a file's stat is kept once the file
        // has been left alone for a few seconds, so that part may differ).
        expect(withoutStats(readFileSync(cacheFile, 'utf8'))).toEqual(withoutStats(good));
      }
    }
  });

  it('keeps itself out of Git', async () => {
    const root = copyToTemp(fixture('valid-minimal'));
    await check(root);
    expect(readFileSync(join(root, '.ef-cache/.gitignore'), 'utf8')).toBe('*\n');
  });
});

/** A cache file's contents with the stat of each file left out. */
function withoutStats(text: string): unknown {
  const cache = JSON.parse(text) as { files: Record<string, unknown[]> };
  for (const file of Object.values(cache.files)) file[1] = '';
  return cache;
}

/** The stat the cache keeps of each file (empty: not yet trusted). */
function storedStats(root: string): string[] {
  const cache = JSON.parse(readFileSync(join(root, '.ef-cache/check.json'), 'utf8')) as { files: Record<string, unknown[]> };
  return Object.values(cache.files).map((file) => file[1] as string);
}
