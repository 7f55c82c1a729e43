// The editor configuration: well-formed, pointing at schemas and folders that exist,
// and a Front Matter CMS form field for every key of every file kind.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrontMatterField } from '../../src/editor/front-matter.js';
import { defaultWorkspace, HOOK_PATH, logbookPathFrom, planEditor, PRE_COMMIT, SCHEMA_DIR, type EditorFile } from '../../src/editor/generate.js';
import { jsonSchemas, type JsonSchema } from '../../src/editor/json-schema.js';
import { RECOMMENDED_EXTENSIONS } from '../../src/editor/vscode.js';
import { findRoot } from '../../src/load/find-root.js';
import { loadConfig } from '../../src/validate/load-logbook.js';
import { KINDS } from '../../src/vocabulary/kinds.js';
import { ACTIVITEIT_SOORTEN, GERICHT, PARADIGMAS, SESSIE_SOORTEN } from '../../src/vocabulary/index.js';
import { efInProcess, FIXTURES, PROJECT } from '../helpers/ef.js';

const root = findRoot(PROJECT);
const { config } = await loadConfig(root, PROJECT);
const plan = planEditor({ config: config!, logbookPath: logbookPathFrom(PROJECT, root), casussen: ['cornelis-musius'] });
const file = (path: string): EditorFile => plan.files.find((candidate) => candidate.path === path)!;
const parsed = (path: string) => JSON.parse(file(path).text) as Record<string, unknown>;

// The field types Front Matter CMS knows (its configuration schema, contentTypes.fields.type).
const FIELD_TYPES = new Set(['string', 'number', 'datetime', 'boolean', 'image', 'file', 'choice', 'taxonomy', 'tags', 'categories', 'draft', 'fields', 'json', 'block', 'list', 'dataFile', 'slug', 'divider', 'heading', 'customField', 'contentRelationship', 'fieldCollection']);

describe('ef editor: the generated configuration', () => {
  it('is well-formed JSON everywhere, with a final newline', () => {
    for (const generated of plan.files.filter((f) => f.path.endsWith('.json'))) {
      expect(() => JSON.parse(generated.text), generated.path).not.toThrow();
      expect(generated.text.endsWith('}\n'), generated.path).toBe(true);
    }
    expect(plan.skipped).toEqual([]);
  });

  it('is the VS Code workspace of this repository: its top, with the logbook in logbook/', () => {
    expect(defaultWorkspace(root)).toBe(PROJECT);
    expect(logbookPathFrom(PROJECT, root)).toBe('logbook');
  });

  it('maps ef.config.yaml to a schema file that it writes, and recommends the extensions', () => {
    const schemas = parsed('.vscode/settings.json')['yaml.schemas'] as Record<string, string[]>;
    for (const [schema, globs] of Object.entries(schemas)) {
      expect(plan.files.some((f) => `./${f.path}` === schema), schema).toBe(true);
      for (const glob of globs) expect(existsSync(join(PROJECT, glob)), glob).toBe(true);
    }
    expect(Object.values(schemas).flat()).toEqual(['logbook/ef.config.yaml']);
    expect(parsed('.vscode/extensions.json')['recommendations']).toEqual(expect.arrayContaining(['eliostruyf.vscode-front-matter', 'redhat.vscode-yaml']));
    expect(RECOMMENDED_EXTENSIONS).toContain('redhat.vscode-yaml');
  });

  it('has a page folder per kind that exists, each with its own content type', () => {
    const fm = parsed('frontmatter.json');
    const folders = fm['frontMatter.content.pageFolders'] as Array<{ path: string; contentTypes: string[] }>;
    expect(folders.map((folder) => folder.contentTypes)).toEqual(KINDS.map((kind) => [kind]));
    for (const folder of folders) {
      expect(folder.path.startsWith('[[workspace]]/')).toBe(true);
      expect(existsSync(join(PROJECT, folder.path.slice('[[workspace]]/'.length))), folder.path).toBe(true);
    }
  });

  it('has a form field for every key of every kind, with the Dutch title, required flags and known field types', () => {
    const fm = parsed('frontmatter.json');
    const groups = new Map((fm['frontMatter.taxonomy.fieldGroups'] as Array<{ id: string; fields: FrontMatterField[] }>).map((g) => [g.id, g.fields]));
    const schemas = jsonSchemas(config!);
    const cover = (fields: readonly FrontMatterField[], schema: JsonSchema, where: string): void => {
      const properties = schema['properties'] as Record<string, JsonSchema>;
      expect(fields.map((f) => f.name), where).toEqual(Object.keys(properties));
      const required = new Set((schema['required'] ?? []) as string[]);
      for (const field of fields) {
        const property = properties[field.name]!;
        expect(FIELD_TYPES.has(field.type), `${where}.${field.name}: ${field.type}`).toBe(true);
        expect(field.title, `${where}.${field.name}`).toBe(property['title']);
        expect(field.required === true, `${where}.${field.name} required`).toBe(required.has(field.name));
        if (field.type === 'fields') cover(field.fields!, property, `${where}.${field.name}`);
        if (field.type === 'block') {
          const group = groups.get(field.fieldGroup![0]!);
          expect(group, `${where}.${field.name} group`).toBeDefined();
          cover(group!, property['items'] as JsonSchema, `${where}.${field.name}[]`);
        }
        if (field.type === 'choice') expect(field.choices!.length, `${where}.${field.name}`).toBeGreaterThan(0);
      }
    };
    const types = fm['frontMatter.taxonomy.contentTypes'] as Array<{ name: string; fields: FrontMatterField[] }>;
    expect(types.map((type) => type.name)).toEqual([...KINDS]);
    for (const type of types) cover(type.fields, schemas[type.name as keyof typeof schemas], type.name);
  });

  it('offers the vocabularies as pick-lists: usual words only, with Dutch labels; dates get a date picker', () => {
    const fm = parsed('frontmatter.json');
    const types = fm['frontMatter.taxonomy.contentTypes'] as Array<{ name: string; fields: FrontMatterField[] }>;
    const fields = (kind: string) => new Map(types.find((type) => type.name === kind)!.fields.map((f) => [f.name, f]));
    const sessie = fields('sessie');
    expect(sessie.get('soort')!.choices).toEqual(SESSIE_SOORTEN.map((s) => ({ id: s.id, title: s.label })));
    expect(fields('activiteit').get('soort')!.choices).toEqual(ACTIVITEIT_SOORTEN.map((s) => ({ id: s.id, title: s.label })));
    // A session or activity may be dated by month only (2021-02): a text field, not a day picker.
    expect(sessie.get('datum')).toMatchObject({ type: 'string', single: true });
    expect(fields('portret').get('datum')).toMatchObject({ type: 'datetime', dateFormat: 'yyyy-MM-dd' });
    expect(sessie.get('begeleiding')).toMatchObject({ type: 'choice', multiple: true });
    expect(sessie.get('begeleiding')!.choices!.map((c) => c.id)).toEqual(config!.team.map((lid) => lid.naam));
    expect(sessie.get('casus')!.choices).toEqual([{ id: 'cornelis-musius', title: 'cornelis-musius' }]);
    expect(sessie.get('sdgs')!.choices).toHaveLength(17);
    expect(sessie.get('afwezig')!.type).toBe('list');
    const groups = new Map((fm['frontMatter.taxonomy.fieldGroups'] as Array<{ id: string; fields: FrontMatterField[] }>).map((g) => [g.id, new Map(g.fields.map((f) => [f.name, f]))]));
    const rol = groups.get('rol')!;
    expect(rol.get('paradigma')).toMatchObject({ type: 'choice', multiple: true, choices: PARADIGMAS.map((p) => ({ id: p.id, title: p.label })) });
    expect(rol.get('gericht')!.choices!.map((c) => c.id)).toEqual(GERICHT.map((g) => g.id));
    expect(rol.get('rol')!.choices!.map((c) => c.id)).not.toContain('financier');
    // No default: a participant's origin is asked, never assumed (empty counts as onbekend).
    expect(groups.get('deelnemer')!.get('intern')).toMatchObject({ type: 'boolean' });
    expect(groups.get('deelnemer')!.get('intern')).not.toHaveProperty('default');
  });

  it('is what is committed in this repository (regenerate with: npx --no-install ef editor)', () => {
    for (const generated of plan.files.filter((f) => f.path !== HOOK_PATH)) {
      // The committed choices are made from the logbook as it is; compare the same input.
      expect(readFileSync(join(PROJECT, generated.path), 'utf8'), generated.path).toBe(generated.text);
    }
    expect(readFileSync(join(PROJECT, HOOK_PATH), 'utf8')).toBe(PRE_COMMIT);
    expect(file(HOOK_PATH)).toMatchObject({ executable: true, onlyIfMissing: true });
    expect(SCHEMA_DIR.startsWith('.vscode/')).toBe(true);
  });

  it('merges into existing settings, extensions and tasks, and leaves a file with comments alone', () => {
    const existing: Record<string, string> = {
      '.vscode/settings.json': JSON.stringify({ 'editor.fontSize': 16, 'files.eol': '\r\n' }),
      '.vscode/extensions.json': JSON.stringify({ recommendations: ['streetsidesoftware.code-spell-checker-dutch', 'redhat.vscode-yaml'] }),
      '.vscode/tasks.json': '{\n  // mijn taken\n  "version": "2.0.0", "tasks": []\n}',
    };
    const merged = planEditor({ config: config!, logbookPath: 'logbook', casussen: [], existing: (path) => existing[path] });
    const settings = JSON.parse(merged.files.find((f) => f.path === '.vscode/settings.json')!.text) as Record<string, unknown>;
    expect(settings['editor.fontSize']).toBe(16);
    expect(settings['files.eol']).toBe('\n');
    const extensions = JSON.parse(merged.files.find((f) => f.path === '.vscode/extensions.json')!.text) as { recommendations: string[] };
    expect(extensions.recommendations.filter((id) => id === 'redhat.vscode-yaml')).toHaveLength(1);
    expect(extensions.recommendations[0]).toBe('streetsidesoftware.code-spell-checker-dutch');
    expect(merged.files.some((f) => f.path === '.vscode/tasks.json')).toBe(false);
    expect(merged.skipped).toEqual([{ path: '.vscode/tasks.json', reason: expect.stringContaining('commentaar') }]);
  });

  it('has task problem matchers that read ef check\'s own output', async () => {
    const tasks = parsed('.vscode/tasks.json')['tasks'] as Array<{ label: string; command: string; problemMatcher: Array<{ severity: string; pattern: { regexp: string } }> }>;
    const check = tasks.find((task) => task.label === 'ef: logboek controleren')!;
    expect(check.command).toBe('npx --no-install ef check --no-color');
    const output = (await efInProcess(['check', '--no-color', '--root', join(FIXTURES, 'rules')], { cwd: PROJECT })).stdout;
    const found = output.split('\n').flatMap((line) =>
      check.problemMatcher.flatMap((matcher) => {
        const match = new RegExp(matcher.pattern.regexp).exec(line);
        return match ? [{ severity: matcher.severity, file: match[1], rule: match[5] }] : [];
      }),
    );
    expect(found.length).toBeGreaterThan(20);
    expect(new Set(found.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
    expect(found.every((f) => f.file!.startsWith('tests/fixtures/rules/'))).toBe(true);
    expect(found.map((f) => f.rule)).toContain('schema-enum');
  });
});
