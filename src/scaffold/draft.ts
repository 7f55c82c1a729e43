// The answers for a new file: gathered from flags (and on a terminal from prompts),
// then completed with defaults and turned into frontmatter values and a file name.
import { rangtelwoord } from '../core/dutch.js';
import { FOLDERS, type Kind } from '../validate/schemas/kinds.js';
import type { ScaffoldContext } from './context.js';
import { KIND_SPECS, type Flag } from './kinds.js';
import { datedSlug, slugify } from './slug.js';
import {
  checkActiviteitSoort,
  checkCasus,
  checkDatum,
  checkLink,
  checkNummer,
  checkPeriode,
  checkSdgs,
  checkSessieSoort,
  checkStatus,
  checkTeamlid,
  checkText,
  checkToestemming,
  nextNummer,
  type Checked,
} from './values.js';

/** Everything a new file can be given; which fields apply depends on the kind. */
export interface Draft {
  titel?: string;
  datum?: string;
  soort?: string;
  casus?: string;
  /** The title of a case to create first (on a terminal, when the named one does not exist). */
  nieuweCasus?: { readonly titel: string; readonly sdgs: number[] };
  begeleiding?: string[];
  /** Participants by function; `intern` undefined when not known, `organisatie` for someone from outside. */
  deelnemers?: Array<{ functie: string; intern?: boolean; organisatie?: string }>;
  status?: string;
  initiatiefnemer?: string;
  sdgs?: number[];
  publiek?: string;
  link?: string;
  persoon?: string;
  functie?: string;
  toestemming?: string;
  nummer?: number;
  periode?: string;
  code?: string;
}

/** The raw flag values as commander hands them over. */
export type FlagValues = Partial<Record<Flag, string | string[] | undefined>>;

export interface ParsedFlags {
  readonly draft: Draft;
  /** Every wrong or misplaced flag, each as one Dutch sentence. */
  readonly problems: string[];
}

/** Checks every given flag against the logbook; collects all problems instead of stopping at the first. */
export function parseFlags(kind: Kind, flags: FlagValues, context: ScaffoldContext, today?: string): ParsedFlags {
  const spec = KIND_SPECS[kind];
  const draft: Draft = {};
  const problems: string[] = [];
  const take = <T>(checked: Checked<T>, assign: (value: T) => void): void => {
    if (checked.ok) assign(checked.value);
    else problems.push(checked.message);
  };

  for (const [flag, raw] of Object.entries(flags) as Array<[Flag, string | string[] | undefined]>) {
    if (raw === undefined) continue;
    if (!spec.flags.includes(flag)) {
      problems.push(`De optie --${flag === 'periode' ? 'period' : flag} hoort niet bij ${spec.naam}.`);
      continue;
    }
    const list = Array.isArray(raw) ? raw : [raw];
    const one = list.at(-1) ?? '';
    switch (flag) {
      case 'titel':
        take(checkText(one, 'De titel'), (value) => (draft.titel = value));
        break;
      case 'datum':
        take(checkDatum(one, today), (value) => (draft.datum = value));
        break;
      case 'soort':
        take(kind === 'sessie' ? checkSessieSoort(one) : checkActiviteitSoort(one), (value) => (draft.soort = value));
        break;
      case 'casus':
        take(checkCasus(one, context.casussen), (value) => (draft.casus = value));
        break;
      case 'begeleiding': {
        const namen: string[] = [];
        for (const text of list) take(checkTeamlid(text, context.config), (value) => namen.includes(value) || namen.push(value));
        draft.begeleiding = namen;
        break;
      }
      case 'deelnemer':
      case 'extern': {
        // --deelnemer: from the organisation itself; --extern: from outside (an initiative-taker, a partner).
        const deelnemers = (draft.deelnemers ??= []);
        for (const text of list) {
          take(checkText(text, 'De functie van een deelnemer'), (value) => deelnemers.push({ functie: value, intern: flag === 'deelnemer' }));
        }
        break;
      }
      case 'status':
        take(checkStatus(one), (value) => (draft.status = value));
        break;
      case 'initiatiefnemer':
        take(checkText(one, 'De initiatiefnemer'), (value) => (draft.initiatiefnemer = value));
        break;
      case 'sdg':
        take(checkSdgs(list), (value) => (draft.sdgs = value));
        break;
      case 'publiek':
        take(checkText(one, 'Het publiek'), (value) => (draft.publiek = value));
        break;
      case 'link':
        take(checkLink(one), (value) => (draft.link = value));
        break;
      case 'persoon':
        take(checkText(one, 'De persoon'), (value) => (draft.persoon = value));
        break;
      case 'functie':
        take(checkText(one, 'De functie'), (value) => (draft.functie = value));
        break;
      case 'toestemming':
        take(checkToestemming(one), (value) => (draft.toestemming = value));
        break;
      case 'nummer':
        take(checkNummer(one, context.rapportages), (value) => (draft.nummer = value));
        break;
      case 'periode':
        take(checkPeriode(one), (value) => (draft.periode = value));
        break;
      case 'code':
        take(checkText(one, 'De code'), (value) => (draft.code = value));
        break;
    }
  }
  return { draft, problems };
}

const DRAFT_FIELD: Readonly<Record<Flag, keyof Draft>> = {
  titel: 'titel',
  datum: 'datum',
  soort: 'soort',
  casus: 'casus',
  begeleiding: 'begeleiding',
  deelnemer: 'deelnemers',
  extern: 'deelnemers',
  status: 'status',
  initiatiefnemer: 'initiatiefnemer',
  sdg: 'sdgs',
  publiek: 'publiek',
  link: 'link',
  persoon: 'persoon',
  functie: 'functie',
  toestemming: 'toestemming',
  nummer: 'nummer',
  periode: 'periode',
  code: 'code',
};

/** The required flags a script left out. */
export function missingFlags(kind: Kind, draft: Draft): Flag[] {
  return KIND_SPECS[kind].required.filter((flag) => {
    const value = draft[DRAFT_FIELD[flag]];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

/** The answers with every default filled in: what the new file will say. */
export function completeDraft(kind: Kind, draft: Draft, context: ScaffoldContext, today: string): Draft {
  const done: Draft = { ...draft };
  if (KIND_SPECS[kind].dated) done.datum ??= today;
  if (kind === 'casus') done.status ??= 'lopend';
  if (kind === 'rapportage') {
    done.nummer ??= nextNummer(context.rapportages);
    done.titel ??= defaultRapportageTitel(done.nummer);
  }
  return done;
}

export function defaultRapportageTitel(nummer: number): string {
  return `${rangtelwoord(nummer)} rapportage`;
}

/**
 * The frontmatter values ef fills in, keyed as in the schema. A key left undefined
 * keeps the template's value: a placeholder that `ef check` points out.
 */
export function frontmatterValues(kind: Kind, draft: Draft): Record<string, unknown> {
  switch (kind) {
    case 'sessie':
      return {
        titel: draft.titel,
        datum: draft.datum,
        soort: draft.soort,
        casus: draft.casus,
        begeleiding: draft.begeleiding,
        deelnemers: draft.deelnemers?.length
          ? draft.deelnemers.map(({ functie, intern, organisatie }) =>
              intern === undefined ? { functie, intern: null } : { functie, ...(organisatie ? { organisatie } : {}), intern },
            )
          : undefined,
      };
    case 'casus':
      return { titel: draft.titel, status: draft.status, initiatiefnemer: draft.initiatiefnemer, sdgs: draft.sdgs };
    case 'activiteit':
      return { titel: draft.titel, datum: draft.datum, soort: draft.soort, publiek: draft.publiek, link: draft.link };
    case 'portret':
      return {
        titel: draft.titel,
        datum: draft.datum,
        persoon: draft.persoon,
        functie: draft.functie,
        toestemming: draft.toestemming,
      };
    case 'rapportage':
      return { nummer: draft.nummer, titel: draft.titel, periode: draft.periode, code: draft.code };
  }
}

/** `sessies/2021-01-28-evaluatie.md`, `casussen/cornelis-musius.md`, `rapportages/rapportage-3.md`. */
export function relativeFilePath(kind: Kind, draft: Draft): string {
  const folder = FOLDERS[kind];
  if (kind === 'rapportage') return `${folder}/rapportage-${draft.nummer ?? 1}.md`;
  const titel = draft.titel ?? '';
  const id = KIND_SPECS[kind].dated ? datedSlug(draft.datum ?? '', titel) : slugify(titel);
  return `${folder}/${id}.md`;
}
