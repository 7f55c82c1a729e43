// ef schema as a command: one JSON object on stdout, or one file per kind with --out.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, tempDir, efInProcess } from '../helpers/ef.js';

describe('ef schema', () => {
  it('prints {kind: schema} for every kind and the config', async () => {
    const result = await efInProcess(['schema']);
    expect(result.code).toBe(0);
    const schemas = JSON.parse(result.stdout) as Record<string, { title: string }>;
    expect(Object.keys(schemas)).toEqual(['casus', 'sessie', 'activiteit', 'portret', 'rapportage', 'config']);
    expect(schemas['sessie']!.title).toBe('Sessie');
  });

  it('writes <kind>.schema.json with --out and prints the paths', async () => {
    const dir = tempDir();
    const result = await efInProcess(['schema', '--out', 'schemas'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    // No logbook here: a clear Dutch refusal, nothing written.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Geen logboek gevonden');
    expect(existsSync(join(dir, 'schemas'))).toBe(false);

    const out = tempDir();
    const written = await efInProcess(['schema', '--root', fixture('valid-minimal'), '--out', out]);
    expect(written.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['activiteit', 'casus', 'config', 'portret', 'rapportage', 'sessie'].map((kind) => `${kind}.schema.json`),
    );
    expect(written.stdout.trim().split('\n')).toHaveLength(6);
    const casus = JSON.parse(readFileSync(join(out, 'casus.schema.json'), 'utf8')) as { additionalProperties: boolean };
    expect(casus.additionalProperties).toBe(false);
    // The same bytes on stdout and in the files.
    const all = JSON.parse((await efInProcess(['schema', '--root', fixture('valid-minimal')])).stdout) as Record<string, unknown>;
    expect(JSON.parse(readFileSync(join(out, 'sessie.schema.json'), 'utf8'))).toEqual(all['sessie']);
  });

  it('refuses a broken config like ef check does (exit 2)', async () => {
    const result = await efInProcess(['schema', '--root', fixture('bad-config')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('leerrout');
  });

  it('refuses an --out that is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bestand'), 'x');
    const result = await efInProcess(['schema', '--out', join(dir, 'bestand')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is geen map');
  });
});
