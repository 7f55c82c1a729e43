// Control characters from a file never reach a terminal, a CI log or a report raw, and
// a value cannot forge a GitHub workflow command. Fixtures: stuurtekens (a valid
// logbook whose values hold ESC, BEL, NUL, `\r`, OSC 8 and C1 CSI, written as YAML
// escapes) and stuurtekens-fout (a value with `\n::warning …` that ef reports).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, efInProcess, fixture, tempDir } from '../helpers/ef.js';

// Every C0 control but tab and newline, DEL, and every C1 control.
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const GITHUB = cleanEnv({ GITHUB_ACTIONS: 'true' });

/**
 * Lines GitHub would read as a workflow command other than ef's own `::error …`:
 * `::name` at the start of a line (after spaces), or the old `##[name]` anywhere in a
 * line that is not itself a command.
 */
function forged(output: string): string[] {
  return output.split('\n').filter((line) => (/^\s*::/.test(line) || line.includes('##[')) && !line.startsWith('::error file='));
}

describe('ef check prints no raw control characters', () => {
  it.each(['human', 'json', 'github'])('--format %s', async (format) => {
    const result = await efInProcess(['check', '--no-cache', '--format', format], { cwd: fixture('stuurtekens-fout') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('soort');
    expect(result.stdout).not.toMatch(RAW);
    if (format !== 'json') expect(forged(result.stdout)).toEqual([]);
  });

  it('shows what was there: ESC as ␛ and the newline as ␊ (human)', async () => {
    const result = await efInProcess(['check', '--no-cache', '--root', fixture('stuurtekens-fout')]);
    expect(result.stdout).toContain('"x␛[31m␊#＃[warning]NEP␊::warning');
  });
});

it('an unknown option with an escape sequence is quoted without it', async () => {
  const result = await efInProcess(['check', '--\u001b[31mrood']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("onbekende optie '--␛[31mrood'");
  expect(result.stderr).not.toMatch(RAW);
});

describe('on GitHub Actions every command prints check errors as workflow commands that cannot be forged', () => {
  const commands = [['report', '--period', '2021'], ['logbook'], ['card'], ['stats']];
  it.each(commands)('ef %s', async (...command) => {
    const result = await efInProcess(command, { cwd: fixture('stuurtekens-fout'), env: GITHUB });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('::error file=sessies/2021-03-04-moestuin.md,line=7,col=8,title=ef schema-enum::');
    expect(result.stderr).toContain('Er is niets gemaakt');
    expect(forged(result.stderr)).toEqual([]);
    expect(result.stderr).not.toMatch(RAW);
  });
});

describe('reports hold no control characters', () => {
  it('ef logbook --format md,html: NUL, ESC, BEL, CR and C1 from values are shown, not written raw', async () => {
    const out = tempDir();
    const result = await efInProcess(['logbook', '--format', 'md,html', '--root', fixture('stuurtekens'), '--out', out]);
    expect(result.code).toBe(0);
    for (const name of ['logboek.md', 'logboek.html']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text, name).not.toMatch(RAW);
      // (Markdown escapes some `[` and `:` with a backslash; the pictures are what matters.)
      expect(text, name).toContain('Moestuin ␀ in de ␛');
      expect(text, name).toContain('␇ klaar');
      expect(text, name).toContain('wijkregisseur ␛]8;;');
    }
  });

  it('ef stats on GitHub Actions: a value cannot start a workflow command in the table', async () => {
    const result = await efInProcess(['stats', '--root', fixture('stuurtekens')], { env: GITHUB });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('：:warning file=README.md::NEP #＃[warning]oud');
    expect(forged(result.stdout)).toEqual([]);
  });

  it('ef stats prints the values without raw controls, as a table and as JSON', async () => {
    for (const args of [['stats'], ['stats', '--json']]) {
      const result = await efInProcess([...args, '--root', fixture('stuurtekens')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('wijkregisseur');
      expect(result.stdout).not.toMatch(RAW);
    }
  });
});
