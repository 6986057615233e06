// What each simulated phone does, per activity kind: the agenda's one activity and a timed list of answers.

export type BenchKind = 'scale' | 'dots' | 'text' | 'cards';
export const BENCH_KINDS: readonly BenchKind[] = ['scale', 'dots', 'text', 'cards'];

/** Every phone's answers fall within this window after the burst starts. */
export const WINDOW_MS = 10_000;

/** What the phones have written so far that others may upvote (statement ids, acked). */
export interface Shared {
  statements: { id: string; phone: number }[];
}

export interface PlannedAnswer {
  atMs: number;
  /** The answer, or null when it cannot be given yet (nothing to upvote): tried again shortly. */
  make(shared: Shared): { itemId: string; value: unknown; statementId?: string } | null;
}

export interface Workload {
  activity: { id: string; exerciseId: string; kind: string; title: string; prompt: string; config: unknown };
  plan(phone: number): PlannedAnswer[];
}

const ACTIVITY_ID = 'bench:activity';
const activity = (kind: string, config: unknown) => ({
  id: ACTIVITY_ID,
  exerciseId: 'bench',
  kind,
  title: 'Benchmark',
  prompt: 'Answer',
  config,
});

const at = (from: number, to: number) => from + Math.random() * (to - from);

const CARDS = 60;
const STATEMENTS = 5;
const UPVOTES = 5;
const sentence = (phone: number, k: number) =>
  `Customer centricity means we ask phone ${phone} (statement ${k}) before we decide what to build next.`;

export function workload(kind: BenchKind): Workload {
  switch (kind) {
    case 'scale':
      return {
        activity: activity('scale-poll', {
          items: [{ id: 'q1', label: 'How are we doing?' }],
          min: 1,
          max: 5,
        }),
        plan: (phone) => [{ atMs: at(0, WINDOW_MS), make: () => ({ itemId: 'q1', value: (phone % 5) + 1 }) }],
      };
    case 'dots': {
      const options = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}`, label: `Option ${i + 1}` }));
      return {
        activity: activity('dot-voting', { options, dots: 3 }),
        plan: (phone) =>
          [0, 1, 2].map((k) => ({
            atMs: at(0, WINDOW_MS),
            make: () => ({ itemId: `o${(phone * 3 + k * 7) % options.length}`, value: 1 }),
          })),
      };
    }
    case 'text':
      return {
        activity: activity('open-text', {
          lists: [
            { id: 'means', label: 'Customer centricity means…' },
            { id: 'not-means', label: 'Customer centricity does not mean…' },
          ],
          maxLength: 140,
          maxPerParticipant: STATEMENTS,
        }),
        plan: (phone) => {
          const upvoted = new Set<string>();
          return [
            ...Array.from({ length: STATEMENTS }, (_, k) => ({
              atMs: at(0, WINDOW_MS * 0.8),
              make: () => {
                const statementId = `p${phone}s${k}`;
                const list = k % 2 ? 'not-means' : 'means';
                return { itemId: `s:${statementId}`, value: { list, text: sentence(phone, k) }, statementId };
              },
            })),
            ...Array.from({ length: UPVOTES }, () => ({
              atMs: at(WINDOW_MS * 0.2, WINDOW_MS),
              make: (shared: Shared) => {
                // Someone else's statement the room has written already, chosen at random, once.
                for (let tries = 0; tries < 20 && shared.statements.length; tries++) {
                  const s = shared.statements[Math.floor(Math.random() * shared.statements.length)]!;
                  if (s.phone === phone || upvoted.has(s.id)) continue;
                  upvoted.add(s.id);
                  return { itemId: `u:${s.id}`, value: true };
                }
                return null;
              },
            })),
          ];
        },
      };
    case 'cards': {
      const cards = Array.from({ length: CARDS }, (_, i) => ({ id: `c${i}`, title: `Card ${i + 1}` }));
      return {
        activity: activity('card-classification', {
          cards,
          categories: [
            { id: 'push', label: 'Push' },
            { id: 'pull', label: 'Pull' },
            { id: 'unsure', label: 'Not sure' },
          ],
          decisive: ['push', 'pull'],
          contestedThreshold: 60,
        }),
        // A person sorts about ten cards a second at most: 60 cards in 6 s, starting within 4 s.
        plan: (phone) => {
          const start = at(0, WINDOW_MS - CARDS * 100);
          return cards.map((card, k) => ({
            atMs: start + k * 100,
            make: () => ({ itemId: card.id, value: ['push', 'pull', 'unsure'][(phone + k) % 3] }),
          }));
        },
      };
    }
  }
}
