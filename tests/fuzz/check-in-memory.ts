// The whole check path for one logbook held in memory: decode → frontmatter → schema
// and per-file rules → cross-file rules. Used by the fuzz tests to run thousands of
// cases without touching the disk.
import { VFile } from 'vfile';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import type { LoadedFile } from '../../src/validate/load-logbook.js';
import { decodeInto } from '../../src/load/read.js';
import { recordsOf, type MessageRecord } from '../../src/diagnostics/collect.js';
import { addMessage } from '../../src/diagnostics/messages.js';
import { checkFile } from '../../src/validate/check-file.js';
import { runCrossFileRules } from '../../src/validate/cross-file.js';
import { factsOf } from '../../src/validate/facts.js';
import type { Config } from '../../src/validate/schemas/config.js';
import { makeSchemas, type Kind } from '../../src/validate/schemas/kinds.js';
import { placeIn } from '../../src/validate/validate-logbook.js';

export interface MemoryFile {
  readonly kind: Kind;
  readonly id: string;
  readonly bytes: Uint8Array;
}

export function checkInMemory(files: readonly MemoryFile[], config: Config): Map<string, MessageRecord[]> {
  const schemas = makeSchemas(config);
  const loaded = new Map<string, LoadedFile>();
  const facts = files.map((memory) => {
    const path = `/logboek/${memory.kind}/${memory.id}.md`;
    const file = new VFile({ path, cwd: '/logboek' });
    decodeInto(file, memory.bytes);
    const frontmatter = file.value === undefined ? undefined : parseFrontmatter(file, DEFAULT_LIMITS);
    const entry: LoadedFile = { kind: memory.kind, id: memory.id, file, frontmatter };
    loaded.set(path, entry);
    return factsOf(memory.kind, memory.id, path, checkFile(entry, schemas));
  });
  runCrossFileRules({
    config,
    configFile: new VFile({ path: '/logboek/ef.config.yaml' }),
    facts,
    addMessage(target, ruleId, reason, at) {
      const entry = loaded.get(target.path)!;
      addMessage(entry.file, ruleId, reason, placeIn(entry.frontmatter, at));
    },
  });
  return new Map([...loaded].map(([path, entry]) => [path, recordsOf(entry.file)]));
}
