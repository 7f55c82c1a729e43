// Dutch wording for the vocabularies, as the reports show them.
import type { Config } from '../validate/schemas/config.js';
import type { Deelnemer } from '../validate/schemas/kinds.js';
import {
  ACTIVITEIT_SOORTEN,
  CASUS_STATUS,
  GERICHT,
  labelOf,
  PARADIGMAS,
  ROLLEN,
  sdgNaam,
  SESSIE_SOORTEN,
  SESSIEROLLEN,
} from '../vocabulary/index.js';

export function sessieSoortLabel(id: string): string {
  return labelOf(SESSIE_SOORTEN, id);
}

export function activiteitSoortLabel(id: string): string {
  return labelOf(ACTIVITEIT_SOORTEN, id);
}

export function statusLabel(id: string): string {
  return labelOf(CASUS_STATUS, id);
}

export function gerichtLabel(id: string | undefined): string {
  return id === undefined ? '' : labelOf(GERICHT, id);
}

export function rolLabel(id: string, config: Pick<Config, 'rollen'>): string {
  return labelOf([...ROLLEN, ...SESSIEROLLEN, ...config.rollen], id);
}

export function isSessieRol(id: string): boolean {
  return SESSIEROLLEN.some((rol) => rol.id === id);
}

/** `SDG 4 Kwaliteitsonderwijs`. */
export function sdgLabel(nummer: number): string {
  return `SDG ${nummer} ${sdgNaam(nummer)}`;
}

/**
 * One paradigm: `Samenwerkende overheid`; two: `op de grens van presterende en
 * samenwerkende overheid` (they share the word "overheid").
 */
export function paradigmaTekst(ids: readonly string[]): string {
  const labels = [...new Set(ids)].map((id) => labelOf(PARADIGMAS, id));
  if (labels.length === 0) return '';
  if (labels.length === 1) return labels[0]!;
  const [a, b] = [labels[0]!.toLowerCase(), labels[1]!.toLowerCase()];
  const suffix = ' overheid';
  if (a.endsWith(suffix) && b.endsWith(suffix)) return `op de grens van ${a.slice(0, -suffix.length)} en ${b}`;
  return `op de grens van ${a} en ${b}`;
}

/** Who an attendee is, as the audience may see it: `Naam, functie` or just `functie`. */
export function wie(deelnemer: Pick<Deelnemer, 'naam' | 'functie'>): string {
  return deelnemer.naam ? `${deelnemer.naam}, ${deelnemer.functie}` : deelnemer.functie;
}

/**
 * `gemeente Delft, intern`, `Bewonersvereniging, extern`, `extern`; without `intern`
 * the report does not guess: `intern of extern niet vastgelegd`.
 */
export function herkomst(deelnemer: Pick<Deelnemer, 'organisatie' | 'intern'>, config: Pick<Config, 'organisatie'>): string {
  if (deelnemer.intern === undefined) {
    return deelnemer.organisatie ? `${deelnemer.organisatie}, intern of extern niet vastgelegd` : 'intern of extern niet vastgelegd';
  }
  const intern = deelnemer.intern;
  const organisatie = deelnemer.organisatie ?? (intern ? inLopendeTekst(config.organisatie) : undefined);
  return organisatie ? `${organisatie}, ${intern ? 'intern' : 'extern'}` : intern ? 'intern' : 'extern';
}

/**
 * An organisation as running text writes it: `Gemeente Delft` → `gemeente Delft`
 * (the capital belongs to the name on a cover, not mid-sentence).
 */
export function inLopendeTekst(organisatie: string): string {
  return organisatie.replace(/^Gemeente(?=\s)/, 'gemeente');
}

/** `de gemeente Delft`, `Dienst Dommelvallei`: an organisation after a preposition. */
export function deOrganisatie(organisatie: string): string {
  return /^gemeente\s/i.test(organisatie) ? `de ${inLopendeTekst(organisatie)}` : organisatie;
}

/** The Logboek's title: from the config, or "Logboek <leerroute>". */
export function logbookTitel(config: Pick<Config, 'titel' | 'leerroute'>): string {
  return config.titel ?? `Logboek ${config.leerroute}`;
}
