// Model stage: validated entries → one read-only Logbook, sorted and cross-linked.
import { relative, sep } from 'node:path';
import { logoProblem } from '../validate/rules/huisstijl.js';
import type { Root, RootContent } from 'mdast';
import { parseBody } from '../load/body.js';
import { leesBeeld } from '../images/beeld.js';
import { markBeelden } from '../images/mark.js';
import { compareCodeUnits } from '../load/discover.js';
import { findSection, listItemsIn, NEEDS_TREE } from '../load/sections.js';
import type { Entry } from '../validate/entries.js';
import type { ValidatedLogbook } from '../validate/validate-logbook.js';
import { deepFreeze, withLazy } from './lazy.js';
import { parsePeriod } from '../core/period.js';
import {
  SECTION_NAMES,
  type Logbook,
  type SectionName,
  type SessieModel } from './types.js';

export function buildModel(validated: ValidatedLogbook): Logbook {
  const { entries, root } = validated;
  const base = (entry: Entry) => {
    const bestand = relative(root, entry.file.path).split(sep).join('/');
    // The closures keep the body text, not the entry: its file, messages and raw
    // frontmatter can go once the model is built.
    const { body, bodyLine } = entry.frontmatter;
    const parse = () => markBeelden(parseBody(body, bodyLine), bestand);
    const doc = withLazy({ id: entry.id, bestand }, 'body', parse);
    fresh.set(doc, { body: parse });
    return doc;
  };

  const byDateThenId = <T extends { id: string; data: { datum: string } }>(a: T, b: T) =>
    compareCodeUnits(a.data.datum, b.data.datum) || compareCodeUnits(a.id, b.id);

  // Cases and sessions refer to each other; build cases first with a list we fill in.
  const casussen = entries.casus
    .map((entry) => Object.assign(base(entry), { data: entry.data, sessies: [] as SessieModel[] }))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  const casusById = new Map(casussen.map((casus) => [casus.id, casus]));

  const sessies: SessieModel[] = entries.sessie
    .map((entry) => {
      const common = base(entry);
      const casus = entry.data.casus === undefined ? undefined : casusById.get(entry.data.casus);
      const sessie = withLazy(
        Object.assign(common, { data: entry.data, casus, sdgs: entry.data.sdgs ?? casus?.data.sdgs ?? [] }),
        'secties',
        () => sectionsOf(common.body.children),
      );
      // Only the `## Opbrengsten` lines are parsed for the compact lists (Logboek, earlier
      // periods in a rapportage): a long logbook need not parse every whole body for them.
      const { body, bodyLine } = entry.frontmatter;
      const opbrengsten = () => markBeelden(opbrengstenBody(body, bodyLine), common.bestand);
      fresh.set(common, { body: fresh.get(common)!.body, opbrengsten });
      const metOpbrengsten = withLazy(sessie, 'opbrengsten', opbrengsten);
      return withLazy(metOpbrengsten, 'opbrengstenAantal', () => countOpbrengsten(body, bodyLine));
    })
    .sort(byDateThenId);
  for (const sessie of sessies) (sessie.casus?.sessies as SessieModel[] | undefined)?.push(sessie);

  const logbook: Logbook = {
    config: validated.config,
    casussen,
    sessies,
    activiteiten: entries.activiteit.map((entry) => Object.assign(base(entry), { data: entry.data })).sort(byDateThenId),
    portretten: entries.portret.map((entry) => Object.assign(base(entry), { data: entry.data })).sort(byDateThenId),
    rapportages: entries.rapportage
      .map((entry) => Object.assign(base(entry), { data: entry.data, periode: parsePeriod(entry.data.periode)! }))
      .sort((a, b) => a.data.nummer - b.data.nummer),
  };
  const logo = readLogo(root, validated.config.huisstijl?.logo);
  return deepFreeze(logo ? { ...logbook, logo } : logbook);
}

/**
 * How each document's body (and a session's Opbrengsten) is parsed. A model made from this
 * one (the audience's, with names taken out) parses its own tree through these, so that the
 * original does not keep a second tree of every body that is shown.
 */
const fresh = new WeakMap<object, { readonly body: () => Root; readonly opbrengsten?: () => Root }>();

/** The document's body, parsed anew (not kept by the document); its own tree for a model built from this one. */
export function freshBody(doc: { readonly body: Root }): Root {
  return fresh.get(doc)?.body() ?? doc.body;
}

/** The session's `## Opbrengsten` content, parsed anew (not kept by the session). */
export function freshOpbrengsten(sessie: SessieModel): Root {
  return fresh.get(sessie)?.opbrengsten?.() ?? sessie.opbrengsten;
}

/**
 * The SVG text of the logo; `ef check` has made sure it is a file inside beelden/ (rule
 * logo-missing). Read like every other image, so it arrives sanitised: no script, no
 * outside reference reaches a report, however the SVG was made.
 */
function readLogo(root: string, logo: string | undefined): { svg: string } | undefined {
  if (logo === undefined || logoProblem(root, logo) !== undefined) return undefined;
  const gelezen = leesBeeld(root, logo);
  if (!('beeld' in gelezen) || gelezen.beeld.soort !== 'svg') return undefined;
  return { svg: new TextDecoder().decode(gelezen.beeld.bytes) };
}

/**
 * The content of the `## Opbrengsten` section alone, parsed with its file line numbers.
 * A body of plain lines is cut at its headings first. One whose structure depends on
 * context (NEEDS_TREE: setext headings, HTML, quotes, tabs) is parsed whole, as the check
 * does, and so is one with a link definition (`[plan]: https://…`): a reference in the
 * section means a link only with its definition, wherever in the body that stands. The
 * definitions come along, after the section's content, for the renderers to resolve.
 */
export function opbrengstenBody(body: string, bodyLine: number): Root {
  if (NEEDS_TREE.test(body) || DEFINITION.test(body)) {
    const children = parseBody(body, bodyLine).children;
    const section = findSection(children, 'opbrengsten');
    if (!section) return { type: 'root', children: [] };
    const elsewhere = children.filter((node) => node.type === 'definition' && !section.content.includes(node));
    return { type: 'root', children: [...section.content, ...elsewhere] };
  }
  const section = opbrengstenLines(body, bodyLine);
  if (!section) return { type: 'root', children: [] };
  return parseBody(section.lines.join('\n'), section.firstLine);
}

/** A line that may define a link reference (`[label]: destination`). */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/** The lines of `## Opbrengsten` in a body of plain lines, up to the next heading of level 1 or 2. */
function opbrengstenLines(body: string, bodyLine: number): { firstLine: number; lines: string[] } | undefined {
  let fence: string | undefined;
  let found: { firstLine: number; lines: string[] } | undefined;
  for (const [index, line] of body.split('\n').entries()) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      found?.lines.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      found?.lines.push(line);
      continue;
    }
    const heading = ATX.exec(line);
    if (heading && heading[1]!.length <= 2) {
      if (found) return found;
      if (heading[1]!.length === 2 && (heading[2] ?? '').trim().toLowerCase() === 'opbrengsten') found = { firstLine: bodyLine + index + 1, lines: [] };
      continue;
    }
    found?.lines.push(line);
  }
  return found;
}

/** Top-level list items of `## Opbrengsten`, counted on its lines (for the figures of a long history). */
export function countOpbrengsten(body: string, bodyLine: number): number {
  if (NEEDS_TREE.test(body)) return listItemsIn(opbrengstenBody(body, bodyLine).children);
  const section = opbrengstenLines(body, bodyLine);
  if (!section) return 0;
  let fence = false;
  let count = 0;
  for (const line of section.lines) {
    if (FENCE.test(line)) fence = !fence;
    else if (!fence && LIST_ITEM.test(line)) count += 1;
  }
  return count;
}

export function sectionsOf(children: readonly RootContent[]): Partial<Record<SectionName, readonly RootContent[]>> {
  const sections: Partial<Record<SectionName, readonly RootContent[]>> = {};
  for (const name of SECTION_NAMES) {
    const section = findSection(children, name);
    if (section) sections[name] = section.content;
  }
  return sections;
}
