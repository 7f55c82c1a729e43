// How a rapportage shows its sessions: in full, or beknopt (a few lines each). Its own
// module without imports: `ef report --help` names the choices and the limit, and the
// help must not load the compile stage.

export const SESSIE_WEERGAVEN = ['volledig', 'beknopt'] as const;

export type SessieWeergave = (typeof SESSIE_WEERGAVEN)[number];

/**
 * Up to this many sessions in a period, each is shown in full; more are shown beknopt.
 * A municipal reader reads a rapportage of a handful of sessions (Delft holds about one a
 * month), not one of hundreds: 250 sessions in full were almost 600 PDF pages. Thirty
 * (a month with a session every day) is still a document one reads.
 */
export const MAX_VOLLEDIGE_SESSIES = 30;

/** The view asked for, or else the one that fits the number of sessions. */
export function sessieWeergave(gevraagd: SessieWeergave | undefined, aantalSessies: number): SessieWeergave {
  return gevraagd ?? (aantalSessies > MAX_VOLLEDIGE_SESSIES ? 'beknopt' : 'volledig');
}
