// zod/mini like the rest of the protocol: the phone bundle loads this file too.
import * as z from 'zod/mini';

/**
 * Phones never get the whole tally of an activity whose answers they see (open text): they get
 * one page of it at a time. Pages hold the statements in the order they were first written, so a
 * statement keeps its page; a withdrawn one leaves its place empty.
 */
export const PAGE_SIZE = 30;

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));
const count = z.int().check(z.nonnegative());
export const pageNumberSchema = z.int().check(z.minimum(0), z.maximum(1_000_000));

/**
 * Participant → hub: show me page `page` of the current activity's statements (the hub sends the
 * first page unasked, or the one a returning phone names in its hello). The hub answers with `page`
 * now, and again whenever a statement on it changes (about once a second), until the phone asks for
 * another page or the activity changes.
 */
export const pageRequestSchema = z.object({
  type: z.literal('page'),
  activityId: idSchema,
  page: pageNumberSchema,
});
export type PageRequest = z.infer<typeof pageRequestSchema>;

export const pagedStatementSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  list: z.string().check(z.maxLength(200)),
  text: z.string().check(z.maxLength(1000)),
  upvotes: count,
});
export type PagedStatement = z.infer<typeof pagedStatementSchema>;

/**
 * Hub → participant: one page of the current activity's statements, the same bytes for every phone
 * on that page. `page` is the page sent (a request past the last page gets the last one).
 */
export const pageSchema = z.object({
  type: z.literal('page'),
  seq: z.int().check(z.positive()),
  activityId: idSchema,
  page: count,
  /** Pages there are now (at least 1). */
  pages: z.int().check(z.positive()),
  /** Statements standing now, on every page together. */
  total: count,
  statements: z.array(pagedStatementSchema).check(z.maxLength(PAGE_SIZE)),
});
export type Page = z.infer<typeof pageSchema>;
