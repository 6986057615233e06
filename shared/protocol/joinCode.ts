import * as z from 'zod/mini';

/** Letters and digits nobody confuses when reading them off a projector: no 0/O, 1/I. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 5;

/** Uppercase, without spaces or dashes: what a participant types is forgiven its case and spacing. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export const joinCodeSchema = z.pipe(
  z.pipe(z.string(), z.transform(normalizeJoinCode)),
  z
    .string()
    .check(
      z.regex(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{4,6}$`),
        'A join code is 4 to 6 letters and digits, as shown on the projector.',
      ),
    ),
);

export function newJoinCode(length = JOIN_CODE_LENGTH): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let code = '';
  // 256 is a multiple of 32: every letter is equally likely.
  for (const byte of bytes) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
  return code;
}
