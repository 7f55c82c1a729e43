// Model stage: validated entries → one read-only Logbook, sorted and cross-linked.
import { relative, sep } from 'node:path';
import type { RootContent } from 'mdast';
import { parseBody } from '../load/body.js';
import { markBeelden } from '../images/mark.js';
import { compareCodeUnits } from '../load/discover.js';
import { findSection } from '../load/sections.js';
import type { Entry, ValidatedLogbook } from '../validate/validate-logbook.js';
import { deepFreeze, withLazy } from './lazy.js';
import { parsePeriod } from './period.js';
import {
  SECTION_NAMES,
  type CasusModel,
  type Logbook,
  type SectionName,
  type SessieModel,
} from './types.js';

export function buildModel(validated: ValidatedLogbook): Logbook {
  const { entries, root } = validated;
  const base = (entry: Entry) => {
    const bestand = relative(root, entry.file.path).split(sep).join('/');
    return withLazy({ id: entry.id, bestand }, 'body', () => markBeelden(parseBody(entry.frontmatter.body, entry.frontmatter.bodyLine), bestand));
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
      return withLazy(
        Object.assign(common, { data: entry.data, casus, sdgs: entry.data.sdgs ?? casus?.data.sdgs ?? [] }),
        'secties',
        () => sectionsOf(common.body.children),
      );
    })
    .sort(byDateThenId);
  for (const sessie of sessies) (sessie.casus?.sessies as SessieModel[] | undefined)?.push(sessie);

  const logbook: Logbook = {
    config: validated.config,
    casussen: casussen as CasusModel[],
    sessies,
    activiteiten: entries.activiteit.map((entry) => Object.assign(base(entry), { data: entry.data })).sort(byDateThenId),
    portretten: entries.portret.map((entry) => Object.assign(base(entry), { data: entry.data })).sort(byDateThenId),
    rapportages: entries.rapportage
      .map((entry) => Object.assign(base(entry), { data: entry.data, periode: parsePeriod(entry.data.periode)! }))
      .sort((a, b) => a.data.nummer - b.data.nummer),
  };
  return deepFreeze(logbook);
}

export function sectionsOf(children: readonly RootContent[]): Partial<Record<SectionName, readonly RootContent[]>> {
  const sections: Partial<Record<SectionName, readonly RootContent[]>> = {};
  for (const name of SECTION_NAMES) {
    const section = findSection(children, name);
    if (section) sections[name] = section.content;
  }
  return sections;
}
