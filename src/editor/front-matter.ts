// The configuration of Front Matter CMS (VS Code extension eliostruyf.vscode-front-matter):
// one content type per file kind, with a form field for every key, generated from the
// JSON Schemas (and so from the Zod schemas). The team gets pick-lists for the
// vocabularies, a date picker and Dutch labels instead of typing YAML.
import {
  ACTIVITEIT_SOORTEN,
  CASUS_STATUS,
  GERICHT,
  PARADIGMAS,
  ROLLEN,
  SDGS,
  SESSIE_SOORTEN,
  SESSIEROLLEN,
  TOESTEMMING,
} from '../vocabulary/index.js';
import { FOLDERS, KINDS, type Kind } from '../vocabulary/kinds.js';
import type { Config } from '../validate/schemas/config.js';
import type { JsonSchema, SchemaKind } from './json-schema.js';

export interface FrontMatterField {
  readonly name: string;
  readonly type: string;
  readonly title: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly single?: boolean;
  readonly multiple?: boolean;
  readonly choices?: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly dateFormat?: string;
  readonly default?: unknown;
  readonly numberOptions?: { readonly min?: number; readonly max?: number; readonly step?: number };
  readonly fields?: readonly FrontMatterField[];
  readonly fieldGroup?: readonly string[];
}

export interface FrontMatterInput {
  /** The kinds' JSON Schemas (from jsonSchemas()). */
  readonly schemas: Readonly<Record<SchemaKind, JsonSchema>>;
  readonly config: Pick<Config, 'team' | 'rollen'>;
  /** The ids of the cases now in the logbook: the pick-list of a session's `casus`. */
  readonly casussen: readonly string[];
  /** The logbook folder relative to the workspace, with `/` (`logbook`, or `` for the workspace itself). */
  readonly logbookPath: string;
}

const TITLES: Record<Kind, string> = {
  casus: 'Casussen',
  sessie: 'Sessies (bijeenkomsten)',
  activiteit: 'Activiteiten',
  portret: 'Portretten',
  rapportage: 'Rapportages',
};

/** Free text that usually runs to more than one line. */
const MULTILINE = new Set(['samenvatting', 'kort', 'omschrijving', 'vraag_uit_de_stad', 'voorbeeld', 'veranderende_samenleving']);

/** Block (list of objects) item names, and the field that labels an item in the list. */
const GROUPS: Record<string, { readonly id: string; readonly labelField: string }> = {
  deelnemers: { id: 'deelnemer', labelField: 'functie' },
  rollen: { id: 'rol', labelField: 'rol' },
  team: { id: 'teamlid', labelField: 'naam' },
};

const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

export function frontMatterConfig(input: FrontMatterInput): Record<string, unknown> {
  const labels = vocabularyLabels(input.config);
  const groups = new Map<string, { id: string; labelField: string; fields: FrontMatterField[] }>();
  const context: Context = { labels, groups, input };
  const contentTypes = KINDS.map((kind) => ({
    name: kind,
    pageBundle: false,
    previewPath: null,
    fileType: 'md',
    // A field that is emptied disappears, instead of staying behind as `casus: ""`.
    clearEmpty: true,
    fields: objectFields(input.schemas[kind], context),
  }));
  const base = input.logbookPath === '' ? '[[workspace]]' : `[[workspace]]/${input.logbookPath}`;
  return {
    $schema: 'https://frontmatter.codes/frontmatter.schema.json',
    'frontMatter.framework.id': 'other',
    'frontMatter.content.pageFolders': KINDS.map((kind) => ({
      title: TITLES[kind],
      path: `${base}/${FOLDERS[kind]}`,
      contentTypes: [kind],
      // Sessions, activities and portraits are named after their date, as `ef new` does.
      ...(kind === 'sessie' || kind === 'activiteit' || kind === 'portret' ? { filePrefix: 'yyyy-MM-dd' } : {}),
    })),
    'frontMatter.taxonomy.contentTypes': contentTypes,
    'frontMatter.taxonomy.fieldGroups': [...groups.values()],
    'frontMatter.taxonomy.dateFormat': 'yyyy-MM-dd',
    'frontMatter.content.autoUpdateDate': false,
    // Only the fields of the form: a key ef does not know is an error in ef check.
    'frontMatter.panel.freeform': false,
    'frontMatter.taxonomy.indentArrays': true,
  };
}

interface Context {
  readonly labels: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly groups: Map<string, { id: string; labelField: string; fields: FrontMatterField[] }>;
  readonly input: FrontMatterInput;
}

function objectFields(schema: JsonSchema, context: Context): FrontMatterField[] {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => field(name, property, required.has(name), context));
}

function field(name: string, schema: JsonSchema, required: boolean, context: Context): FrontMatterField {
  const base = {
    name,
    title: typeof schema['title'] === 'string' ? schema['title'] : name,
    ...(typeof schema['description'] === 'string' ? { description: schema['description'] } : {}),
    ...(required ? { required: true } : {}),
  };
  const options = schema['anyOf'] as JsonSchema[] | undefined;
  if (options) {
    // A value on its own or a list of them (paradigma): a multiple choice writes the list.
    const list = options.find((option) => option['type'] === 'array');
    if (list) return { ...field(name, { ...list, title: base.title, description: base.description }, required, context) };
    // true, false or empty (not known: intern): a switch, without a default that would guess.
    if (options.some((option) => option['type'] === 'boolean') && options.every((option) => option['type'] === 'boolean' || option['type'] === 'null')) {
      return { ...base, type: 'boolean' };
    }
  }
  const type = schema['type'];
  // true, false or empty (not known: intern): a switch, without a default that would guess.
  if (Array.isArray(type) && type.includes('boolean') && type.every((t) => t === 'boolean' || t === 'null')) return { ...base, type: 'boolean' };
  if (name === 'begeleiding') {
    return { ...base, type: 'choice', multiple: true, choices: context.input.config.team.map((lid) => ({ id: lid.naam, title: lid.naam })) };
  }
  if (name === 'casus' && type === 'string') {
    return { ...base, type: 'choice', choices: context.input.casussen.map((id) => ({ id, title: id })) };
  }
  if (type === 'string' && Array.isArray(schema['enum'])) return { ...base, type: 'choice', choices: choices(name, schema['enum'] as string[], context) };
  if (type === 'string' && schema['pattern'] === ISO_DATE_PATTERN) return { ...base, type: 'datetime', dateFormat: 'yyyy-MM-dd' };
  if (type === 'string' || Array.isArray(type)) return { ...base, type: 'string', ...(MULTILINE.has(name) ? {} : { single: true }) };
  if (type === 'integer' || type === 'number') {
    const min = schema['minimum'] as number | undefined;
    const max = schema['maximum'] as number | undefined;
    const safeMax = max !== undefined && max < Number.MAX_SAFE_INTEGER ? max : undefined;
    return { ...base, type: 'number', numberOptions: { ...(min !== undefined ? { min } : {}), ...(safeMax !== undefined ? { max: safeMax } : {}), step: 1 } };
  }
  if (type === 'boolean') return { ...base, type: 'boolean', ...(schema['default'] !== undefined ? { default: schema['default'] } : {}) };
  if (type === 'object') return { ...base, type: 'fields', fields: objectFields(schema, context) };
  if (type === 'array') {
    const items = (schema['items'] ?? {}) as JsonSchema;
    if (items['type'] === 'integer' && name === 'sdgs') {
      return { ...base, type: 'choice', multiple: true, choices: SDGS.map((goal) => ({ id: String(goal.nummer), title: `${goal.nummer} ${goal.naam}` })) };
    }
    if (items['type'] === 'string' && Array.isArray(items['enum'])) {
      return { ...base, type: 'choice', multiple: true, choices: choices(name, items['enum'] as string[], context) };
    }
    if (items['type'] === 'object') {
      const group = GROUPS[name] ?? { id: name, labelField: Object.keys((items['properties'] ?? {}))[0] ?? name };
      if (!context.groups.has(group.id)) {
        // Reserve the id first: a group may contain a block of another group.
        context.groups.set(group.id, { ...group, fields: [] });
        context.groups.get(group.id)!.fields.push(...objectFields(items, context));
      }
      return { ...base, type: 'block', fieldGroup: [group.id] };
    }
    return { ...base, type: 'list' };
  }
  return { ...base, type: 'string', single: true };
}

/** The canonical ids of a vocabulary with their Dutch labels; aliases stay out of the pick-list. */
function choices(name: string, values: readonly string[], context: Context): Array<{ id: string; title: string }> {
  const known = context.labels.get(name);
  const canonical = known ? values.filter((value) => known.has(value)) : values;
  return canonical.map((id) => ({ id, title: known?.get(id) ?? id }));
}

function vocabularyLabels(config: Pick<Config, 'rollen'>): Map<string, Map<string, string>> {
  const table = (terms: ReadonlyArray<{ id: string; label: string }>) => new Map(terms.map((term) => [term.id, `${term.label}`]));
  // `soort` differs per kind; both lists together are fine because each enum only has its own ids.
  return new Map([
    ['soort', table([...SESSIE_SOORTEN, ...ACTIVITEIT_SOORTEN])],
    ['status', table(CASUS_STATUS)],
    ['toestemming', table(TOESTEMMING)],
    ['rol', table([...ROLLEN, ...SESSIEROLLEN, ...config.rollen])],
    ['paradigma', table(PARADIGMAS)],
    ['gericht', table(GERICHT)],
    ['gericht_standaard', table(GERICHT)],
  ]);
}
