// The refusal when a name without consent would still reach an output. The message
// never holds the name itself: it is printed in terminals and CI logs, which can be
// public. It names the document, where in it, and the source lines the name came from.
import { EfError } from '../core/errors.js';

export interface HiddenNameFinding {
  /** Where in the output, in Dutch: `de tekst`, `rapportage-1.html`, … */
  readonly where: string;
  /** The hidden person as written in the logbook (never put in a message). */
  readonly name: string;
  /** How it was written where it was found, folded (`geheim coach`): to point at the same spelling in the sources. */
  readonly spelling?: string;
}

export interface SourceLocation {
  /** Path as shown to the user, e.g. `sessies/2021-02-10-gesprek.md`. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

export class HiddenNameError extends EfError {
  readonly document: string;
  declare readonly findings: readonly HiddenNameFinding[];
  readonly sources: readonly SourceLocation[];

  constructor(document: string, findings: readonly HiddenNameFinding[], sources: readonly SourceLocation[] = []) {
    super(hiddenNameMessage(document, findings, sources), {
      hint:
        'Schrijf de naam in dat bestand anders (of haal hem weg), of geef de persoon toestemming als dat klopt. ' +
        'ef had deze schrijfwijze zelf moeten weglaten: meld het ook aan de beheerders van ef, zonder de naam.',
    });
    this.document = document;
    // Kept out of JSON and console output of the error object.
    Object.defineProperty(this, 'findings', { value: findings, enumerable: false });
    this.sources = sources;
  }

  /** The same refusal, now with the source lines where the names came from. */
  withSources(sources: readonly SourceLocation[]): HiddenNameError {
    return new HiddenNameError(this.document, this.findings, sources);
  }
}

function hiddenNameMessage(document: string, findings: readonly HiddenNameFinding[], sources: readonly SourceLocation[]): string {
  const places = [...new Set(findings.map((finding) => finding.where))].join(', ');
  let message = `Een naam zonder toestemming zou in ${document} komen (${places}). Er is niets geschreven.`;
  if (sources.length > 0) {
    const shown = sources.slice(0, 5).map((source) => `${source.path}:${source.line}:${source.column}`);
    const more = sources.length > 5 ? ` en nog ${sources.length - 5} andere plaats${sources.length - 5 === 1 ? '' : 'en'}` : '';
    message += `\nDe naam komt uit ${shown.join(', ')}${more}.`;
  }
  return message;
}
