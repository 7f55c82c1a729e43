// ef init, run as the built binary in temporary folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/scaffold/init-workflow.js';
import { BIN, checkJson, cleanEnv, efInProcess, PROJECT, tempDir } from '../helpers/ef.js';

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
  it('makes a logbook that passes ef check', async () => {
    const parent = tempDir();
    const result = await efInProcess(['init', 'altena', ...FLAGS], { cwd: parent, env });
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
    const { code, json } = await checkJson(root);
    expect(json.messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('writes a workflow that checks pull requests and publishes on main, and depends on this very package', async () => {
    const root = join(tempDir(), 'lb');
    const result = await efInProcess(['init', root, ...FLAGS], { env });
    expect(result.code).toBe(0);
    const workflow = parse(readFileSync(join(root, '.github/workflows/ef.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }>; if?: string }>;
    };
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.map((step) => step.uses).filter(Boolean)).toEqual(
      expect.arrayContaining([`actions/checkout@${ACTIONS.checkout.sha}`, `actions/setup-node@${ACTIONS.setupNode.sha}`]),
    );
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!;
    expect(setupNode.with).toMatchObject({ 'node-version': 24, cache: 'npm' });
    const runs = steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npx --no-install ef check');
    expect(runs).toContain('publiceer.sh publicatie');
    expect(workflow.jobs['rapportages']!.if).toContain('refs/heads/main');

    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npx --no-install ef new-session');
    const own = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toMatchObject({
      private: true,
      devDependencies: { [own.name]: `~${own.version}` },
    });
    expect(own.name).toBe('@excellent-faciliteren/ef');
    // The printed next steps, as a user would type them.
    expect(result.stdout).toContain('npm install');
    expect(result.stdout).toContain('npx --no-install ef new-case');
    expect(result.stdout).toContain(`${own.name} ~${own.version}`);
  });

  it('never writes a bare `npx ef` (that could run an unrelated package called ef)', async () => {
    for (const workflow of ['npm', 'actie']) {
      const root = join(tempDir(), 'lb');
      const result = await efInProcess(['init', root, ...FLAGS, '--workflow', workflow], { env });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/npx ef\b/);
      const files = filesUnder(root);
      expect(files).toEqual(expect.arrayContaining(['.vscode/tasks.json', '.githooks/pre-commit', 'README.md', '.github/workflows/ef.yml']));
      for (const path of files) expect(readFileSync(join(root, path), 'utf8'), path).not.toMatch(/npx ef\b/);
      expect(readFileSync(join(root, '.vscode/tasks.json'), 'utf8')).toContain('npx --no-install ef check');
    }
  });

  it('prints commands the way ef was started: `npx --no-install ef …` under npx, `ef …` otherwise', async () => {
    const root = join(tempDir(), 'lb');
    expect((await efInProcess(['init', root, ...FLAGS], { env })).code).toBe(0);
    const flags = ['new-session', '--titel', 'Start', '--soort', 'interactief', '--begeleiding', 'Anna de Vries'];
    const viaNpx = await efInProcess(flags, { cwd: root, env: { ...env, npm_command: 'exec' } });
    expect(viaNpx.code).toBe(0);
    expect(viaNpx.stdout).toContain('maak de casus aan met `npx --no-install ef new-case`');
    expect(viaNpx.stdout).toContain('Controleer het bestand daarna met: npx --no-install ef check sessies/2021-03-11-start.md');
    const plain = await efInProcess([...flags, '--titel', 'Tweede', '--datum', '2021-03-12'], { cwd: root, env });
    expect(plain.stdout).toContain('maak de casus aan met `ef new-case`');
    expect(plain.stdout).toContain('Controleer het bestand daarna met: ef check sessies/2021-03-12-tweede.md');
  });

  it('--workflow actie uses the GitHub Action of ef, and says so in the README', async () => {
    const root = join(tempDir(), 'lb');
    expect((await efInProcess(['init', root, ...FLAGS, '--workflow', 'actie'], { env })).code).toBe(0);
    const text = readFileSync(join(root, '.github/workflows/ef.yml'), 'utf8');
    expect(text).toContain('uses: excellent-faciliteren/ef@v1');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('GitHub Action van ef');
    const wrong = await efInProcess(['init', join(tempDir(), 'x'), ...FLAGS, '--workflow', 'docker'], { env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--workflow docker bestaat niet; kies npm of actie');
  });

  it('--ef-bron takes a Git URL as is and a tarball as a path from the new logbook', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'ef-0.1.0.tgz'), '');
    expect((await efInProcess(['init', 'lb', ...FLAGS, '--ef-bron', 'ef-0.1.0.tgz'], { cwd: parent, env })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'lb/package.json'), 'utf8')).devDependencies).toEqual({
      '@excellent-faciliteren/ef': 'file:../ef-0.1.0.tgz',
    });
    expect((await efInProcess(['init', 'git', ...FLAGS, '--ef-bron', 'git+https://example.org/ef.git#v0.1.0'], { cwd: parent, env })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'git/package.json'), 'utf8')).devDependencies['@excellent-faciliteren/ef']).toBe(
      'git+https://example.org/ef.git#v0.1.0',
    );
    const missing = await efInProcess(['init', 'nergens', ...FLAGS, '--ef-bron', './bestaat-niet.tgz'], { cwd: parent, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--ef-bron ./bestaat-niet.tgz: dat bestand of die map bestaat niet');
    expect(existsSync(join(parent, 'nergens'))).toBe(false);
  });

  it('starts in a folder with only .git, and new files made in it fail check only on placeholders', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.git'));
    expect((await efInProcess(['init', ...FLAGS, '--ef-bron', 'github:voorbeeld/ef'], { cwd: root, env })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['@excellent-faciliteren/ef']).toBe('github:voorbeeld/ef');
    expect((await efInProcess(['new-case', '--titel', 'Groene daken', '--sdg', '13'], { cwd: root, env })).code).toBe(0);
    expect(
      (await efInProcess(['new-session', '--titel', 'Start', '--soort', 'interactief', '--begeleiding', 'Anna', '--casus', 'groene-daken'], { cwd: root, env })).code,
    ).toBe(0);
    const { json } = await checkJson(root);
    expect(json.messages.length).toBeGreaterThan(0);
    expect(json.messages.filter((message) => !['placeholder', 'criterium-missing'].includes(message.rule))).toEqual([]);
  });

  it('refuses a folder that is not empty, and with --force only adds what is missing', async () => {
    const root = join(tempDir(), 'lb');
    expect((await efInProcess(['init', root, ...FLAGS], { env })).code).toBe(0);
    writeFileSync(join(root, 'README.md'), 'Onze eigen uitleg.\n');
    const config = readFileSync(join(root, 'ef.config.yaml'), 'utf8');

    const refused = await efInProcess(['init', 'lb', ...FLAGS], { cwd: join(root, '..'), env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('de map lb is niet leeg');
    expect(refused.stderr).toContain('--force');

    const forced = await efInProcess(['init', 'lb', '--force', '--organisatie', 'Iets anders', '--leerroute', 'X', '--team', 'Y'], { cwd: join(root, '..'), env });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Bestond al en is niet aangeraakt:');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('Onze eigen uitleg.\n');
    expect(readFileSync(join(root, 'ef.config.yaml'), 'utf8')).toBe(config);
  });

  it('names every missing flag in one message and makes nothing', async () => {
    const parent = tempDir();
    const result = await efInProcess(['init', 'nieuw'], { cwd: parent, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ontbreken de opties --organisatie, --leerroute en --team');
    expect(existsSync(join(parent, 'nieuw'))).toBe(false);

    const duplicate = await efInProcess(['init', 'nieuw', '--organisatie', 'G', '--leerroute', 'L', '--team', 'A', '--team', 'A'], { cwd: parent, env });
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('A staat twee keer bij --team');
  });

  it('copies the templates with --sjablonen, and new files use them', async () => {
    const root = join(tempDir(), 'lb');
    expect((await efInProcess(['init', root, ...FLAGS, '--sjablonen'], { env })).code).toBe(0);
    const own = join(root, 'templates/activiteit.md');
    expect(existsSync(own)).toBe(true);
    writeFileSync(own, readFileSync(own, 'utf8').replace('INVULLEN: wat er gebeurde', 'INVULLEN: ons eigen sjabloon'));
    expect((await efInProcess(['new', 'activiteit', '--titel', 'Video', '--soort', 'video'], { cwd: root, env })).code).toBe(0);
    expect(readFileSync(join(root, 'activiteiten/2021-03-11-video.md'), 'utf8')).toContain('ons eigen sjabloon');
  });

  it.skipIf(process.platform === 'win32')(
    'has a publish step that really makes the public site with an index page and every PDF',
    async () => {
      const root = join(tempDir(), 'lb');
      expect((await efInProcess(['init', root, ...FLAGS], { env })).code).toBe(0);
      expect((await efInProcess(['new', 'rapportage', '--periode', '2021-Q1'], { cwd: root, env })).code).toBe(0);
      const rapportage = join(root, 'rapportages/rapportage-1.md');
      writeFileSync(rapportage, readFileSync(rapportage, 'utf8').replace(/^INVULLEN: .*$/m, 'De eerste rapportage.'));
      const workflow = parse(readFileSync(join(root, '.github/workflows/ef.yml'), 'utf8')) as {
        jobs: Record<string, { steps: Array<{ name?: string; run?: string }> }>;
      };
      // The installed package's script is this repository's action/publiceer.sh.
      const publish = workflow.jobs['rapportages']!.steps.find((step) => step.run?.includes('publiceer.sh'))!.run!;
      const markdown = workflow.jobs['markdown']!.steps.find((step) => step.run?.includes('ef report'))!.run!;
      const script = [publish.replace('node_modules/@excellent-faciliteren/ef/action/publiceer.sh', join(PROJECT, 'action/publiceer.sh')), markdown].join('\n');
      // GitHub runs `run:` steps with `bash --noprofile --norc -eo pipefail`. A shim named
      // npx stands in for the installed package: `npx --no-install ef …` runs this ef.
      mkdirSync(join(root, '..', 'bin'));
      writeFileSync(join(root, '..', 'bin', 'npx'), `#!/bin/sh\n[ "$1" = --no-install ] && [ "$2" = ef ] || exit 9\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd: root,
        env: { ...env, PATH: `${join(root, '..', 'bin')}:${env['PATH']}` },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const name of ['site/index.html', 'site/rapportage-1-publiek.html', 'site/rapportage-1-publiek.pdf', 'site/logboek-publiek.html', 'intern/rapportage-1.pdf', 'intern/logboek.pdf']) {
        expect(existsSync(join(root, 'publicatie', name)), name).toBe(true);
      }
      expect(filesUnder(join(root, 'publicatie/site')).filter((path) => /\.(html|pdf)$/.test(path) && !path.includes('-publiek') && path !== 'index.html')).toEqual([]);
      const index = readFileSync(join(root, 'publicatie/site/index.html'), 'utf8');
      expect(index).toContain('<a href="rapportage-1-publiek.html">');
      expect(index).toContain('<a href="logboek-publiek.html">');
      expect(index).toContain('<html lang="nl">');
      for (const name of ['logboek.md', 'rapportage-1.md']) expect(existsSync(join(root, 'reports', name)), name).toBe(true);
    },
    150_000,
  );
});

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}
