// bin/ef and bin/ef.cjs start the same way (src/cli/start.ts): on a Node older than
// package.json's `engines` they say so in Dutch instead of failing halfway.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PROJECT, cleanEnv, tempDir } from '../helpers/ef.js';

/** Runs ef with `process.versions.node` set to `version` before ef's first line. */
function efOnNode(version: string, bin: string, ...args: string[]) {
  const preload = join(tempDir(), 'node-version.cjs');
  writeFileSync(preload, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
  return spawnSync(process.execPath, ['--require', preload, bin, ...args], { env: cleanEnv(), encoding: 'utf8' });
}

describe('starting ef', () => {
  const engines = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

  it('asks for the Node that package.json names', () => {
    expect(engines).toBe('>=20.19.0');
  });

  it.each([
    ['18.20.4', BIN],
    ['20.18.3', join(PROJECT, 'bin/ef.cjs')],
  ])('refuses Node %s with a Dutch message and exit code 2', (version, bin) => {
    const result = efOnNode(version, bin, 'check');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`ef: deze computer heeft Node ${version}; ef heeft Node 20.19 of nieuwer nodig. Installeer een nieuwere Node (https://nodejs.org, de LTS-versie) en probeer het opnieuw.\n`);
  });

  it('starts on Node 20.19 and later', () => {
    for (const version of ['20.19.0', '22.1.0', '24.0.0']) {
      const result = efOnNode(version, join(PROJECT, 'bin/ef.cjs'), '--version');
      expect([version, result.status, result.stdout.trim()]).toEqual([version, 0, expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
    }
  });
});
