import { z } from 'zod';
import { answersByItem } from './answers';
import { countSchema, uniqueLabelled } from './common';
import type { ActivityKind, StoredAnswer } from './kind';
import { pickWeighted } from './simulation';

export const dotVotingConfigSchema = z.object({
  options: uniqueLabelled(300),
  /** Dots each participant may spend in total. */
  dots: z.number().int().min(1).max(100),
  maxPerOption: z.number().int().min(1).max(100).optional(),
});
export type DotVotingConfig = z.infer<typeof dotVotingConfigSchema>;
/** Dots a participant puts on one option (item = option id); 0 takes them back. */
export type DotVotingValue = number;

export const dotVotingResultSchema = z.object({
  /** Most dots first; ties keep the options' order. */
  ranking: z.array(z.object({ id: z.string(), dots: countSchema, voters: countSchema })),
  /** Participants with at least one dot placed. */
  participants: countSchema,
  dotsUsed: countSchema,
});
export type DotVotingResult = z.infer<typeof dotVotingResultSchema>;

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function tallyDotVoting(
  config: DotVotingConfig,
  answers: ReadonlyArray<StoredAnswer<DotVotingValue>>,
): DotVotingResult {
  const byItem = answersByItem(answers);
  const voters = new Set<string>();
  let dotsUsed = 0;
  const options = config.options.map((option, order) => {
    let dots = 0;
    let optionVoters = 0;
    for (const answer of byItem.get(option.id) ?? []) {
      if (!Number.isInteger(answer.value) || answer.value <= 0) continue;
      dots += answer.value;
      optionVoters += 1;
      voters.add(answer.participantId);
    }
    dotsUsed += dots;
    return { id: option.id, dots, voters: optionVoters, order };
  });
  options.sort((a, b) => b.dots - a.dots || a.order - b.order);
  return {
    ranking: options.map(({ id, dots, voters }) => ({ id, dots, voters })),
    participants: voters.size,
    dotsUsed,
  };
}

export const dotVoting: ActivityKind<DotVotingConfig, DotVotingValue, DotVotingResult> = {
  kind: 'dot-voting',
  label: 'dot voting',
  configSchema: dotVotingConfigSchema,
  valueSchema: (config) => {
    const max = Math.min(config.dots, config.maxPerOption ?? config.dots);
    return z
      .number({ error: 'Dots are whole numbers.' })
      .int('Dots are whole numbers.')
      .min(0, 'Dots cannot be negative.')
      .max(max, `At most ${plural(max, 'dot')} on one option.`);
  },
  items: (config) => config.options.map((o) => o.id),
  checkLimits: (config, others, _itemId, value) => {
    const elsewhere = others.reduce((sum, a) => sum + (a.value > 0 ? a.value : 0), 0);
    const total = elsewhere + value;
    if (total <= config.dots) return null;
    return {
      reason: `You have ${plural(config.dots, 'dot')}; this would use ${total}. Take dots off another option first.`,
      rejection: 'dot-budget',
      limit: config.dots,
    };
  },
  tally: tallyDotVoting,
  resultSchema: dotVotingResultSchema,
  simulate(config, { random, lean }) {
    const cap = Math.min(config.dots, config.maxPerOption ?? config.dots);
    const weights = config.options.map((o) => 0.05 + lean(o.id, 'dots'));
    const placed = new Array<number>(config.options.length).fill(0);
    for (let dot = 0; dot < config.dots; dot++) {
      const open = weights.map((w, i) => (placed[i]! < cap ? w : 0));
      if (!open.some((w) => w > 0)) break;
      placed[pickWeighted(random, open)]! += 1;
    }
    return config.options.flatMap((o, i) => (placed[i]! > 0 ? [{ itemId: o.id, value: placed[i]! }] : []));
  },
};
