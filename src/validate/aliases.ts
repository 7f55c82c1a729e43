// Spellings that are accepted but are not the canonical id of a term.
import { GERICHT, PARADIGMAS, ROLLEN } from '../vocabulary/index.js';

export const ALIAS_SPELLINGS: ReadonlySet<string> = new Set(
  [...PARADIGMAS, ...GERICHT, ...ROLLEN].flatMap((term) =>
    ('aliassen' in term ? (term.aliassen as readonly string[]) : [])
      .map((alias) => alias.toLowerCase())
      .filter((alias) => alias !== term.id),
  ),
);
