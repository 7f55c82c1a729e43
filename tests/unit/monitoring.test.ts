// computeMonitoring on small fixture logbooks, through the real pipeline. Every expected
// number is counted by hand from the files in tests/fixtures/monitoring-reeks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMonitoring, logbookPeriod, type Monitoring } from '../../src/compile/monitoring.js';
import { loadLogbook } from '../../src/validate/load-logbook.js';
import { buildModel } from '../../src/model/build-model.js';
import { parsePeriod } from '../../src/core/period.js';
import type { Logbook } from '../../src/model/types.js';
import { validateLogbook } from '../../src/validate/validate-logbook.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

async function model(root: string): Promise<Logbook> {
  const loaded = await loadLogbook({ cwd: root, root });
  return buildModel(validateLogbook({ ...loaded, config: loaded.config! }));
}

const counts = (rows: readonly { id: string; aantal: number }[]) => Object.fromEntries(rows.map((row) => [row.id, row.aantal]));

describe('computeMonitoring: monitoring-reeks, the whole logbook', async () => {
  const logbook = await model(join(FIXTURES, 'monitoring-reeks'));
  const period = logbookPeriod(logbook);
  const m = computeMonitoring(logbook, period);

  it('takes the period from the first to the last session or activity', () => {
    expect(period).toEqual({ van: '2021-01-14', tot: '2021-09-01', label: 'het hele logboek (14 januari t/m 1 september 2021)' });
    expect(m.periode).toEqual(period);
  });

  it('counts sessions per kind, every kind listed in vocabulary order', () => {
    expect(m.sessies.totaal).toBe(5);
    expect(m.sessies.zonderCasus).toBe(2);
    expect(m.sessies.perSoort).toEqual([
      { id: 'interactief', label: 'Interactieve bijeenkomst', aantal: 2 },
      { id: 'evaluatie', label: 'Evaluatiebijeenkomst', aantal: 1 },
      { id: 'intervisie', label: 'Intervisie', aantal: 1 },
      { id: 'coaching', label: 'Coaching', aantal: 1 },
      { id: 'anders', label: 'Anders', aantal: 0 },
    ]);
  });

  it('counts participants per session, inside and outside, and their functions', () => {
    expect([m.deelnemers.totaal, m.deelnemers.intern, m.deelnemers.extern]).toEqual([13, 10, 3]);
    expect(m.deelnemers.uniekeFuncties).toBe(9);
    // "beleidsadviseur Energie" and "Beleidsadviseur  energie" are one function.
    expect(m.deelnemers.functies.map((f) => [f.functie, f.aantal, f.intern, f.extern])).toEqual([
      ['beleidsadviseur Energie', 2, 2, 0],
      ['beleidsadviseur Groen', 2, 2, 0],
      ['initiatiefnemer moestuin', 2, 0, 2],
      ['jurist', 2, 2, 0],
      ['gebiedscoördinator', 1, 1, 0],
      ['partner in Publiek Ondernemen', 1, 1, 0],
      ['projectleider', 1, 1, 0],
      ['teamleider Wijken', 1, 1, 0],
      ['voorzitter coöperatie', 1, 0, 1],
    ]);
  });

  it('never holds a name', () => {
    expect(JSON.stringify(m)).not.toContain('Bea Groen');
  });

  it('counts cases with a session in the period, and all cases', () => {
    expect(m.casussen.inPeriode.totaal).toBe(2);
    expect(counts(m.casussen.inPeriode.perStatus)).toEqual({ lopend: 1, afgerond: 1, gepauzeerd: 0 });
    expect(m.casussen.alle.totaal).toBe(3);
    expect(counts(m.casussen.alle.perStatus)).toEqual({ lopend: 1, afgerond: 1, gepauzeerd: 1 });
  });

  it("counts sessions per SDG, the session's own SDGs before its case's", () => {
    expect(m.sdgs).toHaveLength(17);
    expect(m.sdgs.map((goal) => goal.nummer)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const touched = Object.fromEntries(m.sdgs.filter((goal) => goal.sessies > 0).map((goal) => [goal.nummer, goal.sessies]));
    // SDG 13 belongs to the energy case, but its session names 7 and 17 itself.
    expect(touched).toEqual({ 2: 1, 7: 1, 11: 2, 15: 1, 17: 1 });
    expect(m.sdgs[3]).toEqual({ nummer: 4, naam: 'Kwaliteitsonderwijs', kleur: '#C5192D', sessies: 0 });
  });

  it('counts roles per role, paradigm (a border role counts for both) and orientation; session roles left out', () => {
    expect(m.rollen.totaal).toBe(13);
    const perRol = counts(m.rollen.perRol);
    expect(perRol).toMatchObject({
      adviseur: 2, projectleider: 1, programmeur: 0, financierder: 1, toetser: 1, kwaliteitsbewaker: 0, partner: 2,
      verbinder: 1, procesbegeleider: 1, regisseur: 1, initiatiefnemer: 2, facilitator: 0, opdrachtgever: 0, gebiedsregisseur: 1,
    });
    expect(perRol).not.toHaveProperty('toehoorder');
    // The config's own role comes last, with its label.
    expect(m.rollen.perRol.at(-1)).toEqual({ id: 'gebiedsregisseur', label: 'Gebiedsregisseur', aantal: 1 });
    expect(m.rollen.perParadigma.map((p) => [p.id, p.aantal, p.stad, p.intern])).toEqual([
      ['rechtmatig', 2, 0, 2],
      ['presterend', 3, 2, 1],
      ['samenwerkend', 5, 4, 1],
      ['responsief', 6, 5, 1],
    ]);
    expect(counts(m.rollen.perGericht)).toEqual({ stad: 10, intern: 3 });
  });

  it('lists every month from the first to the last session, empty months included', () => {
    expect(m.perMaand.map((row) => row.maand)).toEqual([
      '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08',
    ]);
    expect(m.perMaand.map((row) => [row.sessies, row.deelnemers, row.rollen])).toEqual([
      [1, 4, 4], [0, 0, 0], [2, 6, 5], [0, 0, 0], [1, 2, 3], [0, 0, 0], [0, 0, 0], [1, 1, 1],
    ]);
    const maart = m.perMaand[2]!;
    expect(maart.label).toBe('maart 2021');
    expect(counts(maart.perParadigma)).toEqual({ rechtmatig: 1, presterend: 1, samenwerkend: 3, responsief: 2 });
    expect(counts(maart.perGericht)).toEqual({ stad: 4, intern: 1 });
  });

  it('counts activities per kind', () => {
    expect(m.activiteiten.totaal).toBe(3);
    expect(counts(m.activiteiten.perSoort)).toEqual({ presentatie: 1, publicatie: 0, video: 1, artikel: 1, anders: 0 });
  });
});

describe('computeMonitoring: a period', async () => {
  const logbook = await model(join(FIXTURES, 'monitoring-reeks'));

  it('keeps to the first quarter', () => {
    const m = computeMonitoring(logbook, parsePeriod('2021-Q1')!);
    expect(m.periode).toEqual({ van: '2021-01-01', tot: '2021-03-31', label: 'eerste kwartaal 2021' });
    expect(m.sessies.totaal).toBe(3);
    expect([m.deelnemers.totaal, m.deelnemers.intern, m.deelnemers.extern]).toEqual([10, 8, 2]);
    expect(m.casussen.inPeriode.totaal).toBe(2);
    expect(m.casussen.alle.totaal).toBe(3);
    expect(m.rollen.totaal).toBe(9);
    expect(m.perMaand.map((row) => row.maand)).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(m.activiteiten.totaal).toBe(1);
  });

  it('is all zeros, with no months, for a period without sessions', () => {
    const m = computeMonitoring(logbook, parsePeriod('2020')!);
    expect(m.sessies.totaal).toBe(0);
    expect(m.sessies.perSoort.every((soort) => soort.aantal === 0)).toBe(true);
    expect(m.deelnemers).toEqual({ totaal: 0, intern: 0, extern: 0, onbekend: 0, uniekeFuncties: 0, functies: [] });
    expect(m.casussen.inPeriode.totaal).toBe(0);
    expect(m.casussen.alle.totaal).toBe(3);
    expect(m.sdgs.every((goal) => goal.sessies === 0)).toBe(true);
    expect(m.perMaand).toEqual([]);
  });

  it('gives the same JSON from a fresh load', async () => {
    const again = computeMonitoring(await model(join(FIXTURES, 'monitoring-reeks')), parsePeriod('2021')!);
    expect(JSON.stringify(again)).toBe(JSON.stringify(computeMonitoring(logbook, parsePeriod('2021')!)));
  });
});

describe('computeMonitoring: the embedded Delft logbook, first quarter of 2021', async () => {
  const logbook = await model(join(PROJECT, 'logbook'));
  const m: Monitoring = computeMonitoring(logbook, parsePeriod('2021-Q1')!);

  it('matches the 2nd rapportage', () => {
    expect(m.sessies.totaal).toBe(1);
    expect(counts(m.sessies.perSoort)).toMatchObject({ evaluatie: 1 });
    // Six at the table (the absent project leader from the school is not counted), all from the municipality.
    expect([m.deelnemers.totaal, m.deelnemers.intern, m.deelnemers.extern, m.deelnemers.uniekeFuncties]).toEqual([6, 6, 0, 5]);
    expect(m.sdgs.filter((goal) => goal.sessies > 0).map((goal) => goal.nummer)).toEqual([4, 7, 11]);
    // Twelve case roles; the toehoorder's session roles are not counted.
    expect(m.rollen.totaal).toBe(12);
    expect(m.rollen.perParadigma.map((p) => [p.id, p.aantal, p.stad, p.intern])).toEqual([
      ['rechtmatig', 0, 0, 0],
      ['presterend', 5, 3, 2],
      ['samenwerkend', 9, 5, 4],
      ['responsief', 3, 2, 1],
    ]);
    expect(counts(m.rollen.perGericht)).toEqual({ stad: 7, intern: 5 });
    expect(m.perMaand).toHaveLength(1);
    expect(m.activiteiten.totaal).toBe(6);
  });
});
