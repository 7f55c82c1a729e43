// ef stats as a user runs it: the built binary (and run() in-process for the same output).
import { describe, expect, it } from 'vitest';
import { ef, efInProcess, fixture, PROJECT } from '../helpers/ef.js';

const reeks = fixture('monitoring-reeks');

describe('ef stats', () => {
  it('prints a Dutch table for the whole logbook by default', async () => {
    const result = await efInProcess(['stats', '--root', reeks]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out.split('\n')[0]).toBe('Monitoring: het hele logboek (14 januari t/m 1 september 2021)');
    expect(out).toMatch(/^ {2}Interactieve bijeenkomst +2$/m);
    expect(out).toMatch(/^ {2}Anders +0$/m);
    expect(out).toMatch(/^ {2}uit de eigen organisatie +10$/m);
    expect(out).toMatch(/^ {2}van buiten de organisatie +3$/m);
    expect(out).toMatch(/^ {2}verschillende functies +9$/m);
    expect(out).toMatch(/^ {2}Gepauzeerd +0 +1$/m);
    expect(out).toMatch(/^ {2}11 +Duurzame steden en gemeenschappen +2$/m);
    expect(out).toMatch(/^ {2}Responsieve overheid +5 +1 +6$/m);
    expect(out).toMatch(/^ {2}alle rollen +10 +3 +13$/m);
    expect(out).toMatch(/^ {2}2021-03 +2 +6 +5 +4 +1 +1 +1 +3 +2$/m);
    expect(out).toMatch(/^ {2}Gebiedsregisseur +1$/m);
    expect(out).not.toContain('Bea Groen');
    // No escape sequences: plain text for terminals, mails and CI logs.
    expect(out).not.toContain('\u001b');
  });

  it('takes --period, also as a rapportage number', async () => {
    const byQuarter = await efInProcess(['stats', '--root', reeks, '--period', '2021-Q1']);
    expect(byQuarter.code).toBe(0);
    expect(byQuarter.stdout.split('\n')[0]).toBe('Monitoring: eerste kwartaal 2021 (1 januari t/m 31 maart 2021)');
    expect(byQuarter.stdout).toMatch(/^ {2}totaal +3$/m);
    const byNumber = await efInProcess(['stats', '--root', reeks, '--period', '1']);
    expect(byNumber.stdout).toBe(byQuarter.stdout);
  });

  it('prints the Monitoring object as JSON with --json, keys in a fixed order', async () => {
    const result = await efInProcess(['stats', '--root', reeks, '--period', '2021-Q1', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['periode', 'sessies', 'deelnemers', 'casussen', 'sdgs', 'rollen', 'perMaand', 'activiteiten']);
    expect(json.periode).toEqual({ van: '2021-01-01', tot: '2021-03-31', label: 'eerste kwartaal 2021' });
    expect(json.sessies.totaal).toBe(3);
    expect(json.deelnemers).toMatchObject({ totaal: 10, intern: 8, extern: 2 });
    expect(json.rollen.totaal).toBe(9);
    expect(json.perMaand.map((row: { maand: string }) => row.maand)).toEqual(['2021-01', '2021-02', '2021-03']);
    // Two-space indent, a final newline, and the same text as JSON.stringify of the parsed object.
    expect(result.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('gives the same bytes in another time zone and locale, and in-process', async () => {
    // Real processes: a time zone and locale only take effect when a process starts.
    const base = ef(['stats', '--root', reeks, '--json']);
    const other = ef(['stats', '--root', reeks, '--json'], {
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', TZ: 'Pacific/Kiritimati', LANG: 'nl_NL.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    expect(other.stdout).toBe(base.stdout);
    const inProcess = await efInProcess(['stats', '--root', reeks, '--json']);
    expect(inProcess.stdout).toBe(base.stdout);
    expect(inProcess.code).toBe(0);
  });

  it('works on the embedded Delft logbook from the repository', async () => {
    const result = await efInProcess(['stats', '--period', 'rapportage-2'], { cwd: PROJECT });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}Evaluatiebijeenkomst +1$/m);
    expect(result.stdout).toMatch(/^ {2}alle rollen +7 +5 +12$/m);
  });

  it('refuses a logbook with errors: exit 1, the errors on stderr, nothing on stdout', async () => {
    const result = await efInProcess(['stats', '--root', fixture('monitoring-kapot')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('2021-02-02-kapot.md:4:8');
    expect(result.stderr).toContain('schema-enum');
  });

  it('stops with exit 2 and the accepted forms for a period it does not know', async () => {
    const result = await efInProcess(['stats', '--root', reeks, '--period', '2021-Q5']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('De periode "2021-Q5" wordt niet herkend');
    for (const form of ['2021-H1', '2021-Q1', '2021-03', '2021-01-01..2021-03-15', 'rapportage-2 of 2']) expect(result.stderr).toContain(form);
    expect(result.stderr).toContain('Rapportages in dit logboek: rapportage-1.');
  });

  it('has Dutch help with examples', async () => {
    const result = await efInProcess(['stats', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gebruik: ef stats [opties]');
    expect(result.stdout).toContain('$ ef stats --period 2021-Q1');
    expect(result.stdout).toContain('--json');
  });
});
