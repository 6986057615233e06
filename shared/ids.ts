const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id. Uses getRandomValues, which (unlike randomUUID) also exists on plain-http phone pages. */
export function newId(length = 16): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
