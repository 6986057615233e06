import { describe, expect, it } from 'vitest';
import { checkSeq } from './seq';

describe('checkSeq', () => {
  it('accepts the next number', () => {
    expect(checkSeq(4, 5)).toBe('next');
  });
  it('flags a skipped number as a gap, so the client resyncs', () => {
    expect(checkSeq(4, 6)).toBe('gap');
    expect(checkSeq(4, 100)).toBe('gap');
  });
  it('treats a repeated or older number as old', () => {
    expect(checkSeq(4, 4)).toBe('old');
    expect(checkSeq(4, 1)).toBe('old');
  });
  it('needs a snapshot before any update is trusted', () => {
    expect(checkSeq(null, 1)).toBe('gap');
  });
});
