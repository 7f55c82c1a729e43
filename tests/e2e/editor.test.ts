// ef editor and ef init write the editor support; a changed hook or settings stay the user's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, fixture, tempDir, efInProcess } from '../helpers/ef.js';

const FILES = [
  '.vscode/ef-schemas/casus.schema.json',
  '.vscode/ef-schemas/sessie.schema.json',
  '.vscode/ef-schemas/activiteit.schema.json',
  '.vscode/ef-schemas/portret.schema.json',
  '.vscode/ef-schemas/rapportage.schema.json',
  '.vscode/ef-schemas/config.schema.json',
  '.vscode/settings.json',
  '.vscode/extensions.json',
  '.vscode/tasks.json',
  'frontmatter.json',
  '.githooks/pre-commit',
];

describe('ef editor', () => {
  it('writes into the Git repository around the logbook, with the logbook\'s folders and cases', async () => {
    const repo = tempDir();
    cpSync(fixture('valid-minimal'), join(repo, 'logboek'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    writeFileSync(join(repo, '.vscode-keep'), '');
    const result = await efInProcess(['editor'], { cwd: join(repo, 'logboek') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(FILES.map((path) => `../${path}`));
    const fm = JSON.parse(readFileSync(join(repo, 'frontmatter.json'), 'utf8')) as Record<string, unknown>;
    expect((fm['frontMatter.content.pageFolders'] as Array<{ path: string }>)[1]!.path).toBe('[[workspace]]/logboek/sessies');
    const sessie = (fm['frontMatter.taxonomy.contentTypes'] as Array<{ name: string; fields: Array<{ name: string; choices?: Array<{ id: string }> }> }>).find((t) => t.name === 'sessie')!;
    expect(sessie.fields.find((f) => f.name === 'casus')!.choices).toEqual([{ id: 'buurtmoestuin', title: 'buurtmoestuin' }]);
    expect(statSync(join(repo, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
  });

  it('keeps the user\'s own settings and hook, and writes where --out says', async () => {
    const out = tempDir();
    mkdirSync(join(out, '.vscode'));
    mkdirSync(join(out, '.githooks'));
    writeFileSync(join(out, '.vscode/settings.json'), JSON.stringify({ 'editor.fontSize': 18 }));
    writeFileSync(join(out, '.githooks/pre-commit'), '#!/bin/sh\necho eigen\n');
    const result = await efInProcess(['editor', '--root', fixture('valid-minimal'), '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('pre-commit');
    expect(JSON.parse(readFileSync(join(out, '.vscode/settings.json'), 'utf8'))['editor.fontSize']).toBe(18);
    expect(readFileSync(join(out, '.githooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\necho eigen\n');
  });

  it('says so when a settings file has comments, and leaves it alone', async () => {
    const out = tempDir();
    mkdirSync(join(out, '.vscode'));
    writeFileSync(join(out, '.vscode/settings.json'), '{\n  // eigen\n  "editor.fontSize": 18\n}\n');
    const result = await efInProcess(['editor', '--root', fixture('valid-minimal'), '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('.vscode/settings.json is niet bijgewerkt');
    expect(readFileSync(join(out, '.vscode/settings.json'), 'utf8')).toContain('// eigen');
  });

  it('is written by ef init too, for a logbook that is its own workspace', async () => {
    const parent = tempDir();
    const result = await efInProcess(['init', 'altena', '--organisatie', 'Gemeente Altena', '--leerroute', 'Excellent Faciliteren', '--team', 'Anna de Vries', '--no-input'], {
      cwd: parent,
      env: cleanEnv({ EF_TODAY: '2021-03-11' }),
    });
    expect(result.code, result.stderr).toBe(0);
    for (const path of FILES) expect(result.stdout).toContain(`  ${path}\n`);
    const root = join(parent, 'altena');
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    // init's own settings and ef editor's, together.
    expect(settings['files.exclude']).toEqual({ node_modules: true });
    expect(settings['yaml.schemas']).toEqual({ './.vscode/ef-schemas/config.schema.json': ['ef.config.yaml'] });
    const fm = JSON.parse(readFileSync(join(root, 'frontmatter.json'), 'utf8')) as Record<string, unknown>;
    expect((fm['frontMatter.content.pageFolders'] as Array<{ path: string }>)[0]!.path).toBe('[[workspace]]/casussen');
    expect(statSync(join(root, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
    // What ef editor would write now is what init wrote.
    const again = await efInProcess(['editor'], { cwd: root });
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, 'frontmatter.json'), 'utf8')).toBe(JSON.stringify(fm, null, 2) + '\n');
  });
});
