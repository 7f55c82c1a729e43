// Monitoring: the figures of a period (sessions, participants, cases, SDGs, roles, and
// how they shift month by month), counted from the model. Pure and deterministic: every
// list has a fixed order, so the same logbook gives the same object and the same JSON.
import { formatBereik, MAANDEN } from '../core/dutch.js';
import { contains, eersteDag, laatsteDag, type Period } from '../core/period.js';
import type { Logbook, SessieModel } from '../model/types.js';
import {
  ACTIVITEIT_SOORTEN,
  CASUS_STATUS,
  GERICHT,
  PARADIGMAS,
  ROLLEN,
  SDGS,
  SESSIE_SOORTEN,
  SESSIEROLLEN,
} from '../vocabulary/index.js';

// Kept free of zod and the loader: the charts import this module, and `ef --help` should not pay for them.
const SESSIEROL_IDS: readonly string[] = SESSIEROLLEN.map((rol) => rol.id);

/** Sorts by UTF-16 code units: the same order on every machine and in every locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type SessieSoortId = (typeof SESSIE_SOORTEN)[number]['id'];
export type ActiviteitSoortId = (typeof ACTIVITEIT_SOORTEN)[number]['id'];
export type CasusStatusId = (typeof CASUS_STATUS)[number]['id'];
export type ParadigmaId = (typeof PARADIGMAS)[number]['id'];
export type GerichtId = (typeof GERICHT)[number]['id'];

/** One row of a count: a vocabulary id, its Dutch label and how often it occurs. */
export interface Telling<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly aantal: number;
}

/** Roles per paradigm, split by orientation. A role on a border counts for both paradigms. */
export interface ParadigmaTelling extends Telling<ParadigmaId> {
  readonly stad: number;
  readonly intern: number;
}

export interface CasusTelling {
  readonly totaal: number;
  /** Every status of the vocabulary, in its order, zeros included. */
  readonly perStatus: readonly Telling<CasusStatusId>[];
}

export interface FunctieTelling {
  /** The function as first written (sessions by date; participants in file order). */
  readonly functie: string;
  /** Occurrences: one per session in which someone with this function took part. */
  readonly aantal: number;
  readonly intern: number;
  readonly extern: number;
  readonly onbekend: number;
}

export interface SdgTelling {
  readonly nummer: number;
  readonly naam: string;
  /** Official colour, upper-case hex with `#`. */
  readonly kleur: string;
  /** Sessions in the period linked to this SDG (their own SDGs, or their case's). */
  readonly sessies: number;
}

export interface MaandTelling {
  /** `YYYY-MM`. */
  readonly maand: string;
  /** `januari 2021`. */
  readonly label: string;
  readonly sessies: number;
  readonly deelnemers: number;
  /** Case roles (session roles such as toehoorder excluded). */
  readonly rollen: number;
  readonly perParadigma: readonly Telling<ParadigmaId>[];
  readonly perGericht: readonly Telling<GerichtId>[];
}

export interface Monitoring {
  readonly periode: { readonly van: string; readonly tot: string; readonly label: string };
  readonly sessies: {
    readonly totaal: number;
    /** Sessions without a `casus`. */
    readonly zonderCasus: number;
    /** Every kind of the vocabulary, in its order, zeros included. */
    readonly perSoort: readonly Telling<SessieSoortId>[];
  };
  readonly deelnemers: {
    /** Occurrences: a person at two sessions counts twice (names are optional and private). */
    readonly totaal: number;
    /** `intern: true`: from the organisation itself. */
    readonly intern: number;
    /** `intern: false`: from outside (initiative-takers, partners). */
    readonly extern: number;
    /** No `intern` in the file: not known, and not guessed. */
    readonly onbekend: number;
    readonly uniekeFuncties: number;
    /** Most frequent first, then alphabetical. */
    readonly functies: readonly FunctieTelling[];
  };
  readonly casussen: {
    /** Cases with at least one session in the period. */
    readonly inPeriode: CasusTelling;
    /** Every case in the logbook, whatever its dates. */
    readonly alle: CasusTelling;
  };
  /** All 17 SDGs in number order, zeros included. */
  readonly sdgs: readonly SdgTelling[];
  readonly rollen: {
    /** Case roles in the period's sessions; toehoorder and verslaglegger are not counted. */
    readonly totaal: number;
    /** Every role of the vocabulary (the config's own roles last), zeros included. */
    readonly perRol: readonly Telling[];
    readonly perParadigma: readonly ParadigmaTelling[];
    readonly perGericht: readonly Telling<GerichtId>[];
  };
  /**
   * One row per month from the first to the last month with a session in the period,
   * empty months in between included (as zeros); empty when there are no sessions.
   */
  readonly perMaand: readonly MaandTelling[];
  readonly activiteiten: {
    readonly totaal: number;
    readonly perSoort: readonly Telling<ActiviteitSoortId>[];
  };
}

export function computeMonitoring(logbook: Logbook, period: Pick<Period, 'van' | 'tot' | 'label'>): Monitoring {
  const sessies = logbook.sessies.filter((sessie) => contains(period, sessie.data.datum));
  const activiteiten = logbook.activiteiten.filter((activiteit) => contains(period, activiteit.data.datum));
  const casussenInPeriode = logbook.casussen.filter((casus) => casus.sessies.some((s) => contains(period, s.data.datum)));

  const deelnemers = sessies.flatMap((sessie) => sessie.data.deelnemers);
  const intern = deelnemers.filter((deelnemer) => deelnemer.intern === true).length;
  const extern = deelnemers.filter((deelnemer) => deelnemer.intern === false).length;

  return {
    periode: { van: period.van, tot: period.tot, label: period.label },
    sessies: {
      totaal: sessies.length,
      zonderCasus: sessies.filter((sessie) => sessie.casus === undefined).length,
      perSoort: tel(SESSIE_SOORTEN, sessies.map((sessie) => sessie.data.soort)),
    },
    deelnemers: {
      totaal: deelnemers.length,
      intern,
      extern,
      onbekend: deelnemers.length - intern - extern,
      ...functies(sessies),
    },
    casussen: {
      inPeriode: casusTelling(casussenInPeriode.map((casus) => casus.data.status)),
      alle: casusTelling(logbook.casussen.map((casus) => casus.data.status)),
    },
    sdgs: SDGS.map((goal) => ({
      nummer: goal.nummer,
      naam: goal.naam,
      kleur: goal.kleur,
      sessies: sessies.filter((sessie) => sessie.sdgs.includes(goal.nummer)).length,
    })),
    rollen: rollen(sessies, logbook),
    perMaand: perMaand(sessies),
    activiteiten: {
      totaal: activiteiten.length,
      perSoort: tel(ACTIVITEIT_SOORTEN, activiteiten.map((activiteit) => activiteit.data.soort)),
    },
  };
}

/**
 * The period `ef stats` uses without `--period`: from the first to the last session or
 * activity. A logbook without any gets an open period (and counts of zero).
 */
export function logbookPeriod(logbook: Logbook): Pick<Period, 'van' | 'tot' | 'label'> {
  // A month (`2021-02`) spans its days: the period starts at its first and ends at its last.
  const items = [...logbook.sessies, ...logbook.activiteiten];
  const van = items.map((item) => eersteDag(item.data.datum)).sort(compareCodeUnits)[0];
  const tot = items.map((item) => laatsteDag(item.data.datum)).sort(compareCodeUnits).at(-1);
  if (van === undefined || tot === undefined) return { van: '0000-01-01', tot: '9999-12-31', label: 'het hele logboek' };
  return { van, tot, label: `het hele logboek (${formatBereik(van, tot)})` };
}

/** A case role as counted: session roles (toehoorder, verslaglegger) have no paradigm and are left out. */
export interface CaseRole {
  readonly rol: string;
  readonly paradigma: readonly ParadigmaId[];
  readonly gericht: GerichtId;
  readonly fase: string | undefined;
}

export function caseRoles(deelnemer: SessieModel['data']['deelnemers'][number]): CaseRole[] {
  const result: CaseRole[] = [];
  for (const rol of deelnemer.rollen) {
    if (SESSIEROL_IDS.includes(rol.rol) || !rol.paradigma || !rol.gericht) continue;
    result.push({ rol: rol.rol, paradigma: [...new Set(rol.paradigma)], gericht: rol.gericht, fase: rol.fase });
  }
  return result;
}

function tel<Id extends string>(terms: readonly { id: Id; label: string }[], values: readonly string[]): Telling<Id>[] {
  return terms.map((term) => ({ id: term.id, label: term.label, aantal: values.filter((value) => value === term.id).length }));
}

function casusTelling(statuses: readonly string[]): CasusTelling {
  return { totaal: statuses.length, perStatus: tel(CASUS_STATUS, statuses) };
}

function functies(sessies: readonly SessieModel[]): { uniekeFuncties: number; functies: FunctieTelling[] } {
  // Functions are free text: the same function in another letter case or spacing is the same function.
  const byKey = new Map<string, { functie: string; aantal: number; intern: number; extern: number; onbekend: number }>();
  for (const sessie of sessies) {
    for (const deelnemer of sessie.data.deelnemers) {
      const functie = deelnemer.functie.replace(/\s+/g, ' ').trim();
      const key = functie.toLowerCase();
      const row = byKey.get(key) ?? { functie, aantal: 0, intern: 0, extern: 0, onbekend: 0 };
      row.aantal += 1;
      if (deelnemer.intern === false) row.extern += 1;
      else if (deelnemer.intern === true) row.intern += 1;
      else row.onbekend += 1;
      byKey.set(key, row);
    }
  }
  const rows = [...byKey.values()].sort(
    (a, b) =>
      b.aantal - a.aantal ||
      compareCodeUnits(a.functie.toLowerCase(), b.functie.toLowerCase()) ||
      compareCodeUnits(a.functie, b.functie),
  );
  return { uniekeFuncties: rows.length, functies: rows };
}

function roleVocabulary(logbook: Logbook): { id: string; label: string }[] {
  const terms: { id: string; label: string }[] = ROLLEN.map((rol) => ({ id: rol.id, label: rol.label }));
  for (const extra of logbook.config.rollen) {
    if (!terms.some((term) => term.id === extra.id)) terms.push({ id: extra.id, label: extra.label });
  }
  return terms;
}

function rollen(sessies: readonly SessieModel[], logbook: Logbook): Monitoring['rollen'] {
  const all = sessies.flatMap((sessie) => sessie.data.deelnemers.flatMap(caseRoles));
  const vocabulary = roleVocabulary(logbook);
  // A role the vocabulary does not know cannot pass validation; still, never lose a count.
  for (const role of all) if (!vocabulary.some((term) => term.id === role.rol)) vocabulary.push({ id: role.rol, label: role.rol });
  return {
    totaal: all.length,
    perRol: tel(vocabulary, all.map((role) => role.rol)),
    perParadigma: PARADIGMAS.map((paradigma) => {
      const inIt = all.filter((role) => role.paradigma.includes(paradigma.id));
      const stad = inIt.filter((role) => role.gericht === 'stad').length;
      return { id: paradigma.id, label: paradigma.label, aantal: inIt.length, stad, intern: inIt.length - stad };
    }),
    perGericht: tel(GERICHT, all.map((role) => role.gericht)),
  };
}

function perMaand(sessies: readonly SessieModel[]): MaandTelling[] {
  if (sessies.length === 0) return [];
  // A session dated by month only (`2021-02`) counts in that month.
  const months = sessies.map((sessie) => sessie.data.datum.slice(0, 7)).sort(compareCodeUnits);
  const rows: MaandTelling[] = [];
  for (let month = months[0]!; month <= months[months.length - 1]!; month = nextMonth(month)) {
    const inMonth = sessies.filter((sessie) => sessie.data.datum.slice(0, 7) === month);
    const roles = inMonth.flatMap((sessie) => sessie.data.deelnemers.flatMap(caseRoles));
    rows.push({
      maand: month,
      label: `${MAANDEN[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`,
      sessies: inMonth.length,
      deelnemers: inMonth.reduce((sum, sessie) => sum + sessie.data.deelnemers.length, 0),
      rollen: roles.length,
      perParadigma: PARADIGMAS.map((paradigma) => ({
        id: paradigma.id,
        label: paradigma.label,
        aantal: roles.filter((role) => role.paradigma.includes(paradigma.id)).length,
      })),
      perGericht: tel(GERICHT, roles.map((role) => role.gericht)),
    });
  }
  return rows;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}
