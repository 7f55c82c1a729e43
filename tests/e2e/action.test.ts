// The GitHub Action's run step (action/run.sh) turns the inputs into one ef command line.
// A stand-in `ef` on the PATH prints the arguments it gets, so no logbook is needed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, tempDir } from '../helpers/ef.js';

function runAction(inputs: Record<string, string>) {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'ef'), '#!/bin/sh\nprintf "%s|" "$@"\n', { mode: 0o755 });
  return spawnSync('bash', [join(PROJECT, 'action/run.sh')], {
    cwd: dir,
    env: { PATH: `${join(dir, 'bin')}:/usr/bin:/bin`, GITHUB_ACTION_PATH: PROJECT, ...inputs },
    encoding: 'utf8',
  });
}

describe('the GitHub Action (action/run.sh)', () => {
  it.each([
    [{}, 'check|'],
    [{ EF_COMMAND: 'check' }, 'check|'],
    [{ EF_COMMAND: 'report', EF_PERIOD: 'rapportage-2', EF_FORMAT: 'md,html,pdf', EF_AUDIENCE: 'publiek' }, 'report|--period|rapportage-2|--format|md,html,pdf|--audience|publiek|'],
    [{ EF_COMMAND: 'report', EF_PERIOD: '', EF_FORMAT: 'pdf', EF_AUDIENCE: 'intern', EF_OUT: 'uit map' }, 'report|--format|pdf|--audience|intern|--out|uit map|'],
    [{ EF_COMMAND: 'logbook', EF_PERIOD: '2021', EF_FORMAT: 'html', EF_AUDIENCE: 'publiek' }, 'logbook|--format|html|--audience|publiek|'],
    [{ EF_COMMAND: 'card', EF_FORMAT: 'pdf' }, 'card|--format|pdf|'],
    [{ EF_COMMAND: 'stats', EF_PERIOD: '2021-Q1' }, 'stats|--period|2021-Q1|'],
  ])('%j runs ef %s', (inputs, expected) => {
    const result = runAction(inputs);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected);
  });

  it('refuses an unknown command with an annotation, and an input cannot inject shell code', () => {
    const unknown = runAction({ EF_COMMAND: 'deploy' });
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toContain('::error title=ef::Onbekende opdracht "deploy"');
    const hostile = runAction({ EF_COMMAND: 'report', EF_PERIOD: '$(touch pwned); 2021', EF_FORMAT: 'md', EF_AUDIENCE: 'intern' });
    expect(hostile.stdout).toBe('report|--period|$(touch pwned); 2021|--format|md|--audience|intern|');
  });
});
