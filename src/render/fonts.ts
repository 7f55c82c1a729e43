// The fonts of every PDF ship with ef as npm packages, so a font installed on
// the machine never changes the output. Both are SIL Open Font License 1.1
// (Adobe's Source Serif 4 and Source Sans 3, as packaged from Google Fonts by
// @expo-google-fonts; the package code is MIT): full Latin coverage, and
// the .ttf files Typst needs (it does not read woff/woff2).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Body text. */
export const FONT_SERIF = 'Source Serif 4';
/** Headings, tables, page furniture and chart labels. */
export const FONT_SANS = 'Source Sans 3';

// Exactly the styles the template uses; the PDF embeds only the glyphs it needs.
const FILES = [
  '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  '@expo-google-fonts/source-serif-4/700Bold_Italic/SourceSerif4_700Bold_Italic.ttf',
  '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  '@expo-google-fonts/source-sans-3/600SemiBold_Italic/SourceSans3_600SemiBold_Italic.ttf',
  '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
] as const;

/** The font files' bytes, in a fixed order. */
export async function loadFontBlobs(): Promise<Buffer[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(FILES.map((file) => readFile(require.resolve(file))));
}
