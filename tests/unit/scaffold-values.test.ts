import { describe, expect, it } from 'vitest';
import { checkCasus, checkDatum, checkLink, checkNummer, checkPeriode, checkSdgs, checkTeamlid, nextNummer } from '../../src/scaffold/values.js';

const config = { team: [{ naam: 'Anna de Vries' }, { naam: 'Anna Bakker' }, { naam: 'Çelik Yılmaz' }] };

describe('answer checks', () => {
  it('finds team members by full name, folded, or by a unique first name', () => {
    expect(checkTeamlid('anna de vries', config)).toEqual({ ok: true, value: 'Anna de Vries' });
    expect(checkTeamlid('celik yilmaz', config)).toEqual({ ok: true, value: 'Çelik Yılmaz' });
    expect(checkTeamlid('Celik', config)).toEqual({ ok: true, value: 'Çelik Yılmaz' });
    // Two people are called Anna: the first name alone is not enough.
    const anna = checkTeamlid('Anna', config);
    expect(anna.ok).toBe(false);
    const typo = checkTeamlid('Anna de Vires', config);
    expect(typo).toMatchObject({ ok: false });
    expect(!typo.ok && typo.message).toContain('Bedoel je `Anna de Vries`?');
  });

  it('finds a case by id or title', () => {
    const casussen = [{ id: 'cornelis-musius', titel: 'Cornelis Musius' }];
    expect(checkCasus('cornelis-musius', casussen)).toEqual({ ok: true, value: 'cornelis-musius' });
    expect(checkCasus('casussen/cornelis-musius.md', casussen)).toEqual({ ok: true, value: 'cornelis-musius' });
    expect(checkCasus('Cornelis Musius', casussen)).toEqual({ ok: true, value: 'cornelis-musius' });
    const unknown = checkCasus('cornelis-musus', casussen);
    expect(!unknown.ok && unknown.message).toMatch(/bestaat niet.*Bedoel je `cornelis-musius`\?/);
  });

  it('checks dates, SDGs, links, periods and numbers', () => {
    expect(checkDatum('2021-02-30')).toEqual({ ok: false, message: 'De datum 2021-02-30 bestaat niet. Controleer dag en maand.' });
    // As Dutch people type dates: day first, and relative to today when ef knows it.
    expect(checkDatum('28-01-2021')).toEqual({ ok: true, value: '2021-01-28' });
    expect(checkDatum('28-1-2021')).toEqual({ ok: true, value: '2021-01-28' });
    expect(checkDatum('28 januari 2021')).toEqual({ ok: true, value: '2021-01-28' });
    expect(checkDatum('vandaag', '2021-03-01')).toEqual({ ok: true, value: '2021-03-01' });
    expect(checkDatum('Gisteren', '2021-03-01')).toEqual({ ok: true, value: '2021-02-28' });
    expect(checkDatum('eergisteren', '2024-03-01')).toEqual({ ok: true, value: '2024-02-28' });
    expect(checkDatum('30-2-2021').ok).toBe(false);
    expect(checkDatum('28-1-21').ok).toBe(false);
    expect(checkDatum('gisteren').ok).toBe(false);
    expect(checkDatum('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkSdgs(['11', '4,7', 'SDG4'])).toEqual({ ok: true, value: [4, 7, 11] });
    expect(checkSdgs(['18']).ok).toBe(false);
    expect(checkSdgs(['']).ok).toBe(false);
    expect(checkLink('https://example.org/x').ok).toBe(true);
    expect(checkLink('javascript:alert(1)').ok).toBe(false);
    expect(checkPeriode('2021-Q2').ok).toBe(true);
    expect(checkPeriode('Q2').ok).toBe(false);
    const rapportages = [{ id: 'rapportage-1', nummer: 1 }, { id: 'rapportage-2', nummer: 2 }];
    expect(checkNummer('2', rapportages).ok).toBe(false);
    expect(checkNummer('3', rapportages)).toEqual({ ok: true, value: 3 });
    expect(checkNummer('1.5', rapportages).ok).toBe(false);
    expect(nextNummer(rapportages)).toBe(3);
    expect(nextNummer([])).toBe(1);
  });
});
