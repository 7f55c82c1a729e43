// Titles → file names: lower-case ASCII, diacritics folded, only [a-z0-9-], never empty.

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

// Names that Windows refuses as file names, whatever the extension.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export const MAX_SLUG_LENGTH = 60;

/** Lower case with diacritics folded (`Çelik Yılmaz` → `celik yilmaz`); other characters unchanged. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\u0000-\u007f]/g, (char) => SPECIAL[char] ?? char);
}

/**
 * The file-name part for a title. Anything outside [a-z0-9] becomes a dash, so the
 * result can never contain `/`, `\` or `..` and never leaves its folder.
 *
 * @example slugify('Café "De Zon": één #1') === 'cafe-de-zon-een-1'
 */
export function slugify(text: string, fallback = 'naamloos'): string {
  let slug = fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastDash = cut.lastIndexOf('-');
    // Cut at a word boundary when there is one in the second half; otherwise mid-word.
    slug = (lastDash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
  }
  if (slug === '') return fallback;
  return RESERVED.test(slug) ? `${slug}-1` : slug;
}

/** `<datum>-<slug>` for dated kinds; a title that already starts with the date does not repeat it. */
export function datedSlug(datum: string, titel: string): string {
  const slug = slugify(titel);
  const withoutDate = slug.startsWith(`${datum}-`) ? slug.slice(datum.length + 1) : slug === datum ? '' : slug;
  return `${datum}-${withoutDate === '' ? 'naamloos' : withoutDate}`;
}
