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
