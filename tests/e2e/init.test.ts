// ef init, run as the built binary in temporary folders.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, checkJson, cleanEnv, ef, tempDir } from '../helpers/ef.js';

const env = cleanEnv({ EF_TODAY: '2021-03-11' });
const FLAGS = ['--organisatie', 'Gemeente Altena', '--leerroute', 'Excellent Faciliteren', '--team', 'Anna de Vries', '--team', 'Bram Jansen'];

const EXPECTED = [
  'ef.config.yaml',
  'casussen/.gitkeep',
  'sessies/.gitkeep',
  'activiteiten/.gitkeep',
  'portretten/.gitkeep',
  'rapportages/.gitkeep',
  'README.md',
  '.gitignore',
  '.github/workflows/ef.yml',
  '.editorconfig',
  '.vscode/settings.json',
  'package.json',
];

describe('ef init', () => {
  it('makes a logbook that passes ef check', () => {
    const parent = tempDir();
    const result = ef(['init', 'altena', ...FLAGS], { cwd: parent, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nieuw logboek in altena:');
    const root = join(parent, 'altena');
    for (const path of EXPECTED) expect(existsSync(join(root, path)), path).toBe(true);

    expect(parse(readFileSync(join(root, 'ef.config.yaml'), 'utf8'))).toEqual({
      organisatie: 'Gemeente Altena',
      leerroute: 'Excellent Faciliteren',
      titel: 'Logboek Excellent Faciliteren',
      team: [{ naam: 'Anna de Vries' }, { naam: 'Bram Jansen' }],
      partners: [],
    });
    const { code, json } = checkJson(root);
    expect(json.messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('writes a workflow that checks pull requests and regenerates reports on main', () => {
    const root = join(tempDir(), 'lb');
    expect(ef(['init', root, ...FLAGS], { env }).code).toBe(0);
    const workflow = parse(readFileSync(join(root, '.github/workflows/ef.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }>; if?: string }>;
    };
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.map((step) => step.uses).filter(Boolean)).toEqual(
      expect.arrayContaining(['actions/checkout@v4', 'actions/setup-node@v4']),
    );
    const setupNode = steps.find((step) => step.uses === 'actions/setup-node@v4')!;
    expect(setupNode.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    const runs = steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npx ef check');
    expect(runs).toContain('npx ef logbook');
    expect(runs).toContain('npx ef report --period');
    expect(workflow.jobs['reports']!.if).toContain('refs/heads/main');

    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npx ef new-session');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toMatchObject({
      private: true,
      devDependencies: { ef: expect.any(String) },
    });
  });

  it('starts in a folder with only .git, and new files made in it fail check only on placeholders', () => {
    const root = tempDir();
    mkdirSync(join(root, '.git'));
    expect(ef(['init', ...FLAGS, '--ef-bron', 'github:voorbeeld/ef'], { cwd: root, env }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.ef).toBe('github:voorbeeld/ef');
    expect(ef(['new-case', '--titel', 'Groene daken', '--sdg', '13'], { cwd: root, env }).code).toBe(0);
    expect(
      ef(['new-session', '--titel', 'Start', '--soort', 'interactief', '--begeleiding', 'Anna', '--casus', 'groene-daken'], { cwd: root, env }).code,
    ).toBe(0);
    const { json } = checkJson(root);
    expect(json.messages.length).toBeGreaterThan(0);
    expect(json.messages.filter((message) => !['placeholder', 'criterium-missing'].includes(message.rule))).toEqual([]);
  });

  it('refuses a folder that is not empty, and with --force only adds what is missing', () => {
    const root = join(tempDir(), 'lb');
    expect(ef(['init', root, ...FLAGS], { env }).code).toBe(0);
    writeFileSync(join(root, 'README.md'), 'Onze eigen uitleg.\n');
    const config = readFileSync(join(root, 'ef.config.yaml'), 'utf8');

    const refused = ef(['init', 'lb', ...FLAGS], { cwd: join(root, '..'), env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('de map lb is niet leeg');
    expect(refused.stderr).toContain('--force');

    const forced = ef(['init', 'lb', '--force', '--organisatie', 'Iets anders', '--leerroute', 'X', '--team', 'Y'], { cwd: join(root, '..'), env });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Bestond al en is niet aangeraakt:');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('Onze eigen uitleg.\n');
    expect(readFileSync(join(root, 'ef.config.yaml'), 'utf8')).toBe(config);
  });

  it('names every missing flag in one message and makes nothing', () => {
    const parent = tempDir();
    const result = ef(['init', 'nieuw'], { cwd: parent, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ontbreken de opties --organisatie, --leerroute en --team');
    expect(existsSync(join(parent, 'nieuw'))).toBe(false);

    const duplicate = ef(['init', 'nieuw', '--organisatie', 'G', '--leerroute', 'L', '--team', 'A', '--team', 'A'], { cwd: parent, env });
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('A staat twee keer bij --team');
  });

  it('copies the templates with --sjablonen, and new files use them', () => {
    const root = join(tempDir(), 'lb');
    expect(ef(['init', root, ...FLAGS, '--sjablonen'], { env }).code).toBe(0);
    const own = join(root, 'templates/activiteit.md');
    expect(existsSync(own)).toBe(true);
    writeFileSync(own, readFileSync(own, 'utf8').replace('INVULLEN: wat er gebeurde', 'INVULLEN: ons eigen sjabloon'));
    expect(ef(['new', 'activiteit', '--titel', 'Video', '--soort', 'video'], { cwd: root, env }).code).toBe(0);
    expect(readFileSync(join(root, 'activiteiten/2021-03-11-video.md'), 'utf8')).toContain('ons eigen sjabloon');
  });

  it.skipIf(process.platform === 'win32')(
    'has a report step that really makes the reports of a fresh logbook',
    () => {
      const root = join(tempDir(), 'lb');
      expect(ef(['init', root, ...FLAGS], { env }).code).toBe(0);
      expect(ef(['new', 'rapportage', '--periode', '2021-Q1'], { cwd: root, env }).code).toBe(0);
      const rapportage = join(root, 'rapportages/rapportage-1.md');
      writeFileSync(rapportage, readFileSync(rapportage, 'utf8').replace(/^INVULLEN: .*$/m, 'De eerste rapportage.'));
      const workflow = parse(readFileSync(join(root, '.github/workflows/ef.yml'), 'utf8')) as {
        jobs: { reports: { steps: Array<{ name?: string; run?: string }> } };
      };
      const script = workflow.jobs.reports.steps.find((step) => step.run?.includes('ef report'))!.run!;
      // GitHub runs `run:` steps with `bash --noprofile --norc -eo pipefail`.
      // `npx ef` in CI is this ef here: a shim on PATH stands in for the installed package.
      mkdirSync(join(root, '..', 'bin'));
      writeFileSync(join(root, '..', 'bin', 'ef'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script.replaceAll('npx ef', 'ef')], {
        cwd: root,
        env: { ...env, PATH: `${join(root, '..', 'bin')}:${env['PATH']}` },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const name of ['logboek.md', 'rapportage-1.md', 'rapportage-1-publiek.pdf', 'logboek-publiek.html']) {
        expect(existsSync(join(root, 'reports', name)), name).toBe(true);
      }
    },
    150_000,
  );
});
