// What the cross-file rules need to know of a file: small, plain and serialisable, so
// that a huge logbook can be checked without keeping every file in memory, and so
// that the facts can come from a worker thread or the cache.
import type { Kind } from './schemas/kinds.js';
import type { Entry } from './entries.js';
import { parsePeriod } from '../core/period.js';
import { parseBody } from '../load/body.js';
import { beeldRefs, mayHaveImages, type BeeldRef } from '../images/refs.js';

export interface Facts {
  readonly kind: Kind;
  readonly id: string;
  /** Absolute path, to locate a message later by reading the file again. */
  readonly path: string;
  /** False when the file's frontmatter did not pass its schema. */
  readonly valid: boolean;
  /** A draft (`concept: true`): only its references are checked across files. */
  readonly concept?: boolean;
  readonly casus?: string;
  readonly begeleiding?: readonly string[];
  readonly nummer?: number;
  readonly periode?: { readonly van: string; readonly tot: string; readonly label: string };
  /** The images the body points at (checked on every run: an image can change without its file). */
  readonly beelden?: readonly BeeldRef[];
}

export function factsOf(kind: Kind, id: string, path: string, entry: Entry | undefined): Facts {
  if (!entry) return { kind, id, path, valid: false };
  const beelden = imagesOf(entry);
  return beelden.length === 0 ? kindFacts(kind, id, path, entry) : { ...kindFacts(kind, id, path, entry), beelden };
}

function imagesOf(entry: Entry): BeeldRef[] {
  const { body, bodyLine } = entry.frontmatter;
  if (!mayHaveImages(body)) return [];
  return beeldRefs(parseBody(body, bodyLine));
}

function kindFacts(kind: Kind, id: string, path: string, entry: Entry): Facts {
  switch (entry.kind) {
    case 'sessie':
      return {
        kind,
        id,
        path,
        valid: true,
        begeleiding: entry.data.begeleiding,
        ...(entry.data.casus === undefined ? {} : { casus: entry.data.casus }),
      };
    case 'rapportage': {
      const period = parsePeriod(entry.data.periode);
      return {
        kind,
        id,
        path,
        valid: true,
        nummer: entry.data.nummer,
        ...(period ? { periode: { van: period.van, tot: period.tot, label: period.label } } : {}),
      };
    }
    default:
      return { kind, id, path, valid: true };
  }
}
