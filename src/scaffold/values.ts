// Checks for single answers, shared by flags and prompts, so that a script and a person
// at a terminal get the same rules and the same Dutch explanations.
import { parsePeriod } from '../core/period.js';
import { didYouMean } from '../validate/suggest.js';
import { ISO_DATE, isRealDate } from '../validate/schemas/common.js';
import {
  ACTIVITEIT_SOORTEN,
  CASUS_STATUS,
  SDG_MAX,
  SDG_MIN,
  SESSIE_SOORTEN,
  TOESTEMMING,
} from '../vocabulary/index.js';
import type { Config } from '../validate/schemas/config.js';
import type { CasusRef, RapportageRef } from './context.js';
import { fold } from './slug.js';
import { dutchDateToIso } from '../core/dutch-date.js';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = (message: string): Checked<never> => ({ ok: false, message });

/** Non-empty text without surrounding whitespace. */
export function checkText(text: string, what: string): Checked<string> {
  const value = text.trim();
  return value === '' ? fail(`${what} is leeg.`) : ok(value);
}

/**
 * A date as people type it: `2021-01-28`, `28-1-2021`, `28 januari 2021`, and with
 * `today` also `vandaag`, `gisteren` and `eergisteren`. The value is always ISO.
 */
export function checkDatum(text: string, today?: string): Checked<string> {
  const value = text.trim();
  const daysBack = RELATIVE_DAYS[value.toLowerCase()];
  if (daysBack !== undefined && today !== undefined) return ok(addDays(today, -daysBack));
  const dutch = dutchDateToIso(value);
  if (dutch) return ok(dutch);
  if (!ISO_DATE.test(value)) {
    return fail(`"${value}" is geen datum die ef herkent. Schrijf bijvoorbeeld 2021-01-28, 28-1-2021 of 28 januari 2021${today ? ', of vandaag of gisteren' : ''}.`);
  }
  if (!isRealDate(value)) return fail(`De datum ${value} bestaat niet. Controleer dag en maand.`);
  return ok(value);
}

const RELATIVE_DAYS: Record<string, number> = { vandaag: 0, gisteren: 1, eergisteren: 2 };

function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function checkTerm<T extends string>(text: string, terms: readonly { id: T }[], what: string): Checked<T> {
  const value = text.trim().toLowerCase();
  const ids = terms.map((term) => term.id);
  const found = ids.find((id) => id === value);
  if (found) return ok(found);
  return fail(`${what} "${text.trim()}" bestaat niet. Kies uit: ${ids.join(', ')}.${didYouMean(value, ids)}`);
}

export const checkSessieSoort = (text: string) => checkTerm(text, SESSIE_SOORTEN, 'De soort sessie');
export const checkActiviteitSoort = (text: string) => checkTerm(text, ACTIVITEIT_SOORTEN, 'De soort activiteit');
export const checkStatus = (text: string) => checkTerm(text, CASUS_STATUS, 'De status');
export const checkToestemming = (text: string) => checkTerm(text, TOESTEMMING, 'De toestemming');

/**
 * A team member by full name, in any letter case, or by a first name that only one
 * member has; the file always gets the name exactly as the config spells it.
 */
export function checkTeamlid(text: string, config: Pick<Config, 'team'>): Checked<string> {
  const wanted = fold(text.trim());
  const namen = config.team.map((lid) => lid.naam);
  const exact = namen.find((naam) => naam === text.trim()) ?? namen.find((naam) => fold(naam) === wanted);
  if (exact) return ok(exact);
  const byFirstName = namen.filter((naam) => fold(naam).split(/\s+/)[0] === wanted);
  if (byFirstName.length === 1) return ok(byFirstName[0]!);
  return fail(
    `${text.trim()} staat niet in het team in ef.config.yaml.${didYouMean(text.trim(), namen)} Kies uit: ${namen.join(', ')}.`,
  );
}

/** A case by its id (file name) or by its exact title, in any letter case. */
export function checkCasus(text: string, casussen: readonly CasusRef[]): Checked<string> {
  const wanted = text.trim().replace(/\.md$/i, '').replace(/^casussen\//i, '').toLowerCase();
  const found =
    casussen.find((casus) => casus.id === wanted) ??
    casussen.find((casus) => casus.id.toLowerCase() === wanted) ??
    casussen.find((casus) => casus.titel !== undefined && fold(casus.titel) === fold(text.trim()));
  if (found) return ok(found.id);
  const ids = casussen.map((casus) => casus.id);
  const known = ids.length > 0 ? ` Bestaande casussen: ${ids.join(', ')}.` : ' Er zijn nog geen casussen.';
  return fail(
    `De casus "${text.trim()}" bestaat niet: er is geen bestand casussen/${wanted}.md.${didYouMean(wanted, ids)}${known} ` +
      'Maak de casus eerst aan met `ef new-case`.',
  );
}

/** SDG numbers; `--sdg 4 --sdg 7` and `--sdg 4,7` both work. */
export function checkSdgs(texts: readonly string[]): Checked<number[]> {
  const numbers: number[] = [];
  for (const part of texts.flatMap((text) => text.split(/[\s,]+/)).filter((part) => part !== '')) {
    const value = Number(part.replace(/^sdg/i, ''));
    if (!Number.isInteger(value) || value < SDG_MIN || value > SDG_MAX) {
      return fail(`"${part}" is geen SDG: een SDG is een nummer van ${SDG_MIN} tot en met ${SDG_MAX}.`);
    }
    if (!numbers.includes(value)) numbers.push(value);
  }
  if (numbers.length === 0) return fail('Geef ten minste één SDG (een nummer van 1 tot en met 17).');
  return ok(numbers.sort((a, b) => a - b));
}

export function checkLink(text: string): Checked<string> {
  const value = text.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`"${value}" is geen webadres. Schrijf het volledige adres, beginnend met https://.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(`"${value}" is geen webadres. Schrijf het volledige adres, beginnend met https://.`);
  }
  return ok(value);
}

export function checkPeriode(text: string): Checked<string> {
  const value = text.trim();
  if (parsePeriod(value)) return ok(value);
  return fail(`De periode "${value}" wordt niet herkend. Schrijf bijvoorbeeld 2021, 2021-H1, 2021-Q1, 2021-03 of 2021-01-01..2021-03-15.`);
}

export function checkNummer(text: string, rapportages: readonly RapportageRef[]): Checked<number> {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    return fail(`Het nummer van een rapportage is een heel getal vanaf 1, niet "${text.trim()}".`);
  }
  const taken = rapportages.find((rapportage) => rapportage.nummer === value);
  if (taken) return fail(`Rapportage nummer ${value} bestaat al (rapportages/${taken.id}.md). Kies een ander nummer.`);
  return ok(value);
}

/** The first rapportage number after the highest one in use. */
export function nextNummer(rapportages: readonly RapportageRef[]): number {
  return rapportages.reduce((highest, rapportage) => Math.max(highest, rapportage.nummer ?? 0), 0) + 1;
}
