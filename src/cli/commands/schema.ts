// ef schema: the JSON Schemas of the logbook's file kinds, on stdout or as files.
import { resolve } from 'node:path';
import { loadConfigOrReport } from '../../editor/config.js';
import { jsonSchemas, schemaFileName, SCHEMA_KINDS } from '../../editor/json-schema.js';
import { writeGenerated } from '../../editor/write.js';
import type { Io } from '../../core/io.js';

export interface SchemaOptions {
  readonly root?: string;
  readonly out?: string;
}

export async function schema(options: SchemaOptions, io: Io): Promise<number> {
  const loaded = await loadConfigOrReport(options.root, io);
  if (!loaded.ok) return loaded.exitCode;
  const schemas = jsonSchemas(loaded.config);
  if (options.out === undefined) {
    io.stdout.write(`${JSON.stringify(schemas, null, 2)}\n`);
    return 0;
  }
  const files = SCHEMA_KINDS.map((kind) => ({ path: schemaFileName(kind), text: `${JSON.stringify(schemas[kind], null, 2)}\n` }));
  for (const path of await writeGenerated(resolve(io.cwd, options.out), files, io.cwd)) io.stdout.write(`${path}\n`);
  return 0;
}
