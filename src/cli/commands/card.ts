// ef card: the A&O fonds project card from the config and the logbook's figures.
import { cardFacts, cardMarkdown, compileCard, MissingProjectError } from '../../compile/card.js';
import { namePolicy } from '../../compile/privacy.js';
import { UsageError } from '../../core/errors.js';
import { assertRenderedClean, withSourceLines } from '../../publish/guard.js';
import { parseFormats, renderDocument, type Format } from '../../publish/write-outputs.js';
import type { Io } from '../../core/io.js';
import { loadValidLogbook } from '../valid-logbook.js';
import { writeDocuments } from './report.js';

export interface CardOptions {
  readonly root?: string;
  readonly format?: string;
  readonly out?: string;
}

export async function card(options: CardOptions, io: Io): Promise<number> {
  const formats: Format[] = parseFormats(options.format);
  const loaded = await loadValidLogbook({ root: options.root }, io);
  if (!loaded.ok) return loaded.exitCode;
  const { logbook } = loaded;
  if (!logbook.config.project) {
    throw new UsageError('Er is geen projectkaart te maken: ef.config.yaml heeft nog geen project.', {
      hint:
        'Zet onder project: ten minste gemeente en project, en liefst ook contactpersoon, toestemming, contact, domein, looptijd en kort. Bijvoorbeeld:\n' +
        '  project:\n    gemeente: Delft\n    project: Leerroute publiek ondernemerschap\n    domein: Leren en veranderen\n    kort: Een paar zinnen over het project.',
    });
  }
  // The card is public: searched for names without public consent before anything is written.
  const { matcher } = namePolicy(logbook, 'publiek');
  const { doc, files } = await withSourceLines(logbook, loaded.validated.root, io.cwd, matcher, async () => {
    let doc;
    try {
      doc = compileCard(logbook);
    } catch (error) {
      if (error instanceof MissingProjectError) throw new UsageError('ef.config.yaml heeft geen project.');
      throw error;
    }
    // The card's Markdown is its own (a form to paste); the other formats render as any document.
    const rendered = await renderDocument(doc, formats.filter((format) => format !== 'md'));
    const files = formats.includes('md') ? [{ name: `${doc.slug}.md`, content: cardMarkdown(doc) }, ...rendered.files] : rendered.files;
    await assertRenderedClean(doc, files, matcher);
    return { doc, files };
  });
  await writeDocuments(options, io, loaded.validated.root, [{ doc, files }]);
  if (cardFacts(logbook).naamVerborgen) {
    io.stderr.write(
      'Let op: de naam van de contactpersoon staat niet op de kaart, want daarvoor is toestemming: publiek nodig ' +
        '(onder project: in ef.config.yaml). Er staat nu het team.\n',
    );
  }
  return 0;
}
