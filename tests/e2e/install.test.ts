// ef as another municipality gets it: `npm pack`, the tarball installed globally into a
// temporary prefix, `ef init` a new logbook outside this repository whose package.json
// points at the tarball, `npm install` there, and then the commands of the README with
// `npx --no-install ef`: new files, check, and reports in md, html and pdf (so the
// templates, the fonts and the Typst compiler are found from the installed package).
// It needs the npm registry for ef's dependencies (or npm's cache: --prefer-offline).
// `npm run test:install` runs it (vitest.install.config.ts); `npm test` leaves it out.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT, tempDir } from '../helpers/ef.js';

const own = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };

/** The machine's environment without what `npm test` adds (npm_* variables): a user's shell. */
function userEnv(path: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, PATH: path, NO_COLOR: '1', TZ: 'Europe/Amsterdam', CI: 'true' };
}

interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without blocking the test worker (npm install takes a while). */
function attempt(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout, stderr });
    });
  });
}

async function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  const result = await attempt(command, args, cwd, env);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) gaf ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Fills in every INVULLEN placeholder the way a user would: with real text. */
function fillIn(path: string): void {
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('INVULLEN: ', ''));
}

describe.skipIf(process.platform === 'win32')('ef installed from its tarball, outside this repository', () => {
  it(
    'packs only what the command needs, installs, and runs init, new, check and report',
    async () => {
      const work = tempDir();
      const systemPath = `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`;
      const plain = userEnv(systemPath);

      // 1. The tarball: the built dist/ (npm run test:install builds first), no scripts run again.
      const packed = JSON.parse((await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], PROJECT, plain)).stdout) as Array<{
        filename: string;
        files: Array<{ path: string }>;
      }>;
      const tarball = join(work, packed[0]!.filename);
      const shipped = packed[0]!.files.map((file) => file.path);
      expect(packed[0]!.filename).toBe(`excellent-faciliteren-ef-${own.version}.tgz`);
      expect(shipped).toEqual(expect.arrayContaining(['bin/ef', 'dist/cli/bin.js', 'templates/sessie.md', 'action/publiceer.sh', 'LICENSE', 'CHANGELOG.md', 'README.md', 'package.json']));
      // Nothing of the repository itself: no sources, tests, logbook, reports or docs.
      expect(shipped.filter((path) => /^(src|tests|logbook|reports|docs|bench|scripts|\.github)\//.test(path))).toEqual([]);
      // The code cache of this checkout's runs (src/cli/code-cache.ts) is not part of ef.
      expect(shipped).toEqual(expect.arrayContaining(['bin/ef.cjs', 'dist/cli/ef.cjs', 'dist/cli/start.cjs']));
      expect(shipped.filter((path) => path.startsWith('dist/code-cache'))).toEqual([]);

      // 2. Globally, into a temporary prefix: `ef` on the PATH.
      const prefix = join(work, 'prefix');
      await sh('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], work, plain);
      const global = userEnv(`${join(prefix, 'bin')}:${systemPath}`);
      expect((await sh('ef', ['--version'], work, global)).stdout.trim()).toBe(own.version);

      // 3. A new logbook whose package.json gets ef from the tarball.
      const init = await sh(
        'ef',
        ['init', 'altena', '--organisatie', 'Gemeente Altena', '--leerroute', 'Excellent Faciliteren', '--team', 'Anna de Vries', '--ef-bron', tarball],
        work,
        global,
      );
      expect(init.stdout).toContain('npx --no-install ef new-session');
      const logbook = join(work, 'altena');
      expect(JSON.parse(readFileSync(join(logbook, 'package.json'), 'utf8')).devDependencies).toEqual({
        [own.name]: `file:../${packed[0]!.filename}`,
      });

      // 4. Locally, as the README says; from here on the global ef is not on the PATH.
      await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], logbook, plain);
      expect(existsSync(join(logbook, 'package-lock.json'))).toBe(true);
      const npx = (...args: string[]) => sh('npx', ['--no-install', 'ef', ...args], logbook, plain);
      expect((await npx('--version')).stdout.trim()).toBe(own.version);

      const kase = await npx('new-case', '--titel', 'Groene daken', '--sdg', '13', '--initiatiefnemer', 'Bewonersgroep');
      expect(kase.stdout).toContain('Nieuw bestand: casussen/groene-daken.md');
      expect(kase.stdout).toContain('npx --no-install ef check casussen/groene-daken.md');
      const session = await npx(
        'new-session', '--titel', 'Eerste sessie', '--datum', '2026-11-20', '--soort', 'interactief',
        '--begeleiding', 'Anna de Vries', '--casus', 'groene-daken', '--deelnemer', 'beleidsmedewerker',
      );
      expect(session.stdout).toContain('Nieuw bestand: sessies/2026-11-20-eerste-sessie.md');
      await npx('new', 'rapportage', '--periode', '2026-Q4');

      // Placeholders left: ef check fails, and says where.
      const unfilled = await attempt('npx', ['--no-install', 'ef', 'check'], logbook, plain);
      expect(unfilled.status).toBe(1);
      expect(unfilled.stdout).toContain('casussen/groene-daken.md:');

      for (const path of ['casussen/groene-daken.md', 'sessies/2026-11-20-eerste-sessie.md', 'rapportages/rapportage-1.md']) fillIn(join(logbook, path));
      expect((await npx('check')).stdout).toContain('geen fouten');

      const written = (await npx('report', '--format', 'md,html,pdf')).stdout.trim().split('\n');
      expect(written).toEqual(expect.arrayContaining(['reports/rapportage-1.md', 'reports/rapportage-1.html', 'reports/rapportage-1.pdf']));
      const pdf = readFileSync(join(logbook, 'reports/rapportage-1.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readFileSync(join(logbook, 'reports/rapportage-1.md'), 'utf8')).toContain('Groene daken');

      // The publish step of the generated workflow, exactly as GitHub runs it, finds its
      // script inside the installed package.
      const workflow = parse(readFileSync(join(logbook, '.github/workflows/ef.yml'), 'utf8')) as {
        jobs: Record<string, { steps: Array<{ run?: string }> }>;
      };
      const publish = workflow.jobs['rapportages']!.steps.find((step) => step.run?.includes('publiceer.sh'))!.run!;
      await sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', publish], logbook, plain);
      expect(readFileSync(join(logbook, 'publicatie/site/index.html'), 'utf8')).toContain('<a href="rapportage-1-publiek.html">');
      expect(existsSync(join(logbook, 'publicatie/intern/rapportage-1.pdf'))).toBe(true);

      // The global ef works on the same logbook too (its own templates, fonts, Typst).
      expect((await sh('ef', ['check'], logbook, global)).stdout).toContain('geen fouten');
      await sh('ef', ['logbook', '--format', 'pdf', '--audience', 'publiek', '--out', 'publiek'], logbook, global);
      expect(readdirSync(join(logbook, 'publiek'))).toContain('logboek-publiek.pdf');
    },
    600_000,
  );
});
