// The fonts of every PDF ship with ef as npm packages, so a font installed on
// the machine never changes the output. All are SIL Open Font License 1.1, as
// packaged from Google Fonts by @expo-google-fonts (the package code is MIT),
// and all are .ttf files, which Typst needs (it does not read woff/woff2).
//
// Two families set the type: Adobe's Source Serif 4 (body) and Source Sans 3
// (headings, tables, page furniture, chart labels). Behind both stands the same
// list of Noto fallbacks, tried in order for any character the first family
// cannot draw: text pasted from Teams or WhatsApp (emoji, Arabic, Cyrillic, …)
// then still prints. What no family covers becomes a placeholder (see
// coverage.ts), and `ef check` warns about it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ConfigError } from '../core/errors.js';

/** Body text. */
export const FONT_SERIF = 'Source Serif 4';
/** Headings, tables, page furniture and chart labels. */
export const FONT_SANS = 'Source Sans 3';

export interface FontFamily {
  /** The family name Typst knows the files by. */
  readonly name: string;
  /** What the family is for (documentation; shown in docs/security.md). */
  readonly covers: string;
  /** Package paths of the styles ef loads, resolved with require.resolve. */
  readonly files: readonly string[];
}

const SERIF4 = '@expo-google-fonts/source-serif-4';
const SANS3 = '@expo-google-fonts/source-sans-3';

/** The two families of the design, exactly the styles the template uses. */
export const MAIN_FAMILIES: readonly FontFamily[] = [
  {
    name: FONT_SERIF,
    covers: 'lopende tekst: Latijns (met Turks), Grieks, Cyrillisch, Vietnamees',
    files: [
      `${SERIF4}/400Regular/SourceSerif4_400Regular.ttf`,
      `${SERIF4}/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf`,
      `${SERIF4}/600SemiBold/SourceSerif4_600SemiBold.ttf`,
      `${SERIF4}/700Bold/SourceSerif4_700Bold.ttf`,
      `${SERIF4}/700Bold_Italic/SourceSerif4_700Bold_Italic.ttf`,
    ],
  },
  {
    name: FONT_SANS,
    covers: 'koppen, tabellen en grafieken: dezelfde schriften',
    files: [
      `${SANS3}/400Regular/SourceSans3_400Regular.ttf`,
      `${SANS3}/400Regular_Italic/SourceSans3_400Regular_Italic.ttf`,
      `${SANS3}/600SemiBold/SourceSans3_600SemiBold.ttf`,
      `${SANS3}/600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf`,
      `${SANS3}/700Bold/SourceSans3_700Bold.ttf`,
    ],
  },
];

const NOTO = '@expo-google-fonts/noto-';

/**
 * Fallbacks, in the order Typst tries them. Regular and bold where a script is
 * read as running text; one style for symbols and emoji (Typst takes the
 * nearest style a family has, and never fakes one).
 */
export const FALLBACK_FAMILIES: readonly FontFamily[] = [
  {
    name: 'Noto Serif',
    covers: 'de rest van het Latijnse schrift (zoals ĳ, ŧ, ǝ), Grieks, Cyrillisch en IPA',
    files: [
      `${NOTO}serif/400Regular/NotoSerif_400Regular.ttf`,
      `${NOTO}serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf`,
      `${NOTO}serif/700Bold/NotoSerif_700Bold.ttf`,
      `${NOTO}serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf`,
    ],
  },
  {
    name: 'Noto Naskh Arabic',
    covers: 'Arabisch schrift (Arabisch, Perzisch/Dari, Koerdisch, Urdu)',
    files: [`${NOTO}naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf`, `${NOTO}naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf`],
  },
  {
    name: 'Noto Serif Hebrew',
    covers: 'Hebreeuws',
    files: [`${NOTO}serif-hebrew/400Regular/NotoSerifHebrew_400Regular.ttf`, `${NOTO}serif-hebrew/700Bold/NotoSerifHebrew_700Bold.ttf`],
  },
  {
    name: 'Noto Sans Ethiopic',
    covers: 'Ethiopisch schrift (Tigrinya, Amhaars)',
    files: [`${NOTO}sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf`, `${NOTO}sans-ethiopic/700Bold/NotoSansEthiopic_700Bold.ttf`],
  },
  {
    name: 'Noto Emoji',
    covers: 'emoji (zwart-wit)',
    files: [`${NOTO}emoji/400Regular/NotoEmoji_400Regular.ttf`],
  },
  {
    name: 'Noto Sans Math',
    covers: 'wiskundige letters (zoals 𝐯𝐞𝐭 en 𝘴𝘤𝘩𝘶𝘪𝘯 uit LinkedIn-berichten) en wiskundige tekens',
    files: [`${NOTO}sans-math/400Regular/NotoSansMath_400Regular.ttf`],
  },
  {
    name: 'Noto Sans Symbols 2',
    covers: 'pijlen, vormen, kaders, braille en andere symbolen',
    files: [`${NOTO}sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf`],
  },
  {
    name: 'Noto Sans Symbols',
    covers: 'omcirkelde cijfers en letters (①, Ⓐ) en overige symbolen',
    files: [`${NOTO}sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf`],
  },
];

/** Every family ef ships, the design's two first. */
export const FONT_FAMILIES: readonly FontFamily[] = [...MAIN_FAMILIES, ...FALLBACK_FAMILIES];

/** A family followed by all fallbacks: the list a Typst `font:` gets. */
export function fontStack(first: string): string[] {
  return [first, ...FALLBACK_FAMILIES.map((family) => family.name)];
}

/** Absolute path of a package file. */
export function resolveFontFile(file: string): string {
  return createRequire(import.meta.url).resolve(file);
}

/** The font files' bytes, in a fixed order. */
export async function loadFontBlobs(): Promise<Buffer[]> {
  return Promise.all(FONT_FAMILIES.flatMap((family) => family.files).map((file) => readFontFile(file)));
}

async function readFontFile(file: string): Promise<Buffer> {
  try {
    return await readFile(resolveFontFile(file));
  } catch (cause) {
    // Not a bug in ef and not the logbook: the installation is incomplete.
    // (ConfigError: exit code 2 with this message, no request to report a bug.)
    throw new ConfigError(`Het lettertype ${file} ontbreekt of is niet te lezen, dus ef kan geen PDF maken.`, {
      hint: 'Installeer ef opnieuw (npm ci of npm install in de map van ef); md en html werken ook zonder.',
      cause,
    });
  }
}
