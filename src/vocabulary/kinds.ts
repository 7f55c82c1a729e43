// The file kinds of a logbook and their folders. Kept free of zod so that the
// loader can list files without loading the schemas.
export const KINDS = ['casus', 'sessie', 'activiteit', 'portret', 'rapportage'] as const;
export type Kind = (typeof KINDS)[number];

/** The folder of each kind, relative to the logbook root. */
export const FOLDERS: Record<Kind, string> = {
  casus: 'casussen',
  sessie: 'sessies',
  activiteit: 'activiteiten',
  portret: 'portretten',
  rapportage: 'rapportages',
};
