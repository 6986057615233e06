import { z } from 'zod';
import { cleanParticipantText, hasVisibleCharacter } from '../participantText';
import { latestAnswers } from './answers';
import { countSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { OpenTextLive } from './openTextLive';
import { countOf, wordingOf } from './openTextWords';
import type { Random, SimulatedAnswer } from './simulation';

/*
 * Participants write statements into named lists and upvote each other's. To keep
 * "one answer per participant per item", every statement is its own item, with an id the
 * phone makes up (like an answer id):
 *   `s:<statementId>` value {list, text} writes or edits it; null withdraws it.
 *   `u:<statementId>` value true upvotes it; false takes the upvote back.
 * Authorship stays on the hub: the result has no participant ids.
 */

const STATEMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const statementItem = (statementId: string) => `s:${statementId}`;
export const upvoteItem = (statementId: string) => `u:${statementId}`;

/** Splits an item id into what it is and which statement it is about; null if it is neither. */
export function parseOpenTextItem(
  itemId: string,
): { type: 'statement' | 'upvote'; statementId: string } | null {
  const type = itemId.startsWith('s:') ? 'statement' : itemId.startsWith('u:') ? 'upvote' : null;
  const statementId = itemId.slice(2);
  if (!type || !STATEMENT_ID.test(statementId)) return null;
  return { type, statementId };
}

export const openTextConfigSchema = z.object({
  lists: uniqueLabelled(4),
  maxLength: z.number().int().min(20).max(500),
  /** Statements one participant may have standing at a time, across all lists. */
  maxPerParticipant: z.number().int().min(1).max(50),
  /** What participants write, in the activity's words (see openTextWords.ts); statements without it. */
  wording: z
    .object({
      one: z.string().min(1).max(40),
      many: z.string().min(1).max(40),
      written: z.string().min(1).max(40),
      placeholder: z.string().min(1).max(80),
    })
    .optional(),
});
export type OpenTextConfig = z.infer<typeof openTextConfigSchema>;

export interface Statement {
  list: string;
  text: string;
}
export type OpenTextValue = Statement | null | boolean;

export const rankedStatementSchema = z.object({ id: z.string(), text: z.string(), upvotes: countSchema });
export type RankedStatement = z.infer<typeof rankedStatementSchema>;

export const openTextResultSchema = z.object({
  /** In config order; statements with most upvotes first, ties oldest first. */
  lists: z.array(z.object({ id: z.string(), statements: z.array(rankedStatementSchema) })),
  statements: countSchema,
  /** Participants with at least one standing statement. */
  writers: countSchema,
});
export type OpenTextResult = z.infer<typeof openTextResultSchema>;

const isStatement = (value: OpenTextValue): value is Statement => typeof value === 'object' && value !== null;

export function tallyOpenText(
  config: OpenTextConfig,
  answers: ReadonlyArray<StoredAnswer<OpenTextValue>>,
): OpenTextResult {
  const lists = new Set(config.lists.map((l) => l.id));
  const latest = latestAnswers(answers);
  // A statement id is the phone's choice, so two participants could send the same one: the first keeps it.
  const owners = new Map<string, StoredAnswer<Statement>>();
  for (const answer of latest) {
    const item = parseOpenTextItem(answer.itemId);
    if (item?.type !== 'statement' || !isStatement(answer.value) || !lists.has(answer.value.list)) continue;
    const current = owners.get(item.statementId);
    const earlier =
      !current ||
      answer.at < current.at ||
      (answer.at === current.at && answer.participantId < current.participantId);
    if (earlier) owners.set(item.statementId, answer as StoredAnswer<Statement>);
  }
  const upvotes = new Map<string, number>();
  for (const answer of latest) {
    const item = parseOpenTextItem(answer.itemId);
    if (item?.type !== 'upvote' || answer.value !== true) continue;
    const owner = owners.get(item.statementId);
    if (!owner || owner.participantId === answer.participantId) continue;
    upvotes.set(item.statementId, (upvotes.get(item.statementId) ?? 0) + 1);
  }
  const ranked = [...owners.entries()]
    .map(([id, owner]) => ({ id, owner, upvotes: upvotes.get(id) ?? 0 }))
    .sort(
      (a, b) => b.upvotes - a.upvotes || a.owner.at - b.owner.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return {
    lists: config.lists.map((list) => ({
      id: list.id,
      statements: ranked
        .filter((s) => s.owner.value.list === list.id)
        .map((s) => ({ id: s.id, text: s.owner.value.text, upvotes: s.upvotes })),
    })),
    statements: ranked.length,
    writers: new Set(ranked.map((s) => s.owner.participantId)).size,
  };
}

function statementSchema(config: OpenTextConfig) {
  const lists = new Set(config.lists.map((l) => l.id));
  return z.object({
    list: z.string().refine((id) => lists.has(id), 'Pick one of the lists shown.'),
    text: z
      .string({ error: `Write your ${wordingOf(config).one} as text.` })
      // Cleaned here, on the hub: what the phone sends is not trusted (control characters, invisible text).
      .transform(cleanParticipantText)
      .pipe(
        z
          .string()
          .refine(hasVisibleCharacter, 'Write something first.')
          .max(config.maxLength, `Keep it to ${config.maxLength} characters.`),
      ),
  });
}

const upvoteSchema = z.boolean({ error: 'An upvote is on or off.' });
/**
 * Each config's statement schema, built once: every statement is an item of its own, so a cache by
 * item never hits, and building a zod schema costs far more than checking a statement with it.
 */
const statementSchemas = new WeakMap<OpenTextConfig, z.ZodType<OpenTextValue>>();

/** A statement id like the phone's (letters and digits), unique enough across practice rooms. */
function statementId(random: Random): string {
  let id = '';
  for (let i = 0; i < 10; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)];
  return id;
}

export const openText: ActivityKind<OpenTextConfig, OpenTextValue, OpenTextResult> = {
  kind: 'open-text',
  label: 'write and upvote',
  configSchema: openTextConfigSchema,
  valueSchema: (config, itemId) => {
    if (parseOpenTextItem(itemId)?.type === 'upvote') return upvoteSchema as z.ZodType<OpenTextValue>;
    let schema = statementSchemas.get(config);
    if (!schema)
      statementSchemas.set(config, (schema = statementSchema(config).nullable() as z.ZodType<OpenTextValue>));
    return schema;
  },
  items: () => [],
  acceptsItem: (_config, itemId) => parseOpenTextItem(itemId) !== null,
  ownedItem: (itemId) => parseOpenTextItem(itemId)?.type === 'statement',
  checkLimits: (config, others, itemId, value) => {
    const item = parseOpenTextItem(itemId);
    if (!item) return null;
    if (item.type === 'upvote') {
      const own = others.some((a) => a.itemId === statementItem(item.statementId) && isStatement(a.value));
      const { one } = wordingOf(config);
      return value === true && own
        ? { reason: `That is your own ${one}: upvote someone else’s.`, rejection: 'own-upvote' }
        : null;
    }
    if (!isStatement(value)) return null;
    const standing = others.filter((a) => a.itemId.startsWith('s:') && isStatement(a.value)).length;
    if (standing < config.maxPerParticipant) return null;
    return {
      reason: `You already have ${countOf(standing, wordingOf(config))}, the most for this activity. Withdraw one to write another.`,
      rejection: 'statement-limit',
      limit: config.maxPerParticipant,
    };
  },
  tally: tallyOpenText,
  live: (config) => new OpenTextLive(config),
  resultSchema: openTextResultSchema,
  publicTally: true,
  simulate(config, { participant, random, texts }) {
    const r = random();
    const count = Math.min(config.maxPerParticipant, config.lists.length, r < 0.6 ? 1 : r < 0.85 ? 2 : 0);
    const answers: SimulatedAnswer[] = [];
    for (let k = 0; k < count; k++) {
      const list = config.lists[(participant + k) % config.lists.length]!;
      const bank = texts?.[list.id];
      // Line n of a list is person n's: nobody writes the same line twice. Past the end, they upvote.
      const line = bank ? bank[participant] : `${list.label}: idea ${participant + 1}`;
      if (line === undefined) continue;
      answers.push({
        itemId: statementItem(statementId(random)),
        value: { list: list.id, text: line.slice(0, config.maxLength) },
      });
    }
    return answers;
  },
};
