// Names and consent (AVG). Which names an audience may see, how they are removed from
// free text, and the last check that none slipped into a compiled document.
//
// Consent is per person: when the same name has different `toestemming` in different
// files, the strictest one counts. A name with `geen` is hidden in every audience; the
// public audience also hides every name without `publiek`. The team (config.team) is
// named in both audiences, unless a file says `geen` for that name.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { Logbook } from '../model/types.js';
import { HiddenNameError, type HiddenNameFinding } from '../privacy/hidden-name-error.js';
import { fold, NameMatcher } from '../privacy/names.js';
import { ACTIVITEIT_SOORTEN, CASUS_STATUS, GERICHT, PARADIGMAS, ROLLEN, SDGS, SESSIE_SOORTEN, SESSIEROLLEN, TOESTEMMING } from '../vocabulary/index.js';
import type { Audience, RenderDocument } from './document.js';

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
  /** The one name matcher (src/privacy/names.ts), set up for this logbook and audience. */
  readonly matcher: NameMatcher;
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

  // Every known name takes part in matching: an allowed name protects its own spelling
  // (the longest match wins), a hidden one is replaced.
  const known = new Map<string, string>();
  for (const [k, entry] of consent) known.set(k, entry.name);
  for (const lid of logbook.config.team) if (!known.has(key(lid.naam))) known.set(key(lid.naam), lid.naam);
  const people = [...known].map(([k, name]) => ({ name, hidden: isHidden(k) }));
  const matcher = new NameMatcher(people, { commonWords: [...efWords(), ...logbook.config.rollen.map((rol) => rol.label)] });

  return {
    audience,
    matcher,
    hidden: people.filter((person) => person.hidden).map((person) => person.name),
    allows: (name) => !isHidden(key(name)),
    redact: (text) => (matcher.hasHidden ? matcher.redact(text, WEGGELATEN) : text),
    leaks: (text) => matcher.findHidden(text).length > 0,
  };
}

/**
 * The words ef writes itself (vocabulary labels, section titles): a surname that is one of
 * them counts alone only with a capital, and the final check does not look for it alone.
 */
function efWords(): string[] {
  const labels = [GERICHT, PARADIGMAS, ROLLEN, SESSIEROLLEN, CASUS_STATUS, SESSIE_SOORTEN, ACTIVITEIT_SOORTEN, TOESTEMMING].flatMap((terms) =>
    terms.map((term) => term.label),
  );
  return [...labels, ...SDGS.map((goal) => goal.naam), ...EF_TEXT].flatMap((label) => label.split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 4);
}

const EF_TEXT = [
  'intern extern publiek geen rapportage logboek sessie sessies casus casussen bijeenkomst bijeenkomsten inleiding portretten portret',
  'monitoring campagne communicatie opbrengsten leerpunten vervolgvragen deelnemers functie functies totaal periode datum soort rollen',
  'aanwezig afwezig begeleiding team leerroute organisatie partners stand voorwoord inhoud publieksversie interne versie gericht stad',
];

/** The comparison key of a name as written in a `naam` field: folded, single spaces. */
function key(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

/** A copy of a Markdown tree with every hidden name removed from its text, alt text and links. */
export function redactTree<T extends Root>(tree: T, policy: NamePolicy): T {
  if (!policy.matcher.hasHidden) return tree;
  return { ...tree, children: redactNodes(tree.children, policy) };
}

export function redactNodes(nodes: readonly RootContent[], policy: NamePolicy): RootContent[] {
  return nodes.flatMap((node) => redactNode(node, policy));
}

// Nodes whose children are running text: a name split over their inline children
// (`Gerrit *Geheim*`, a link, a line break) is found over the text they show together.
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

type Fields = { value?: string; alt?: string | null; title?: string | null; url?: string; children?: Nodes[] };

function redactNode(node: RootContent, policy: NamePolicy): RootContent[] {
  const copy = { ...node } as RootContent & Fields;
  if (typeof copy.alt === 'string') copy.alt = policy.redact(copy.alt);
  if (typeof copy.title === 'string') copy.title = policy.redact(copy.title);
  if (typeof copy.url === 'string' && policy.leaks(copy.url)) {
    // A link whose address holds a hidden name keeps only its text; such an image goes.
    if (copy.type === 'definition' || copy.type === 'image') return [];
  }
  if (PHRASING_PARENTS.has(copy.type) && Array.isArray(copy.children)) {
    copy.children = redactPhrasing(copy.children as PhrasingContent[], policy);
  } else if (Array.isArray(copy.children)) {
    copy.children = redactNodes(copy.children as RootContent[], policy);
  } else if (typeof copy.value === 'string') {
    copy.value = policy.redact(copy.value);
  }
  return [copy];
}

/** Inline content with hidden names removed, also where markup splits a name. */
export function redactPhrasing(nodes: readonly PhrasingContent[], policy: NamePolicy): PhrasingContent[] {
  const copies = copyPhrasing(nodes, policy);
  const { text, pieces } = flatten(copies);
  const matches = policy.matcher.findHidden(text);
  if (matches.length === 0) return copies;
  for (const piece of pieces) {
    let value = '';
    let at = piece.start;
    const original = piece.node.type === 'break' ? '\n' : (piece.node as { value: string }).value;
    let changed = false;
    for (const match of matches) {
      if (match.end <= piece.start || match.start >= piece.end) continue;
      const from = Math.max(match.start, piece.start);
      const to = Math.min(match.end, piece.end);
      value += original.slice(at - piece.start, from - piece.start);
      // The replacement goes where the name starts; the rest of the name just goes.
      if (from === match.start) value += WEGGELATEN;
      at = to;
      changed = true;
    }
    if (!changed) continue;
    value += original.slice(at - piece.start);
    if (piece.node.type === 'break') (piece.node as { removed?: boolean }).removed = true;
    else (piece.node as { value: string }).value = value;
  }
  return prune(copies);
}

interface Piece {
  readonly node: PhrasingContent;
  readonly start: number;
  readonly end: number;
}

/** Copies of the inline nodes (so the model stays untouched), with link targets, alt texts and titles checked. */
function copyPhrasing(nodes: readonly PhrasingContent[], policy: NamePolicy): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    const copy = { ...node } as PhrasingContent & Fields;
    if (typeof copy.alt === 'string') copy.alt = policy.redact(copy.alt);
    if (typeof copy.title === 'string') copy.title = policy.redact(copy.title);
    const children = Array.isArray(copy.children) ? copyPhrasing(copy.children as PhrasingContent[], policy) : undefined;
    if (typeof copy.url === 'string' && policy.leaks(copy.url)) {
      if (copy.type === 'link') return children ?? [];
      if (copy.type === 'image') return [];
    }
    if (children) copy.children = children;
    return [copy];
  });
}

/** The text the inline nodes show together, and which node holds which part of it. */
function flatten(nodes: readonly PhrasingContent[]): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  const walk = (list: readonly PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
        pieces.push({ node, start: text.length, end: text.length + node.value.length });
        text += node.value;
      } else if (node.type === 'break') {
        pieces.push({ node, start: text.length, end: text.length + 1 });
        text += '\n';
      } else if ('children' in node) {
        walk(node.children);
      } else {
        // An image or a footnote reference separates words.
        text += ' ';
      }
    }
  };
  walk(nodes);
  return { text, pieces };
}

/** Without the nodes a redaction emptied: empty text, removed breaks, empty emphasis or links. */
function prune(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'break') return (node as { removed?: boolean }).removed ? [] : [node];
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value === '' ? [] : [node];
    if ('children' in node) {
      const children = prune(node.children);
      if (children.length === 0) return [];
      return [{ ...node, children }];
    }
    return [node];
  });
}

/** Every string in a plain data object redacted; keys listed in `keep` are left alone. */
export function redactData<T>(value: T, policy: NamePolicy, keep: ReadonlySet<string> = new Set()): T {
  if (!policy.matcher.hasHidden) return value;
  if (typeof value === 'string') return policy.redact(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => redactData(item, policy, keep)) as T;
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) result[k] = keep.has(k) ? v : redactData(v, policy, keep);
    return result as T;
  }
  return value;
}

/** The text a node shows to a reader, its inline children joined (for the checks below). */
function shownText(node: Nodes): string {
  return flatten('children' in node ? (node.children as PhrasingContent[]) : []).text;
}

/**
 * The check on the compiled document: a document that would show a hidden name
 * anywhere (text, also split by markup, links, alt text, file names, charts) is
 * refused, so nothing is written. The rendered files get the same check after
 * rendering (src/publish/guard.ts).
 */
export function assertNoHiddenNames(doc: RenderDocument, policy: NamePolicy): void {
  if (!policy.matcher.hasHidden) return;
  const found: HiddenNameFinding[] = [];
  const check = (where: string, value: string | null | undefined) => {
    if (!value) return;
    for (const match of policy.matcher.findHidden(value, { guard: true })) found.push({ where, name: match.name });
  };
  const walk = (node: Nodes, inText = false) => {
    const fields = node as Fields;
    const phrasing = PHRASING_PARENTS.has(node.type);
    if (phrasing) check('de tekst', shownText(node));
    // Text inside a paragraph, heading or cell was searched above, as the reader sees it.
    if (!inText) check('de tekst', fields.value);
    check('een alternatieve tekst', fields.alt);
    check('een titel', fields.title);
    check('een link', fields.url);
    check('een anker', (node.data)?.hProperties?.id);
    if ('children' in node) for (const child of node.children) walk(child, inText || phrasing);
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
  if (found.length > 0) throw new HiddenNameError(doc.slug, found);
}
