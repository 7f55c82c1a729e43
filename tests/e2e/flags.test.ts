// One vocabulary of flags, Dutch help everywhere, and what CI needs from ef check.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, copyToTemp, efInProcess, fixture, tempDir } from '../helpers/ef.js';

const COMMANDS = ['init', 'new-session', 'new-case', 'new', 'check', 'fix', 'logbook', 'report', 'stats', 'schema', 'card', 'editor'];

describe('flags that mean the same everywhere', () => {
  it('ef new rapportage takes --period like ef report, and --periode still works', async () => {
    const root = copyToTemp(fixture('scaffold-logbook'));
    const period = await efInProcess(['new', 'rapportage', '--period', '2021-Q2'], { cwd: root });
    expect(period.stderr).toBe('');
    expect(period.code).toBe(0);
    expect(readFileSync(join(root, 'rapportages/rapportage-2.md'), 'utf8')).toContain('periode: "2021-Q2"');
    const periode = await efInProcess(['new', 'rapportage', '--periode', '2021-Q3'], { cwd: root });
    expect(periode.code).toBe(0);
    expect(readFileSync(join(root, 'rapportages/rapportage-3.md'), 'utf8')).toContain('periode: "2021-Q3"');
    const missing = await efInProcess(['new', 'rapportage'], { cwd: root });
    expect(missing.stderr).toContain('ontbreekt de optie --period.');
    const help = await efInProcess(['new', '--help'], { cwd: root });
    expect(help.stdout).toContain('--period <periode>');
    expect(help.stdout).not.toContain('--periode');
  });

  it('ef stats offers --format json like ef check, and --json still works', async () => {
    const format = await efInProcess(['stats', '--format', 'json'], { cwd: fixture('valid-minimal') });
    const json = await efInProcess(['stats', '--json'], { cwd: fixture('valid-minimal') });
    expect(format.code).toBe(0);
    expect(format.stdout).toBe(json.stdout);
    expect(JSON.parse(format.stdout)).toHaveProperty('sessies');
    const wrong = await efInProcess(['stats', '--format', 'xml'], { cwd: fixture('valid-minimal') });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Kies uit: human, json.');
  });

  it('takes --root <map> after every command, and shows it in every command’s help', async () => {
    const elsewhere = tempDir();
    const root = fixture('valid-minimal');
    expect((await efInProcess(['check', '--root', root, '--no-cache'], { cwd: elsewhere })).code).toBe(0);
    expect((await efInProcess(['fix', '--dry-run', '--root', root], { cwd: elsewhere })).stdout).toBe('Niets te repareren.\n');
    expect((await efInProcess(['stats', '--root', root, '--format', 'json'], { cwd: elsewhere })).code).toBe(0);
    for (const command of COMMANDS) {
      const help = await efInProcess([command, '--help'], { cwd: elsewhere });
      expect(help.stdout, command).toMatch(/Algemene opties:\n(?:.*\n)*\s+--root <map>/);
    }
  });
});

describe('help in Dutch', () => {
  it('has no English words of commander in any --help', async () => {
    for (const args of [['--help'], ['help'], ...COMMANDS.map((command) => [command, '--help'])]) {
      const help = await efInProcess(args);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout, args.join(' ')).toMatch(/^Gebruik: ef/);
      for (const english of ['[options]', 'Usage:', 'Options:', 'Commands:', 'Arguments:', 'choices:', 'default:', 'preset:', 'display help']) {
        expect(help.stdout, `${args.join(' ')}: ${english}`).not.toContain(english);
      }
    }
    expect((await efInProcess(['--help'])).stdout).toContain('  check [opties] [paden...]');
    expect((await efInProcess(['check', '--help'])).stdout).toContain('(keuzes: human, json, github)');
  });

  it('reports an unknown command asked for help, with exit 2, instead of the general help', async () => {
    for (const args of [['chek', '--help'], ['help', 'chek'], ['--root', '.', 'chek', '-h']]) {
      const result = await efInProcess(args);
      expect(result, args.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: "ef: onbekende opdracht 'chek'. Bedoel je `check`?\nZie ef --help voor alle opdrachten.\n",
      });
    }
    const unlike = await efInProcess(['help', 'xyz']);
    expect(unlike.stderr).toBe("ef: onbekende opdracht 'xyz'.\nZie ef --help voor alle opdrachten.\n");
  });
});

describe('ef check in CI', () => {
  /** A valid logbook with one warning: a Markdown file that ef does not read. */
  function withOneWarning(): string {
    const root = copyToTemp(fixture('valid-minimal'));
    writeFileSync(join(root, 'notities.md'), '# Notities\n');
    return root;
  }

  it('--max-warnings N fails with more than N warnings, as in eslint', async () => {
    const root = withOneWarning();
    expect((await efInProcess(['check', '--no-cache'], { cwd: root })).code).toBe(0);
    expect((await efInProcess(['check', '--no-cache', '--max-warnings', '1'], { cwd: root })).code).toBe(0);
    const over = await efInProcess(['check', '--no-cache', '--max-warnings', '0'], { cwd: root });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('ef: 1 waarschuwingen, meer dan de 0 die --max-warnings toestaat.\n');
    const wrong = await efInProcess(['check', '--max-warnings', 'veel'], { cwd: root });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--max-warnings veel: geef een geheel getal van 0 of meer.');
  });

  it('writes every message as a Markdown table to the job summary in GitHub Actions', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, 'eerder\n');
    const env = cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    const result = await efInProcess(['check', '--no-cache'], { cwd: fixture('rules'), env });
    expect(result.stdout).toMatch(/^::error file=/);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('eerder\n## ef check\n')).toBe(true);
    const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| bestand') && !line.startsWith('| ---'));
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(rows.length).toBe(annotations.length);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toContain(
      '| sessies/2021-03-01-onbekende-casus.md | 5 | 8 | fout | casus-unknown | De casus `buurtmoestuinn` bestaat niet: er is geen bestand casussen/buurtmoestuinn.md. Bedoel je `buurtmoestuin`? |',
    );
    // Outside GitHub Actions nothing is written.
    const quiet = join(tempDir(), 'summary.md');
    await efInProcess(['check', '--no-cache'], { cwd: fixture('rules'), env: cleanEnv({ GITHUB_STEP_SUMMARY: quiet }) });
    expect(existsSync(quiet)).toBe(false);
  });
});
