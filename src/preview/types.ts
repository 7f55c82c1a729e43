// What the preview's state tells its pages: the documents there are and the check status.
import type { Audience } from '../compile/document.js';
import type { FlatMessage } from '../diagnostics/collect.js';

export interface DocumentEntry {
  /** The id in the preview's addresses: `rapportage-2`, `logboek`, `kaart`, `cijfers`. */
  readonly id: string;
  readonly titel: string;
  /** e.g. `eerste kwartaal 2021` for a rapportage. */
  readonly toelichting: string;
  /** The card is public by nature; the others follow the audience switch. */
  readonly audiences: readonly Audience[];
}

export interface CheckStatus {
  readonly version: number;
  readonly errors: number;
  readonly warnings: number;
  /** Paths with `/`, relative to the logbook's folder, plus the absolute path for the editor link. */
  readonly messages: ReadonlyArray<FlatMessage & { readonly absolute: string }>;
  /** Files that say `concept: true`: shown, but in no document yet. */
  readonly concepten: readonly string[];
}
