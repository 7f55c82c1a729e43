// Compile stage, first step: what goes into a document. The audience filter runs on the
// model, before any tree is built, so that nothing downstream (text, charts, figures)
// can see a name the audience may not see.
import { contains, type Period } from '../core/period.js';
import type { ActiviteitModel, Logbook, PortretModel, RapportageModel, SessieModel } from '../model/types.js';
import { freshBody, freshOpbrengsten, sectionsOf } from '../model/build-model.js';
import { withLazy } from '../model/lazy.js';
import type { Root } from 'mdast';
import type { Audience } from './document.js';
import { namePolicy, redactData, redactTree, type NamePolicy } from './privacy.js';

export interface Selection {
  readonly sessies: readonly SessieModel[];
  readonly activiteiten: readonly ActiviteitModel[];
  readonly portretten: readonly PortretModel[];
}

/** Sessions, activities and portraits dated within the period (both ends inclusive). */
export function selectPeriod(logbook: Logbook, period: Pick<Period, 'van' | 'tot'>): Selection {
  return {
    sessies: logbook.sessies.filter((sessie) => contains(period, sessie.data.datum)),
    activiteiten: logbook.activiteiten.filter((activiteit) => contains(period, activiteit.data.datum)),
    portretten: logbook.portretten.filter((portret) => contains(period, portret.data.datum)),
  };
}

/** Whether a portrait's consent covers this audience. */
export function portraitVisible(portret: PortretModel, audience: Audience): boolean {
  const toestemming = portret.data.toestemming;
  return audience === 'publiek' ? toestemming === 'publiek' : toestemming === 'intern' || toestemming === 'publiek';
}

// Fields that hold ids, dates or vocabulary, never free text: left exactly as they are.
const STRUCTURAL = new Set(['id', 'gericht_standaard', 'datum', 'casus', 'soort', 'status', 'toestemming', 'sdgs', 'paradigma', 'gericht', 'rol', 'intern', 'nummer', 'periode', 'link']);

/**
 * The logbook as this audience may see it: names without consent taken out of the
 * attendee lists and out of every free text, portraits without consent left out.
 * Pure: the model passed in is not changed.
 */
export function forAudience(logbook: Logbook, audience: Audience, policy: NamePolicy = namePolicy(logbook, audience)): Logbook {
  const data = <T>(value: T): T => redactData(value, policy, STRUCTURAL);

  // Bodies are parsed and redacted when first read: most bodies of a large logbook are
  // never shown. Each is parsed for this model alone, so only one tree of it is kept.
  const redacted = <T extends object>(target: T, source: { readonly body: Root }) =>
    withLazy(target, 'body', () => redactTree(freshBody(source), policy));

  const casussen = logbook.casussen.map((casus) =>
    redacted({ id: casus.id, bestand: casus.bestand, data: data(casus.data), sessies: [] as SessieModel[] }, casus),
  );
  const casusById = new Map(casussen.map((casus) => [casus.id, casus]));

  const sessies: SessieModel[] = logbook.sessies.map((sessie) => {
    const deelnemers = sessie.data.deelnemers.map((deelnemer) => {
      if (deelnemer.naam === undefined || policy.allows(deelnemer.naam)) return deelnemer;
      const { naam: _naam, toestemming: _toestemming, ...zonderNaam } = deelnemer;
      return zonderNaam;
    });
    const casus = sessie.casus === undefined ? undefined : casusById.get(sessie.casus.id);
    const model = redacted({ id: sessie.id, bestand: sessie.bestand, data: data({ ...sessie.data, deelnemers }), casus, sdgs: sessie.sdgs }, sessie);
    const withSecties = withLazy(model, 'secties', () => sectionsOf(model.body.children));
    const withOpbrengsten = withLazy(withSecties, 'opbrengsten', () => redactTree(freshOpbrengsten(sessie), policy));
    return withLazy(withOpbrengsten, 'opbrengstenAantal', () => sessie.opbrengstenAantal);
  });
  for (const sessie of sessies) (sessie.casus as { sessies: SessieModel[] } | undefined)?.sessies.push(sessie);

  const activiteiten: ActiviteitModel[] = logbook.activiteiten.map((activiteit) => {
    const { link, ...rest } = activiteit.data;
    return redacted(
      { id: activiteit.id, bestand: activiteit.bestand, data: { ...data(rest), ...(link !== undefined && !policy.leaks(link) ? { link } : {}) } },
      activiteit,
    );
  });

  const portretten: PortretModel[] = logbook.portretten
    .filter((portret) => portraitVisible(portret, audience) && policy.allows(portret.data.persoon))
    .map((portret) => redacted({ id: portret.id, bestand: portret.bestand, data: data(portret.data) }, portret));

  const rapportages: RapportageModel[] = logbook.rapportages.map((rapportage) =>
    redacted({ id: rapportage.id, bestand: rapportage.bestand, data: data(rapportage.data), periode: rapportage.periode }, rapportage),
  );

  return {
    config: data(logbook.config),
    casussen: casussen,
    sessies,
    activiteiten,
    portretten,
    rapportages,
    ...(logbook.logo ? { logo: logbook.logo } : {}),
  };
}

