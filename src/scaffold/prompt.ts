// On a terminal: ask for what the flags did not give, one question at a time, in Dutch.
// The prompt library is imported only here, and only when someone is at a terminal.
import type { Kind } from '../validate/schemas/kinds.js';
import { ACTIVITEIT_SOORTEN, CASUS_STATUS, SDGS, SESSIE_SOORTEN, TOESTEMMING } from '../vocabulary/index.js';
import type { ScaffoldContext } from './context.js';
import { defaultRapportageTitel, type Draft } from './draft.js';
import { KIND_SPECS } from './kinds.js';
import { slugify } from './slug.js';
import {
  checkDatum,
  checkLink,
  checkNummer,
  checkPeriode,
  checkSdgs,
  checkText,
  nextNummer,
  type Checked,
} from './values.js';

export interface PromptStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

/** Thrown when the user presses Ctrl-C (or closes the terminal) during a question. */
export class PromptCancelled extends Error {
  constructor() {
    super('afgebroken');
    this.name = 'PromptCancelled';
  }
}

type Inquirer = typeof import('@inquirer/prompts');

// The library's key hints are English; these are the same hints in Dutch.
function keysHelpTip(keys: [string, string][]): string {
  const dutch: Record<string, string> = { navigate: 'bladeren', select: 'kiezen', submit: 'klaar', all: 'alles', invert: 'omdraaien' };
  return keys
    .map(([key, action]) => `${key === 'space' ? 'spatie' : key} ${key === 'space' ? 'aan/uit' : (dutch[action] ?? action)}`)
    .join(' • ');
}

const THEME = { style: { keysHelpTip } };

/** Asks, one by one, for every answer a new file of this kind can use and `draft` lacks. */
export async function askMissing(
  kind: Kind,
  draft: Draft,
  context: ScaffoldContext,
  today: string,
  streams: PromptStreams,
  /** The existing file a draft with this title (and date) would collide with. */
  findClash?: (draft: Draft) => Promise<string | undefined>,
  /** A case named with --casus that does not exist (ef offers to create it). */
  unknownCasus?: string,
): Promise<Draft> {
  const ask = await createAsker(streams);
  const done: Draft = { ...draft };
  const naam = KIND_SPECS[kind].naam.replace(/^een /, '');

  if (kind === 'rapportage') {
    const next = nextNummer(context.rapportages);
    done.nummer ??= Number(await ask.text('Nummer van de rapportage', (text) => checkNummer(text, context.rapportages), String(next)));
    done.periode ??= await ask.text('Periode (bijvoorbeeld 2021-Q1, 2021-H1 of 2021-01-01..2021-03-15)', checkPeriode);
    done.titel ??= await ask.text('Titel', (text) => checkText(text, 'De titel'), defaultRapportageTitel(done.nummer));
    return done;
  }

  const titleGiven = done.titel !== undefined;
  const dateGiven = done.datum !== undefined;
  for (;;) {
    done.titel ??= await ask.text(`Titel van de ${naam}`, (text) => checkText(text, 'De titel'));
    if (KIND_SPECS[kind].dated && done.datum === undefined) {
      const answer = await ask.text('Datum (JJJJ-MM-DD, 28-1-2021, vandaag of gisteren)', (text) => checkDatum(text, today), today);
      const checked = checkDatum(answer, today);
      if (checked.ok) done.datum = checked.value;
    }
    // Before the other questions: a file with this title and date would not be written.
    const existing = findClash ? await findClash(done) : undefined;
    if (existing === undefined || (titleGiven && (dateGiven || !KIND_SPECS[kind].dated))) break;
    streams.output.write(`Er is al een ${naam} met deze titel${KIND_SPECS[kind].dated ? ' en datum' : ''}: ${existing}. Kies een andere titel${KIND_SPECS[kind].dated ? ' of datum' : ''}.\n`);
    if (!titleGiven) done.titel = undefined;
    if (!dateGiven) done.datum = undefined;
  }

  switch (kind) {
    case 'sessie': {
      done.soort ??= await ask.choose('Soort sessie', SESSIE_SOORTEN.map((s) => ({ value: s.id, name: s.label })));
      if (unknownCasus !== undefined && done.casus === undefined) {
        // The case named with --casus does not exist: offer to make it, rather than stop.
        const answer = await ask.choose(`De casus "${unknownCasus}" bestaat nog niet. Wil je hem nu aanmaken?`, [
          { value: 'ja', name: `ja, maak de casus "${unknownCasus}" aan` },
          { value: 'nee', name: 'nee, kies een andere casus' },
        ]);
        if (answer === 'ja') await newCasus(ask, done, unknownCasus);
      }
      if (done.casus === undefined) {
        const choices = [
          ...context.casussen.map((casus) => ({ value: casus.id, name: casus.titel ? `${casus.titel} (${casus.id})` : casus.id })),
          { value: '', name: 'Geen casus (of later invullen)' },
          { value: NEW_CASUS, name: 'Een nieuwe casus aanmaken' },
        ];
        const casus = await ask.choose('Bij welke casus hoort de sessie?', choices);
        if (casus === NEW_CASUS) {
          await newCasus(ask, done, await ask.text('Titel van de nieuwe casus', (text) => checkNewCasus(text, context)));
        } else if (casus !== '') {
          done.casus = casus;
        }
      }
      if (!done.begeleiding?.length) {
        done.begeleiding = await ask.several(
          'Wie begeleidden de sessie?',
          context.config.team.map((lid) => ({ value: lid.naam, name: lid.functie ? `${lid.naam} (${lid.functie})` : lid.naam })),
          'Kies ten minste één begeleider: ga ernaartoe en druk op de spatiebalk.',
        );
      }
      if (!done.deelnemers?.length) {
        const deelnemers: Array<{ functie: string; intern?: boolean; organisatie?: string }> = [];
        const eigen = context.config.organisatie;
        for (;;) {
          const functie = await ask.optional(`Functie van deelnemer ${deelnemers.length + 1} (leeg laten als je klaar bent)`);
          if (functie === undefined) break;
          // Outside initiative-takers must not vanish from the figures: ask, and allow "don't know".
          const herkomst = await ask.choose(
            `Is deze deelnemer van ${eigen}?`,
            [
              { value: 'intern', name: `ja, van ${eigen}` },
              { value: 'extern', name: 'nee, van buiten (initiatiefnemer, partner, inwoner)' },
              { value: 'onbekend', name: 'weet ik niet' },
            ],
            'intern',
          );
          if (herkomst === 'onbekend') {
            deelnemers.push({ functie });
            continue;
          }
          if (herkomst === 'intern') {
            deelnemers.push({ functie, intern: true });
            continue;
          }
          const organisatie = await ask.optional('Van welke organisatie? (leeg: later invullen)');
          deelnemers.push({ functie, intern: false, ...(organisatie === undefined ? {} : { organisatie }) });
        }
        if (deelnemers.length > 0) done.deelnemers = deelnemers;
      }
      break;
    }
    case 'casus': {
      done.status ??= await ask.choose('Status', CASUS_STATUS.map((s) => ({ value: s.id, name: s.label })), 'lopend');
      done.initiatiefnemer ??= await ask.optional('Wie in de stad stelde de vraag? (leeg: later invullen)');
      if (!done.sdgs?.length) {
        const gekozen = await askSdgs(ask, "Met welke Global Goals (SDG's) is er verbinding?");
        if (gekozen.length > 0) done.sdgs = gekozen;
      }
      break;
    }
    case 'activiteit': {
      done.soort ??= await ask.choose('Soort activiteit', ACTIVITEIT_SOORTEN.map((s) => ({ value: s.id, name: s.label })));
      done.publiek ??= await ask.optional('Voor welk publiek? (bijvoorbeeld Directieteam; leeg: later invullen)');
      done.link ??= await ask.optional('Link (leeg als er geen is)', checkLink);
      break;
    }
    case 'portret': {
      done.persoon ??= await ask.optional('Over wie gaat het portret? (leeg: later invullen)');
      done.functie ??= await ask.optional('Functie van die persoon (leeg: later invullen)');
      done.toestemming ??= await ask.choose(
        'Welke toestemming gaf deze persoon?',
        TOESTEMMING.map((t) => ({ value: t.id, name: t.label })),
      );
      break;
    }
  }
  return done;
}

const NEW_CASUS = '\u0000nieuw';

/** A case to create along with the session: its title and (required) SDGs. */
async function newCasus(ask: Asker, draft: Draft, titel: string): Promise<void> {
  const gekozen = await askSdgs(ask, `Met welke Global Goals (SDG's) is de casus "${titel.trim()}" verbonden?`);
  draft.nieuweCasus = { titel: titel.trim(), sdgs: gekozen };
  draft.casus = slugify(titel.trim());
}

async function askSdgs(ask: Asker, message: string): Promise<number[]> {
  const gekozen = await ask.several(
    message,
    SDGS.map((sdg) => ({ value: String(sdg.nummer), name: `${sdg.nummer}. ${sdg.naam}` })),
    'Kies ten minste één SDG: ga ernaartoe en druk op de spatiebalk.',
  );
  const checked = checkSdgs(gekozen);
  return checked.ok ? checked.value : [];
}

function checkNewCasus(text: string, context: ScaffoldContext): Checked<string> {
  const titel = checkText(text, 'De titel');
  if (!titel.ok) return titel;
  const id = slugify(titel.value);
  if (context.casussen.some((casus) => casus.id === id)) return { ok: false, message: `De casus ${id} bestaat al; kies hem in de lijst.` };
  return titel;
}

export async function createAsker(streams: PromptStreams): Promise<Asker> {
  return new Asker(await import('@inquirer/prompts'), streams);
}

/** The kinds of question ef asks, with Ctrl-C turned into PromptCancelled. */
export class Asker {
  constructor(
    private readonly prompts: Inquirer,
    private readonly streams: PromptStreams,
  ) {}

  async text(message: string, check: (text: string) => Checked<unknown>, fallback?: string): Promise<string> {
    const answer = await this.run(() =>
      this.prompts.input(
        { message, ...(fallback !== undefined ? { default: fallback } : {}), validate: (text) => validation(check(text)) },
        this.streams,
      ),
    );
    return answer.trim();
  }

  /** Free text that may stay empty (undefined), checked only when given. */
  async optional(message: string, check?: (text: string) => Checked<unknown>): Promise<string | undefined> {
    const answer = await this.run(() =>
      this.prompts.input(
        { message, validate: (text) => (text.trim() === '' || !check ? true : validation(check(text))) },
        this.streams,
      ),
    );
    return answer.trim() === '' ? undefined : answer.trim();
  }

  async choose<T extends string>(message: string, choices: { value: T; name: string }[], fallback?: T): Promise<T> {
    return this.run(() => this.prompts.select<T>({ message, choices, default: fallback, pageSize: 10, theme: THEME }, this.streams));
  }

  async several(message: string, choices: { value: string; name: string }[], none: string): Promise<string[]> {
    return this.run(() =>
      this.prompts.checkbox<string>(
        { message, choices, pageSize: 10, validate: (chosen) => (chosen.length > 0 ? true : none), theme: THEME },
        this.streams,
      ),
    );
  }

  private async run<T>(question: () => Promise<T>): Promise<T> {
    try {
      return await question();
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new PromptCancelled();
      throw error;
    }
  }
}

function validation(checked: Checked<unknown>): true | string {
  return checked.ok ? true : checked.message;
}
