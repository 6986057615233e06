import type { LiveTally, StoredAnswer } from './kind';
import {
  parseOpenTextItem,
  type OpenTextConfig,
  type OpenTextResult,
  type OpenTextValue,
  type Statement,
} from './openText';

/** One statement as phones page through them. */
export interface PagedStatement {
  id: string;
  list: string;
  text: string;
  upvotes: number;
}

export interface StatementPage {
  /** 0-based; pages hold statements in the order they were first written. */
  page: number;
  /** Pages there are now (at least 1). */
  pages: number;
  /** Statements standing now, across every page. */
  total: number;
  statements: PagedStatement[];
}

interface Candidate {
  participantId: string;
  at: number;
  statement: Statement;
}

interface Entry {
  /** Everyone whose latest answer to this statement id is a statement (the hub lets only one write it). */
  candidates: Map<string, Candidate>;
  owner: Candidate | null;
  /** Participants whose latest upvote of it is on (the owner's own vote never counts). */
  voters: Set<string>;
  /** Its place in writing order, once it first stood; null until then. */
  slot: number | null;
}

const isStatement = (value: unknown): value is Statement => typeof value === 'object' && value !== null;

function earlier(a: Candidate, b: Candidate): boolean {
  return a.at < b.at || (a.at === b.at && a.participantId < b.participantId);
}

/**
 * The open-text tally kept up to date one answer at a time, with the statements in writing order
 * for phones to page through. Its result is `tallyOpenText`'s for the same answers (openTextLive.test.ts).
 */
export class OpenTextLive implements LiveTally<OpenTextValue, OpenTextResult> {
  private readonly lists: Set<string>;
  private readonly entries = new Map<string, Entry>();
  private readonly slots: string[] = [];
  private readonly changedSlots = new Set<number>();
  private standing = 0;
  /** Pages there were at the last `takeChangedPages`. */
  private pagesTold = 0;
  /** Statements each writer owns now. */
  private readonly writers = new Map<string, number>();

  constructor(private readonly config: OpenTextConfig) {
    this.lists = new Set(config.lists.map((l) => l.id));
  }

  private entry(statementId: string): Entry {
    let entry = this.entries.get(statementId);
    if (!entry) {
      entry = { candidates: new Map(), owner: null, voters: new Set(), slot: null };
      this.entries.set(statementId, entry);
    }
    return entry;
  }

  /** A participant's latest answer to one item (replacing their earlier one to it). */
  apply(answer: StoredAnswer<OpenTextValue>): void {
    const item = parseOpenTextItem(answer.itemId);
    if (!item) return;
    const entry = this.entry(item.statementId);
    if (item.type === 'upvote') {
      const had = entry.voters.has(answer.participantId);
      if (answer.value === true) entry.voters.add(answer.participantId);
      else entry.voters.delete(answer.participantId);
      if (had !== entry.voters.has(answer.participantId)) this.changed(entry);
      return;
    }
    const { value } = answer;
    if (isStatement(value) && this.lists.has(value.list))
      entry.candidates.set(answer.participantId, {
        participantId: answer.participantId,
        at: answer.at,
        statement: value,
      });
    else entry.candidates.delete(answer.participantId);
    this.settleOwner(item.statementId, entry);
    this.changed(entry);
  }

  private settleOwner(statementId: string, entry: Entry): void {
    let owner: Candidate | null = null;
    for (const c of entry.candidates.values()) if (!owner || earlier(c, owner)) owner = c;
    const before = entry.owner?.participantId;
    if (before !== undefined) this.countWriter(before, -1);
    if (owner) this.countWriter(owner.participantId, 1);
    if (!entry.owner && owner) this.standing += 1;
    if (entry.owner && !owner) this.standing -= 1;
    entry.owner = owner;
    if (owner && entry.slot === null) {
      entry.slot = this.slots.length;
      this.slots.push(statementId);
    }
  }

  private countWriter(participantId: string, by: number): void {
    const n = (this.writers.get(participantId) ?? 0) + by;
    if (n > 0) this.writers.set(participantId, n);
    else this.writers.delete(participantId);
  }

  private changed(entry: Entry): void {
    if (entry.slot !== null) this.changedSlots.add(entry.slot);
  }

  private upvotes(entry: Entry): number {
    const own = entry.owner && entry.voters.has(entry.owner.participantId) ? 1 : 0;
    return entry.voters.size - own;
  }

  result(): OpenTextResult {
    const ranked: { id: string; owner: Candidate; upvotes: number }[] = [];
    for (const [id, entry] of this.entries)
      if (entry.owner) ranked.push({ id, owner: entry.owner, upvotes: this.upvotes(entry) });
    ranked.sort(
      (a, b) => b.upvotes - a.upvotes || a.owner.at - b.owner.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const byList = new Map(
      this.config.lists.map((l) => [l.id, [] as OpenTextResult['lists'][number]['statements']]),
    );
    for (const s of ranked)
      byList
        .get(s.owner.statement.list)
        ?.push({ id: s.id, text: s.owner.statement.text, upvotes: s.upvotes });
    return {
      lists: this.config.lists.map((list) => ({ id: list.id, statements: byList.get(list.id)! })),
      statements: ranked.length,
      writers: this.writers.size,
    };
  }

  /** Page `page` (clamped to the pages there are) of `size` statements in writing order. */
  page(page: number, size: number): StatementPage {
    const pages = Math.max(1, Math.ceil(this.slots.length / size));
    const index = Math.min(Math.max(0, page), pages - 1);
    const statements: PagedStatement[] = [];
    for (const id of this.slots.slice(index * size, (index + 1) * size)) {
      const entry = this.entries.get(id)!;
      if (!entry.owner) continue; // withdrawn: its place stays, so the other statements do not move
      const { list, text } = entry.owner.statement;
      statements.push({ id, list, text, upvotes: this.upvotes(entry) });
    }
    return { page: index, pages, total: this.standing, statements };
  }

  /**
   * The pages whose statements changed since the last call; every page when there are more pages
   * than at the last call, so phones on any page learn that there are more.
   */
  takeChangedPages(size: number): number[] {
    const count = Math.ceil(this.slots.length / size);
    const grew = count > this.pagesTold;
    this.pagesTold = count;
    const pages = new Set<number>();
    if (grew) for (let p = 0; p < count; p++) pages.add(p);
    else for (const slot of this.changedSlots) pages.add(Math.floor(slot / size));
    this.changedSlots.clear();
    return [...pages];
  }
}
