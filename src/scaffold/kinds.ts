// Per file kind: which flags it takes, which of them a script must give, and how it is named.
// Kept free of heavy imports: the command definitions read it to build their help.
import type { Kind } from '../validate/schemas/kinds.js';

/** Every flag of `ef new`, once; each kind takes a few of them (KIND_SPECS). */
export const FLAGS = [
  'titel', 'datum', 'soort', 'casus', 'begeleiding', 'deelnemer', 'extern', 'status', 'initiatiefnemer', 'sdg',
  'publiek', 'link', 'persoon', 'functie', 'toestemming', 'nummer', 'periode', 'code',
] as const;

export type Flag = (typeof FLAGS)[number];

export interface KindSpec {
  /** Dutch name with article, for messages: "een sessie". */
  readonly naam: string;
  /** The flags this kind takes. */
  readonly flags: readonly Flag[];
  /** Flags a script must give (on a terminal, ef asks for them instead). */
  readonly required: readonly Flag[];
  /** Dated kinds are named `<datum>-<slug>.md`. */
  readonly dated: boolean;
}

export const KIND_SPECS: Readonly<Record<Kind, KindSpec>> = {
  sessie: {
    naam: 'een sessie',
    flags: ['titel', 'datum', 'soort', 'casus', 'begeleiding', 'deelnemer', 'extern'],
    required: ['titel', 'soort', 'begeleiding'],
    dated: true,
  },
  casus: {
    naam: 'een casus',
    flags: ['titel', 'status', 'initiatiefnemer', 'sdg'],
    // The SDGs are numbers, so a text placeholder cannot stand in for them.
    required: ['titel', 'sdg'],
    dated: false,
  },
  activiteit: {
    naam: 'een activiteit',
    flags: ['titel', 'datum', 'soort', 'publiek', 'link'],
    required: ['titel', 'soort'],
    dated: true,
  },
  portret: {
    naam: 'een portret',
    flags: ['titel', 'datum', 'persoon', 'functie', 'toestemming'],
    // Consent is a decision, never a default.
    required: ['titel', 'toestemming'],
    dated: true,
  },
  rapportage: {
    naam: 'een rapportage',
    flags: ['nummer', 'titel', 'periode', 'code'],
    required: ['periode'],
    dated: false,
  },
};

export const SCAFFOLD_KINDS = ['sessie', 'casus', 'activiteit', 'portret', 'rapportage'] as const satisfies readonly Kind[];

/** Other ways people name a kind on the command line. */
const KIND_ALIASES: Readonly<Record<string, Kind>> = {
  sessies: 'sessie',
  session: 'sessie',
  bijeenkomst: 'sessie',
  casussen: 'casus',
  case: 'casus',
  activiteiten: 'activiteit',
  activity: 'activiteit',
  portretten: 'portret',
  portrait: 'portret',
  rapportages: 'rapportage',
  report: 'rapportage',
};

export function kindFromArgument(text: string): Kind | undefined {
  const key = text.trim().toLowerCase();
  return (SCAFFOLD_KINDS as readonly string[]).includes(key) ? (key as Kind) : KIND_ALIASES[key];
}
