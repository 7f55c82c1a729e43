// One logbook held in memory, checked by the same whole-set pipeline as `ef report`
// and `ef stats` (validateFiles): decode → frontmatter → schema and per-file rules →
// cross-file rules. Used by the fuzz tests to run thousands of cases without writing
// the files to disk.
import { VFile } from 'vfile';
import { parseFrontmatter } from '../../src/load/frontmatter.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import type { LoadedFile } from '../../src/validate/load-logbook.js';
import { decodeInto } from '../../src/load/read.js';
import { recordsOf, type MessageRecord } from '../../src/diagnostics/collect.js';
import type { Config } from '../../src/validate/schemas/config.js';
import type { Kind } from '../../src/validate/schemas/kinds.js';
import { validateFiles } from '../../src/validate/validate-logbook.js';

export interface MemoryFile {
  readonly kind: Kind;
  readonly id: string;
  readonly bytes: Uint8Array;
}

const ROOT = '/logboek';

export function checkInMemory(files: readonly MemoryFile[], config: Config): Map<string, MessageRecord[]> {
  const loaded = files.map((memory): LoadedFile => {
    const file = new VFile({ path: `${ROOT}/${memory.kind}/${memory.id}.md`, cwd: ROOT });
    decodeInto(file, memory.bytes);
    const frontmatter = file.value === undefined ? undefined : parseFrontmatter(file, DEFAULT_LIMITS);
    return { kind: memory.kind, id: memory.id, file, frontmatter };
  });
  validateFiles({ root: ROOT, cwd: ROOT, config, configFile: new VFile({ path: `${ROOT}/ef.config.yaml` }), files: loaded });
  return new Map(loaded.map((entry) => [entry.file.path, recordsOf(entry.file)]));
}
