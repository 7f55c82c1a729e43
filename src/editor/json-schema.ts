// JSON Schema (draft 2020-12) for every file kind and for ef.config.yaml, generated from
// the same Zod schemas that `ef check` uses, so the two can never drift apart. Editors
// use them for completion, pick-lists and squiggles; `ef check` stays the judge.
import { z } from 'zod';
import { configSchema, type Config } from '../validate/schemas/config.js';
import { KINDS, makeSchemas } from '../validate/schemas/kinds.js';

/** Every schema ef writes: the five file kinds and the config. */
export const SCHEMA_KINDS = [...KINDS, 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

export type JsonSchema = Record<string, unknown>;

/** The file name of a kind's schema, e.g. `sessie.schema.json`. */
export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

/**
 * The JSON Schemas of a logbook. The sessie schema depends on the config (its own roles
 * join the role vocabulary), so the schemas are made per logbook.
 */
export function jsonSchemas(config: Pick<Config, 'rollen'>): Record<SchemaKind, JsonSchema> {
  const schemas = makeSchemas(config);
  const result = {} as Record<SchemaKind, JsonSchema>;
  for (const kind of KINDS) result[kind] = toJsonSchema(schemas[kind]);
  result.config = toJsonSchema(configSchema);
  return result;
}

/**
 * Converts what a file may contain (`io: 'input'`): defaults make a key optional,
 * vocabulary aliases are part of the enum (ef accepts them and hints at the usual
 * word), and a value that ef wraps into a list may also be written on its own.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // Refinements (real dates, known periods) have no JSON Schema form: the schema is
    // a little more lenient there, and `ef check` says the rest.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (wrapsSingleValue(zodSchema)) {
        const list = { ...jsonSchema };
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        const { title, description, ...rest } = list as Record<string, unknown>;
        if (title !== undefined) (jsonSchema as Record<string, unknown>).title = title;
        if (description !== undefined) (jsonSchema as Record<string, unknown>).description = description;
        (jsonSchema as Record<string, unknown>).anyOf = [rest['items'], rest];
      }
    },
  });
}

/**
 * `z.preprocess(wrap, z.array(item))`: ef's way to accept `paradigma: samenwerkend` as
 * well as `paradigma: [presterend, samenwerkend]`. In JSON Schema: the item or the list.
 */
function wrapsSingleValue(schema: unknown): boolean {
  return schema instanceof z.ZodPipe && schema.in instanceof z.ZodTransform && schema.out instanceof z.ZodArray;
}
