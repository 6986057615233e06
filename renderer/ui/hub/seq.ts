/**
 * Every hub → client message carries a sequence number. A client that sees a gap
 * asks for a fresh snapshot instead of guessing what it missed.
 */
export type SeqVerdict = 'next' | 'gap' | 'old';

export function checkSeq(lastSeen: number | null, incoming: number): SeqVerdict {
  if (lastSeen === null) return 'gap';
  if (incoming === lastSeen + 1) return 'next';
  if (incoming <= lastSeen) return 'old';
  return 'gap';
}
