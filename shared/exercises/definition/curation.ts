import type { OpenTextResult, RankedStatement } from '../../activities/openText';
import { newId } from '../../ids';
import { EMPTY_CURATION, type DefinitionCuration } from './schema';

/** The open-text list ids the definition exercise runs (see activitiesOf). */
export const DEFINITION_LISTS = ['means', 'not-means'] as const;

/** Longest final definition half (see definitionSchema). */
export const DEFINITION_MAX_LENGTH = 2000;

export interface CuratedStatement {
  id: string;
  text: string;
  /** For a merged statement, the sum of its sources' upvotes. */
  upvotes: number;
  /** For a merged statement: the room's statements it stands for, most upvoted first; else empty. */
  mergedFrom: RankedStatement[];
}

export interface CuratedList {
  id: string;
  /** Visible statements, most upvotes first; ties keep the room's order (oldest first). */
  statements: CuratedStatement[];
  /** Hidden ones, same order, so the facilitator can bring one back. */
  hidden: CuratedStatement[];
}

interface Ranked extends CuratedStatement {
  order: number;
}

/**
 * The room's statements after the facilitator's curation: merges replace their sources (upvotes
 * summed), hidden ones move aside. A merge whose sources are all gone (another run) is dropped.
 */
export function curateStatements(
  listIds: readonly string[],
  result: OpenTextResult | null,
  curation: DefinitionCuration = EMPTY_CURATION,
): CuratedList[] {
  const originals = new Map<string, { statement: RankedStatement; list: string; order: number }>();
  for (const list of result?.lists ?? []) {
    list.statements.forEach((statement, order) => {
      if (!originals.has(statement.id)) originals.set(statement.id, { statement, list: list.id, order });
    });
  }
  const absorbed = new Set<string>();
  const entries: Array<Ranked & { list: string }> = [];
  for (const merge of curation.merges) {
    const sources = merge.from
      .filter((id) => !absorbed.has(id))
      .map((id) => originals.get(id))
      .filter((s) => s !== undefined);
    if (sources.length === 0) continue;
    for (const source of sources) absorbed.add(source.statement.id);
    sources.sort((a, b) => a.order - b.order);
    entries.push({
      id: merge.id,
      list: merge.list,
      text: merge.text,
      upvotes: sources.reduce((sum, s) => sum + s.statement.upvotes, 0),
      mergedFrom: sources.map((s) => s.statement),
      order: sources[0]!.order,
    });
  }
  for (const [id, { statement, list, order }] of originals) {
    if (absorbed.has(id)) continue;
    entries.push({ ...statement, list, mergedFrom: [], order });
  }
  entries.sort((a, b) => b.upvotes - a.upvotes || a.order - b.order);
  const hidden = new Set(curation.hidden);
  const strip = ({ id, text, upvotes, mergedFrom }: Ranked): CuratedStatement => ({
    id,
    text,
    upvotes,
    mergedFrom,
  });
  return listIds.map((listId) => {
    const inList = entries.filter((e) => e.list === listId);
    return {
      id: listId,
      statements: inList.filter((e) => !hidden.has(e.id)).map(strip),
      hidden: inList.filter((e) => hidden.has(e.id)).map(strip),
    };
  });
}

/**
 * Merges statements (the room's or already merged ones) into one with the given text. A merged
 * statement that is merged again is flattened, so its sources are always the room's statements.
 * Fewer than two sources: nothing to merge, the curation is returned unchanged.
 */
export function mergeStatements(
  curation: DefinitionCuration = EMPTY_CURATION,
  ids: readonly string[],
  list: string,
  text: string,
  id: string = newId(),
): DefinitionCuration {
  const merges = new Map(curation.merges.map((m) => [m.id, m]));
  const sources: string[] = [];
  for (const picked of ids) {
    for (const source of merges.get(picked)?.from ?? [picked]) {
      if (!sources.includes(source)) sources.push(source);
    }
  }
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (sources.length < 2 || !clean) return curation;
  const involved = new Set([...ids, ...sources]);
  return {
    hidden: curation.hidden.filter((h) => !involved.has(h)),
    merges: [...curation.merges.filter((m) => !ids.includes(m.id)), { id, list, text: clean, from: sources }],
  };
}

/** Splits a merged statement back into the room's statements. */
export function unmergeStatement(
  curation: DefinitionCuration = EMPTY_CURATION,
  mergeId: string,
): DefinitionCuration {
  return {
    hidden: curation.hidden.filter((h) => h !== mergeId),
    merges: curation.merges.filter((m) => m.id !== mergeId),
  };
}

export function setStatementHidden(
  curation: DefinitionCuration = EMPTY_CURATION,
  id: string,
  hidden: boolean,
): DefinitionCuration {
  const others = curation.hidden.filter((h) => h !== id);
  return { ...curation, hidden: hidden ? [...others, id] : others };
}

/**
 * The definition half with a statement added on its own line. Unchanged when the statement is
 * already in it or would not fit.
 */
export function insertStatement(definition: string, statement: string): string {
  const line = statement.replace(/\s+/g, ' ').trim();
  if (!line || definition.includes(line)) return definition;
  const base = definition.replace(/\s+$/, '');
  const next = base ? `${base}\n${line}` : line;
  return next.length > DEFINITION_MAX_LENGTH ? definition : next;
}
