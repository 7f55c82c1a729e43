// ef init on a terminal: ask for the organisation, the learning route and the team.
import { createAsker, type PromptStreams } from './prompt.js';
import { checkText } from './values.js';

export interface InitDraft {
  organisatie?: string;
  leerroute?: string;
  team?: string[];
}

export const DEFAULT_LEERROUTE = 'Excellent Faciliteren';

export async function askInit(draft: InitDraft, streams: PromptStreams): Promise<InitDraft> {
  const ask = await createAsker(streams);
  const done: InitDraft = { ...draft };
  done.organisatie ??= await ask.text('Organisatie (bijvoorbeeld Gemeente Altena)', (text) => checkText(text, 'De organisatie'));
  done.leerroute ??= await ask.text('Naam van de leerroute', (text) => checkText(text, 'De leerroute'), DEFAULT_LEERROUTE);
  if (!done.team?.length) {
    const team: string[] = [];
    for (;;) {
      const message = `Naam van teamlid ${team.length + 1}${team.length > 0 ? ' (leeg laten als je klaar bent)' : ' (wie de sessies begeleidt)'}`;
      const naam = team.length === 0 ? await ask.text(message, (text) => checkText(text, 'De naam')) : await ask.optional(message, (text) => uniqueName(text, team));
      if (naam === undefined) break;
      team.push(naam);
    }
    done.team = team;
  }
  return done;
}

function uniqueName(text: string, team: readonly string[]) {
  return team.includes(text.trim()) ? ({ ok: false, message: `${text.trim()} staat al in het team.` } as const) : checkText(text, 'De naam');
}
