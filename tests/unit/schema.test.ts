// The JSON Schemas from `ef schema`: valid draft 2020-12, generated from the Zod schemas,
// accepting every file of the embedded logbook and rejecting the fixtures' bad files.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_KINDS, type JsonSchema } from '../../src/editor/json-schema.js';
import { findRoot } from '../../src/load/find-root.js';
import { parseYamlFile } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { loadFile, loadLogbook } from '../../src/validate/load-logbook.js';
import { readLogbookFile } from '../../src/load/read.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

function validator() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

/** Every file of a logbook as plain data, read by ef's own loader; the config as `config`. */
async function logbookData(root: string): Promise<Array<{ kind: string; name: string; data: unknown }>> {
  const loaded = await loadLogbook({ cwd: root, root });
  const configFile = readLogbookFile(join(root, 'ef.config.yaml'), root, DEFAULT_LIMITS);
  const config = parseYamlFile(configFile, DEFAULT_LIMITS);
  const result = [{ kind: 'config', name: 'ef.config.yaml', data: config?.data }];
  for (const entry of loaded.discovered) {
    const file = loadFile(entry, root, loaded.limits);
    result.push({ kind: entry.kind, name: `${entry.kind}/${entry.id}`, data: file.frontmatter?.data });
  }
  return result;
}

const embedded = findRoot(PROJECT);
const schemas = jsonSchemas({ rollen: [] });

describe('ef schema: the generated JSON Schemas', () => {
  it('are valid JSON Schema (draft 2020-12) for every kind and the config', () => {
    const ajv = validator();
    expect(Object.keys(schemas).sort()).toEqual([...SCHEMA_KINDS].sort());
    for (const kind of SCHEMA_KINDS) {
      const schema = schemas[kind];
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(ajv.validateSchema(schema), `${kind}: ${ajv.errorsText()}`).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it('close every object (additionalProperties: false) and title every property in Dutch', () => {
    const walk = (schema: JsonSchema, where: string): void => {
      if (schema['type'] === 'object') {
        expect(schema['additionalProperties'], where).toBe(false);
        for (const [key, property] of Object.entries(schema['properties'] as Record<string, JsonSchema>)) {
          expect(typeof property['title'], `${where}.${key}`).toBe('string');
          expect(typeof property['description'], `${where}.${key}`).toBe('string');
          walk(property, `${where}.${key}`);
        }
      }
      if (schema['items']) walk(schema['items'] as JsonSchema, `${where}[]`);
      for (const option of (schema['anyOf'] as JsonSchema[] | undefined) ?? []) walk(option, where);
    };
    for (const kind of SCHEMA_KINDS) walk(schemas[kind], kind);
    expect(schemas.casus['title']).toBe('Casus');
    expect((schemas.casus['properties'] as Record<string, JsonSchema>)['criteria']!['title']).toBe('Criteria');
  });

  it('have the vocabularies as enums, aliases included, and the config\'s own roles', () => {
    const sessie = jsonSchemas({ rollen: [{ id: 'wijkcoach', label: 'Wijkcoach' }] }).sessie;
    const props = sessie['properties'] as Record<string, JsonSchema>;
    expect(props['soort']!['enum']).toEqual(['interactief', 'evaluatie', 'intervisie', 'coaching', 'anders']);
    const rol = ((props['deelnemers']!['items'] as JsonSchema)['properties'] as Record<string, JsonSchema>)['rollen']!;
    const rolProps = (rol['items'] as JsonSchema)['properties'] as Record<string, JsonSchema>;
    expect(rolProps['rol']!['enum']).toContain('wijkcoach');
    expect(rolProps['rol']!['enum']).toContain('verbinder');
    expect(rolProps['gericht']!['enum']).toEqual(expect.arrayContaining(['stad', 'intern', 'stadsgericht']));
    // One paradigm on its own or a list of one or two.
    const paradigma = rolProps['paradigma']!;
    expect((paradigma['anyOf'] as JsonSchema[]).map((option) => option['type'])).toEqual(['string', 'array']);
  });

  it('accept every file of the embedded logbook', async () => {
    const ajv = validator();
    const files = await logbookData(embedded);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const validate = ajv.compile(schemas[file.kind as keyof typeof schemas]);
      expect(validate(file.data), `${file.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('accept the valid files of the fixtures, aliases and single paradigms included', async () => {
    const ajv = validator();
    const files = [
      ...(await logbookData(join(FIXTURES, 'valid-minimal'))),
      ...(await logbookData(join(FIXTURES, 'rules'))).filter((file) =>
        ['casus/buurtmoestuin', 'sessie/2021-03-07-woorden', 'sessie/2021-03-03-geen-opbrengsten'].includes(file.name),
      ),
    ];
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const validate = ajv.compile(schemas[file.kind as keyof typeof schemas]);
      expect(validate(file.data), `${file.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it.each([
    ['casus/onbekende-sleutel', '/sdgs/1'],
    ['casus/criteria-ontbreekt', '/criteria'],
    ['sessie/2021-03-08-rol', '/deelnemers/0/intern'],
    ['sessie/2021-03-12-tikfout', '/deelnemers/0/rollen/1/rol'],
    ['activiteit/2021-03-10-presentatie', ''],
    ['portret/2021-03-11-portret', ''],
  ])('reject the bad file %s (at %s)', async (name, place) => {
    const ajv = validator();
    const file = (await logbookData(join(FIXTURES, 'rules'))).find((candidate) => candidate.name === name)!;
    const validate = ajv.compile(schemas[file.kind as keyof typeof schemas]);
    expect(validate(file.data)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toContain(place);
  });

  it('reject an unknown key and a broken config', async () => {
    const ajv = validator();
    const validate = ajv.compile(schemas.casus);
    expect(validate({ titel: 'x', status: 'lopend', initiatiefnemer: 'x', sdgs: [1], criteria: { vraag_uit_de_stad: 'x', voorbeeld: 'x', veranderende_samenleving: 'x' }, samenvating: 'x' })).toBe(false);
    expect(validate.errors![0]!.keyword).toBe('additionalProperties');
    const config = (await logbookData(join(FIXTURES, 'bad-config')))[0]!;
    expect(ajv.validate(schemas.config, config.data)).toBe(false);
  });
});
