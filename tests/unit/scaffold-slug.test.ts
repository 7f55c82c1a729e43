import { describe, expect, it } from 'vitest';
import { datedSlug, fold, MAX_SLUG_LENGTH, slugify } from '../../src/scaffold/slug.js';

describe('slugify', () => {
  it.each([
    ['Cornelis Musius', 'cornelis-musius'],
    ['Café "De Zon": één #1 — 50% - test', 'cafe-de-zon-een-1-50-test'],
    ['één', 'een'],
    ['Straße ÆØÅ Łódź', 'strasse-aeoa-lodz'],
    ['Çelik Yılmaz', 'celik-yilmaz'],
    ['  --Rapport  2021--  ', 'rapport-2021'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['CON', 'con-1'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('is never empty and never leaves its folder', () => {
    for (const title of ['', '   ', '..', '/', '...///\\\\', '🙂🙂', '中文标题', '"#%&']) {
      const slug = slugify(title);
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(slug).not.toContain('..');
    }
    expect(slugify('', 'casus')).toBe('casus');
  });

  it('keeps long titles short, cut at a word boundary', () => {
    const slug = slugify('Een hele lange titel over de renovatie van een basisschool uit de jaren twintig in Delft');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('een-hele-lange-titel-over-de-renovatie-van-een-basisschool');
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });
});

describe('datedSlug', () => {
  it('puts the date in front, once', () => {
    expect(datedSlug('2021-01-28', 'Evaluatie')).toBe('2021-01-28-evaluatie');
    expect(datedSlug('2021-01-28', '2021-01-28 Evaluatie')).toBe('2021-01-28-evaluatie');
    expect(datedSlug('2021-01-28', '???')).toBe('2021-01-28-naamloos');
  });
});

describe('fold', () => {
  it('folds case and diacritics for comparing names', () => {
    expect(fold('Çelik Yılmaz')).toBe('celik yilmaz');
    expect(fold('Agnes')).toBe('agnes');
  });
});
