// Names and consent (AVG). Which names an audience may see, how they are removed from
// free text, and the last check that none slipped into a compiled document.
//
// Consent is per person: when the same name has different `toestemming` in different
// files, the strictest one counts. A name with `geen` is hidden in every audience; the
// public audience also hides every name without `publiek`. The team (config.team) is
// named in both audiences, unless a file says `geen` for that name.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { InternalError } from '../errors.js';
import type { Logbook } from '../model/types.js';
import type { Audience, RenderDocument } from '../render/document.js';

/** What stands in free text where a name without consent was. */
export const WEGGELATEN = '(naam weggelaten)';

type Consent = 'geen' | 'intern' | 'publiek';
const STRICTNESS: Record<Consent, number> = { geen: 0, intern: 1, publiek: 2 };

export interface NamePolicy {
  readonly audience: Audience;
  /** Whether this name may be shown to the audience. */
  allows(name: string): boolean;
  /** The text with every name the audience may not see replaced by WEGGELATEN. */
  redact(text: string): string;
  /** Whether a URL, file name or SVG holds a hidden name, in any spelling (slug, %-encoded, entities). */
  leaks(text: string): boolean;
  /** Every hidden name, for tests and the final check. */
  readonly hidden: readonly string[];
}

export function namePolicy(logbook: Logbook, audience: Audience): NamePolicy {
  const consent = new Map<string, { name: string; consent: Consent }>();
  const record = (name: string | undefined, level: Consent | undefined) => {
    if (name === undefined || level === undefined || key(name) === '') return;
    const previous = consent.get(key(name));
    if (!previous || STRICTNESS[level] < STRICTNESS[previous.consent]) consent.set(key(name), { name, consent: level });
  };
  for (const sessie of logbook.sessies) for (const deelnemer of sessie.data.deelnemers) record(deelnemer.naam, deelnemer.toestemming);
  for (const portret of logbook.portretten) record(portret.data.persoon, portret.data.toestemming);
  record(logbook.config.project?.contactpersoon, logbook.config.project?.toestemming);

  const team = new Set(logbook.config.team.map((lid) => key(lid.naam)));
  const isHidden = (k: string): boolean => {
    const entry = consent.get(k);
    if (!entry) return false;
    if (entry.consent === 'geen') return true;
    return audience === 'publiek' && entry.consent !== 'publiek' && !team.has(k);
  };

  // Every known name takes part in matching, the longest first, so that an allowed
  // "Anna de Vries" is not cut up by a hidden "Anna".
  const known = new Map<string, string>();
  for (const [k, entry] of consent) known.set(k, entry.name);
  for (const lid of logbook.config.team) if (!known.has(key(lid.naam))) known.set(key(lid.naam), lid.naam);
  const hidden = [...known].filter(([k]) => isHidden(k)).map(([, name]) => name);
  const index = new NameIndex([...known].map(([k, name]) => ({ name, tokens: loose(name).split(' '), hidden: isHidden(k) })));
  const patterns = new Map<string, RegExp>();

  return {
    audience,
    hidden,
    allows: (name) => !isHidden(key(name)),
    redact(text) {
      if (hidden.length === 0) return text;
      // Find the names in the text cheaply first; only a text with a hidden name gets a regular expression.
      const found = index.find(loose(text));
      if (!found.some((entry) => entry.hidden)) return text;
      const names = found.map((entry) => entry.name).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
      const cacheKey = names.join('\u0000');
      let exact = patterns.get(cacheKey);
      if (!exact) {
        exact = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(pattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
        patterns.set(cacheKey, exact);
      }
      const decomposed = text.normalize('NFD');
      const replaced = decomposed.replace(exact, (match) => (index.isHidden(loose(match)) ? WEGGELATEN : match));
      return replaced === decomposed ? text : replaced.normalize('NFC');
    },
    leaks(text) {
      return hidden.length > 0 && index.find(loose(text)).some((entry) => entry.hidden);
    },
  };
}

interface NameEntry {
  readonly name: string;
  /** The name as `loose()` words. */
  readonly tokens: readonly string[];
  readonly hidden: boolean;
}

/** Known names by their first word, for a left-to-right scan that takes the longest name at each place. */
class NameIndex {
  private readonly byFirst = new Map<string, NameEntry[]>();
  private readonly hiddenLoose = new Set<string>();

  constructor(entries: readonly NameEntry[]) {
    for (const entry of entries) {
      if (entry.tokens.length === 0 || entry.tokens[0] === '') continue;
      const list = this.byFirst.get(entry.tokens[0]!) ?? [];
      // A name known both as hidden and as allowed (two spellings): hidden wins.
      const same = list.findIndex((other) => other.tokens.join(' ') === entry.tokens.join(' '));
      if (same === -1) list.push(entry);
      else if (entry.hidden) list[same] = entry;
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirst.set(entry.tokens[0]!, list);
      if (entry.hidden) this.hiddenLoose.add(entry.tokens.join(' '));
    }
  }

  isHidden(looseName: string): boolean {
    return this.hiddenLoose.has(looseName);
  }

  /** The names in a `loose()` text, longest first at each place, without overlaps. */
  find(looseText: string): NameEntry[] {
    const words = looseText === '' ? [] : looseText.split(' ');
    const found: NameEntry[] = [];
    for (let at = 0; at < words.length; at++) {
      const candidates = this.byFirst.get(words[at]!);
      if (!candidates) continue;
      const match = candidates.find((entry) => entry.tokens.every((token, offset) => words[at + offset] === token));
      if (match) {
        found.push(match);
        at += match.tokens.length - 1;
      }
    }
    return found;
  }
}

/** The comparison key of a name: case, accents and spacing do not count. */
function key(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
}

/** A name as a regular expression over NFD text: any case, with or without accents, any separator. */
function pattern(name: string): string {
  const base = name.normalize('NFD').replace(/\p{M}/gu, '').trim();
  let source = '';
  for (const char of base) {
    if (/[\s\u00A0_.+-]/u.test(char)) source += source.endsWith(SEPARATOR) ? '' : SEPARATOR;
    else if (/['’‘`]/u.test(char)) source += "['’‘`]?";
    else if (/\p{L}/u.test(char)) source += `${escapeRegExp(char)}\\p{M}*`;
    else source += escapeRegExp(char);
  }
  return source;
}

const SEPARATOR = '[\\s\\u00A0_.+-]+';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Text reduced to lower-case letters and digits separated by single spaces (slugs, URLs, XML). */
function loose(text: string): string {
  let decoded = text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => safeChar(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => safeChar(parseInt(dec, 10)));
  try {
    decoded = decodeURIComponent(decoded.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // Not URL-encoded after all: keep it as it is.
  }
  return decoded
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function safeChar(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** A copy of a Markdown tree with every hidden name removed from its text, alt text and links. */
export function redactTree<T extends Root>(tree: T, policy: NamePolicy): T {
  return { ...tree, children: redactNodes(tree.children, policy) };
}

export function redactNodes(nodes: readonly RootContent[], policy: NamePolicy): RootContent[] {
  return nodes.flatMap((node) => redactNode(node, policy));
}

function redactNode(node: RootContent, policy: NamePolicy): RootContent[] {
  const copy = { ...node } as RootContent & { value?: string; alt?: string | null; title?: string | null; url?: string; children?: RootContent[] };
  if (typeof copy.value === 'string') copy.value = policy.redact(copy.value);
  if (typeof copy.alt === 'string') copy.alt = policy.redact(copy.alt);
  if (typeof copy.title === 'string') copy.title = policy.redact(copy.title);
  if (Array.isArray(copy.children)) copy.children = redactNodes(copy.children, policy);
  if (typeof copy.url === 'string' && policy.leaks(copy.url)) {
    // A link whose address holds a hidden name keeps only its text; such an image goes.
    if (copy.type === 'link') return (copy.children ?? []) as PhrasingContent[];
    if (copy.type === 'image') return [];
    if (copy.type === 'definition') return [];
  }
  return [copy as RootContent];
}

/** Every string in a plain data object redacted; keys listed in `keep` are left alone. */
export function redactData<T>(value: T, policy: NamePolicy, keep: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return policy.redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactData(item, policy, keep)) as T;
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) result[k] = keep.has(k) ? v : redactData(v, policy, keep);
    return result as T;
  }
  return value;
}

/**
 * The last line of defence: a compiled document that would show a hidden name anywhere
 * (text, links, alt text, file names, charts) is refused, so nothing is written.
 */
export function assertNoHiddenNames(doc: RenderDocument, policy: NamePolicy): void {
  if (policy.hidden.length === 0) return;
  const places: string[] = [];
  const check = (where: string, value: string | null | undefined) => {
    if (value && policy.leaks(value)) places.push(where);
  };
  const walk = (node: Nodes) => {
    const fields = node as { value?: string; alt?: string | null; title?: string | null; url?: string };
    check('de tekst', fields.value);
    check('een alternatieve tekst', fields.alt);
    check('een titel', fields.title);
    check('een link', fields.url);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(doc.tree);
  const meta = doc.meta;
  for (const value of [meta.titel, meta.ondertitel, meta.organisatie, meta.leerroute, ...meta.partners]) check('de titel', value);
  check('de bestandsnaam', doc.slug);
  check('de bestandsnaam', doc.assetDir);
  for (const image of doc.images) {
    check('een bestandsnaam', image.name);
    check(`de alternatieve tekst van ${image.name}`, image.alt);
    check(`de afbeelding ${image.name}`, image.svg);
  }
  if (places.length > 0) {
    throw new InternalError(
      `Een naam zonder toestemming zou in ${doc.slug} komen (${[...new Set(places)].join(', ')}). ` +
        'Er is niets geschreven.',
    );
  }
}
