// What the preview knows of the logbook at this moment: the check result and, per
// document and audience, the last HTML that was made without errors. Everything lives
// in memory; a change of any file makes the next request rebuild what it asks for.
import { relative, sep } from 'node:path';
import { compileCard } from '../compile/card.js';
import { logbookTitel } from '../compile/labels.js';
import { compileLogbook } from '../compile/logbook.js';
import { computeMonitoring, logbookPeriod } from '../compile/monitoring.js';
import { compileRapportage } from '../compile/rapportage.js';
import { loadLogbook } from '../validate/load-logbook.js';
import { buildModel } from '../model/build-model.js';
import { resolvePeriod } from '../model/resolve-period.js';
import type { Logbook } from '../model/types.js';
import type { Audience } from '../compile/document.js';
import { escapeControls } from '../core/escape.js';
import { collectMessages, fileMessagesOf, type FlatMessage } from '../diagnostics/collect.js';
import { formatStatsTable } from '../format/stats-table.js';
import { validateLogbook } from '../validate/validate-logbook.js';
import { problemPage, statsPage } from './pages.js';
import type { CheckStatus, DocumentEntry } from './types.js';
import { EfError } from '../core/errors.js';
import { namePolicy } from '../compile/privacy.js';
import { forAudience } from '../compile/select.js';
import { assertTextClean, withSourceLines } from '../publish/guard.js';
import { renderChecked } from '../publish/render-checked.js';

interface Snapshot {
  /** The logbook's title, for the first page. */
  readonly titel: string;
  readonly status: CheckStatus;
  readonly logbook: Logbook | undefined;
  readonly documents: readonly DocumentEntry[];
}

export class PreviewState {
  private version = 0;
  private snapshot: Snapshot | undefined;
  private readonly lastGood = new Map<string, string>();
  private readonly built = new Map<string, number>();
  private lastDocuments: readonly DocumentEntry[] = [];

  constructor(
    private readonly root: string,
    private readonly cwd: string,
  ) {}

  /** Something in the logbook changed: the next question rebuilds. */
  invalidate(): number {
    this.version += 1;
    this.snapshot = undefined;
    return this.version;
  }

  get currentVersion(): number {
    return this.version;
  }

  async status(): Promise<CheckStatus> {
    return (await this.current()).status;
  }

  async titel(): Promise<string> {
    return (await this.current()).titel;
  }

  async documents(): Promise<readonly DocumentEntry[]> {
    return (await this.current()).documents;
  }

  /**
   * The HTML of a document: rebuilt when the logbook changed and has no errors, else
   * the last good version (undefined when there never was one). Unknown ids: null.
   */
  async document(id: string, audience: Audience): Promise<string | undefined | null> {
    const snapshot = await this.current();
    const entry = snapshot.documents.find((doc) => doc.id === id);
    if (!entry) return this.lastGood.has(key(id, audience)) ? this.lastGood.get(key(id, audience)) : null;
    const shown: Audience = entry.audiences.includes(audience) ? audience : entry.audiences[0]!;
    const cacheKey = key(id, shown);
    if (snapshot.logbook && this.built.get(cacheKey) !== this.version) {
      this.lastGood.set(cacheKey, await this.render(snapshot.logbook, id, shown));
      this.built.set(cacheKey, this.version);
    }
    return this.lastGood.get(cacheKey);
  }

  private async render(logbook: Logbook, id: string, audience: Audience): Promise<string> {
    try {
      return id === 'cijfers' ? this.figures(logbook, audience) : await this.documentHtml(logbook, id, audience);
    } catch (error) {
      // A name that would leak, a PDF-free render failing: the reason, never the document.
      if (error instanceof EfError) return problemPage(error.message);
      throw error;
    }
  }

  /** The same render, name check and cleaning as `ef report --format html` writes to disk. */
  private async documentHtml(logbook: Logbook, id: string, audience: Audience): Promise<string> {
    const compile = (model: Logbook, shown: Audience) =>
      id === 'logboek' ? compileLogbook(model, shown) : id === 'kaart' ? compileCard(model) : compileRapportage(model, resolvePeriod(id, model), shown);
    const rendered = await renderChecked(logbook, this.root, this.cwd, audience, compile, ['html']);
    const html = rendered.files.find((file) => file.name.endsWith('.html'))!.content;
    return escapeControls(typeof html === 'string' ? html : new TextDecoder().decode(html), { newlines: true });
  }

  /** `ef stats` as a page, filtered and searched for names like `ef stats` itself. */
  private async figures(logbook: Logbook, audience: Audience): Promise<string> {
    const policy = namePolicy(logbook, audience);
    const table = formatStatsTable(computeMonitoring(forAudience(logbook, audience, policy), logbookPeriod(logbook)));
    await withSourceLines(logbook, this.root, this.cwd, policy.matcher, () => assertTextClean('de cijfers', table, policy.matcher));
    return statsPage(logbookTitel(logbook.config), table);
  }

  private async current(): Promise<Snapshot> {
    if (!this.snapshot || this.snapshot.status.version !== this.version) this.snapshot = await this.load();
    return this.snapshot;
  }

  private async load(): Promise<Snapshot> {
    const version = this.version;
    const loaded = await loadLogbook({ cwd: this.cwd, root: this.root });
    if (!loaded.config) {
      const summary = collectMessages([fileMessagesOf(loaded.configFile)], this.root, 1);
      return { titel: 'het logboek', status: this.statusOf(version, summary.messages, []), logbook: undefined, documents: [] };
    }
    const validated = validateLogbook({ ...loaded, config: loaded.config });
    const summary = collectMessages(validated.messages, this.root, validated.checked);
    const concepten = validated.messages
      .filter((file) => file.messages.some((message) => message.rule === 'concept'))
      .map((file) => slashed(relative(this.root, file.path)));
    const status = this.statusOf(version, summary.messages, concepten);
    const logbook = status.errors === 0 ? buildModel(validated) : undefined;
    if (logbook) this.lastDocuments = documentsOf(logbook);
    const titel = logbookTitel(loaded.config);
    return { titel, status, logbook, documents: this.previousDocuments() };
  }

  /** While the logbook has errors, the list of the last good version stays. */
  private previousDocuments(): readonly DocumentEntry[] {
    return this.lastDocuments;
  }

  private statusOf(version: number, messages: readonly FlatMessage[], concepten: readonly string[]): CheckStatus {
    return {
      version,
      errors: messages.filter((message) => message.severity === 'error').length,
      warnings: messages.filter((message) => message.severity === 'warning').length,
      messages: messages.map((message) => ({ ...message, absolute: `${this.root}${sep}${message.file.split('/').join(sep)}` })),
      concepten,
    };
  }
}

/** What the first page lists: every rapportage, the Logboek, the card and the figures. */
export function documentsOf(logbook: Logbook): DocumentEntry[] {
  const both: Audience[] = ['intern', 'publiek'];
  const entries: DocumentEntry[] = logbook.rapportages.map((rapportage) => ({
    id: rapportage.id,
    titel: rapportage.data.titel,
    toelichting: rapportage.periode.label,
    audiences: both,
  }));
  entries.push({ id: 'logboek', titel: logbookTitel(logbook.config), toelichting: 'alle opbrengsten per casus en datum', audiences: both });
  if (logbook.config.project) entries.push({ id: 'kaart', titel: 'Projectkaart', toelichting: 'voor A&O fonds Gemeenten (altijd publiek)', audiences: ['publiek'] });
  entries.push({ id: 'cijfers', titel: 'Monitoring', toelichting: 'de cijfers van het hele logboek, zoals ef stats ze geeft', audiences: ['intern'] });
  return entries;
}

function key(id: string, audience: Audience): string {
  return `${id}\u0000${audience}`;
}

function slashed(path: string): string {
  return path.split(sep).join('/');
}
