import type { Config } from '../validate/schemas/config.js';

// Limits that protect the machine from huge or hostile files. A logbook may raise
// them in `ef.config.yaml` under `limieten` when a real file needs it.

export interface Limits {
  /** Largest file that is read, in bytes. */
  readonly maxFileBytes: number;
  /** Most YAML aliases (`*naam`) expanded in one frontmatter block. */
  readonly maxAliases: number;
  /** Deepest nesting of lists and maps in one frontmatter block. */
  readonly maxDepth: number;
  /** Most files read from one logbook. */
  readonly maxFiles: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 1024 * 1024,
  maxAliases: 100,
  maxDepth: 16,
  maxFiles: 200_000,
};

export function limitsFrom(config: Pick<Config, 'limieten'>): Limits {
  const own = config.limieten ?? {};
  return {
    maxFileBytes: own.bestandsgrootte_kb !== undefined ? own.bestandsgrootte_kb * 1024 : DEFAULT_LIMITS.maxFileBytes,
    maxAliases: own.aliassen ?? DEFAULT_LIMITS.maxAliases,
    maxDepth: own.diepte ?? DEFAULT_LIMITS.maxDepth,
    maxFiles: own.bestanden ?? DEFAULT_LIMITS.maxFiles,
  };
}
