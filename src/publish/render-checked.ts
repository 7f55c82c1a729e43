// The one way a document is made for a reader: compile, embed the logbook's images,
// render, and search the rendered files for names without consent. `ef report`,
// `ef logbook` and `ef preview` all go through here, so none can show what another
// would refuse.
import { namePolicy } from '../compile/privacy.js';
import { embedBeelden } from '../compile/embed-images.js';
import type { Logbook } from '../model/types.js';
import type { Audience, RenderDocument } from '../compile/document.js';
import { renderDocument, type Format, type RenderedDocument, type RenderProgress } from './write-outputs.js';
import { assertRenderedClean, withSourceLines } from './guard.js';

/** Throws a HiddenNameError that names the source lines when a name would leak. */
export async function renderChecked(
  logbook: Logbook,
  root: string,
  cwd: string,
  audience: Audience,
  compile: (logbook: Logbook, audience: Audience) => RenderDocument,
  formats: readonly Format[],
  progress?: RenderProgress,
): Promise<RenderedDocument> {
  const { matcher } = namePolicy(logbook, audience);
  return withSourceLines(logbook, root, cwd, matcher, async () => {
    const doc = embedBeelden(compile(logbook, audience), { root, logbook });
    const result = await renderDocument(doc, formats, progress);
    await assertRenderedClean(result.doc, result.files, matcher);
    return result;
  });
}
