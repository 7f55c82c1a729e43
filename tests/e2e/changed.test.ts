// ef check --changed [REF] in a real, temporary Git repository: only the files changed
// since REF and the files that refer to them are reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BIN, checkJson, fixture, PROJECT, tempDir, efInProcess } from '../helpers/ef.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@voorbeeld.example',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@voorbeeld.example',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

const SPEELTUIN = `---
titel: Speeltuin
status: lopend
initiatiefnemer: bewoners
sdgs: [3]
criteria:
  vraag_uit_de_stad: Bewoners vroegen erom.
  voorbeeld: Andere wijken kijken mee.
  veranderende_samenleving: Bewoners beheren zelf.
---

Een speeltuin.
`;

// An alias (\`buiten\`) gives a hint: this file always has a message of its own.
const SESSIE_SPEELTUIN = `---
titel: Speeltuin
datum: 2021-03-05
soort: interactief
casus: speeltuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
    rollen:
      - rol: verbinder
        paradigma: responsief
        gericht: buiten
---

## Opbrengsten

- Samen beheren werkt.
`;

let repo: string;

async function reported(args: string[] = []): Promise<{ code: number; files: string[]; checked: number; rules: string[] }> {
  const { code, json } = await checkJson(repo, ['--changed', ...args]);
  return {
    code,
    files: [...new Set(json.messages.map((m) => m.file))].sort(),
    checked: json.files,
    rules: json.messages.map((m) => m.rule),
  };
}

beforeEach(() => {
  repo = join(tempDir(), 'repo');
  cpSync(fixture('valid-minimal'), repo, { recursive: true });
  writeFileSync(join(repo, 'casussen/speeltuin.md'), SPEELTUIN);
  writeFileSync(join(repo, 'sessies/2021-03-05-speeltuin.md'), SESSIE_SPEELTUIN);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'begin');
});

describe('ef check --changed', () => {
  it('reports nothing when nothing changed, though the whole logbook has a hint', async () => {
    expect((await checkJson(repo)).json.messages.map((m) => m.rule)).toEqual(['vocabulary-alias']);
    const result = await reported();
    expect(result).toEqual({ code: 0, files: [], checked: 0, rules: [] });
  });

  it('reports a changed case and the sessions that refer to it, not the others', async () => {
    appendFileSync(join(repo, 'casussen/speeltuin.md'), '\nNog een zin.\n');
    const result = await reported();
    expect(result.code).toBe(0);
    // The case and its session are checked; only the session has a message.
    expect(result.checked).toBe(2);
    expect(result.files).toEqual(['sessies/2021-03-05-speeltuin.md']);
  });

  it('reports the sessions of a deleted case (their reference is now broken)', async () => {
    git(repo, 'rm', '-q', 'casussen/buurtmoestuin.md');
    const result = await reported();
    expect(result.code).toBe(1);
    expect(result.files).toEqual(['sessies/2021-03-04-moestuin.md']);
    expect(result.rules).toEqual(['casus-unknown']);
  });

  it('reports new (untracked) and staged files', async () => {
    writeFileSync(join(repo, 'sessies/2021-03-06-nieuw.md'), SESSIE_SPEELTUIN.replace('2021-03-05', '2021-03-06').replace('soort: interactief', 'soort: interactieff'));
    const untracked = await reported();
    expect(untracked.code).toBe(1);
    expect(untracked.files).toEqual(['sessies/2021-03-06-nieuw.md']);
    git(repo, 'add', 'sessies/2021-03-06-nieuw.md');
    expect((await reported()).files).toEqual(['sessies/2021-03-06-nieuw.md']);
  });

  it('reports everything when ef.config.yaml changed', async () => {
    appendFileSync(join(repo, 'ef.config.yaml'), 'partners: [A&O fonds Gemeenten]\n');
    expect((await reported()).files).toEqual(['sessies/2021-03-05-speeltuin.md']);
  });

  it('compares with another ref: everything a branch changed since it left main', async () => {
    git(repo, 'checkout', '-q', '-b', 'nieuwe-sessie');
    writeFileSync(join(repo, 'casussen/speeltuin.md'), SPEELTUIN.replace('sdgs: [3]', 'sdgs: [3, 11]'));
    git(repo, 'commit', '-q', '-am', 'sdg');
    expect((await reported()).files).toEqual([]);
    const sinceMain = await reported(['main']);
    expect(sinceMain.checked).toBe(2);
    expect(sinceMain.files).toEqual(['sessies/2021-03-05-speeltuin.md']);
    expect((await checkJson(repo, ['--changed=main'])).json.files).toBe(2);
  });

  it('works from a subfolder and for a logbook in a subfolder of the repository', async () => {
    const outer = join(tempDir(), 'outer');
    mkdirSync(outer);
    cpSync(repo, join(outer, 'logbook'), { recursive: true });
    rmSync(join(outer, 'logbook/.git'), { recursive: true, force: true });
    git(outer, 'init', '-q', '-b', 'main');
    git(outer, 'add', '.');
    git(outer, 'commit', '-q', '-m', 'begin');
    appendFileSync(join(outer, 'logbook/casussen/speeltuin.md'), '\nNog een zin.\n');
    const { json } = await checkJson(join(outer, 'logbook/sessies'), ['--changed']);
    expect(json.files).toBe(2);
    expect(json.messages.map((m) => m.file)).toEqual(['2021-03-05-speeltuin.md']);
  });

  it('is a Dutch usage error outside Git, with an unknown ref, or together with paths', async () => {
    const plain = join(tempDir(), 'los');
    cpSync(fixture('valid-minimal'), plain, { recursive: true });
    const outside = await efInProcess(['check', '--changed'], { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('alleen in een Git-repository');

    const unknown = await efInProcess(['check', '--changed', 'bestaat-niet'], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Git kent "bestaat-niet" niet');

    const both = await efInProcess(['check', 'sessies', '--changed'], { cwd: repo });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('niet allebei');
  });

  it('says in the human output how many files it checked', async () => {
    appendFileSync(join(repo, 'casussen/speeltuin.md'), '\nNog een zin.\n');
    const result = await efInProcess(['check', '--changed'], { cwd: repo });
    expect(result.stdout).toContain('2 bestanden gecontroleerd');
    expect(readFileSync(join(repo, 'casussen/speeltuin.md'), 'utf8')).toContain('Nog een zin.');
  });
});

describe('the pre-commit hook (.githooks/pre-commit)', () => {
  it('stops a commit with an error in a changed file and lets a good one through', () => {
    // ef as a project installs it: node_modules/.bin/ef.
    mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(repo, 'node_modules/.bin/ef'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    mkdirSync(join(repo, '.githooks'));
    cpSync(join(PROJECT, '.githooks/pre-commit'), join(repo, '.githooks/pre-commit'));
    git(repo, 'config', 'core.hooksPath', '.githooks');

    writeFileSync(join(repo, 'sessies/2021-03-06-nieuw.md'), SESSIE_SPEELTUIN.replace('2021-03-05', '2021-03-06').replace('soort: interactief', 'soort: interactieff'));
    git(repo, 'add', '.');
    const refused = spawnSync('git', ['commit', '-q', '-m', 'nieuw'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('interactieff');
    expect(refused.stderr).toContain('De commit is tegengehouden');

    writeFileSync(join(repo, 'sessies/2021-03-06-nieuw.md'), SESSIE_SPEELTUIN.replace('2021-03-05', '2021-03-06'));
    git(repo, 'add', '.');
    const accepted = spawnSync('git', ['commit', '-q', '-m', 'nieuw'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
    expect(accepted.status, accepted.stderr).toBe(0);
  });
});
