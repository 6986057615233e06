import { MAX_FRAME_BYTES } from '../../shared/protocol';

/** The size of a received frame as ws hands it over (a Buffer, an ArrayBuffer or fragments). */
export function frameBytes(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, part: Buffer) => sum + part.length, 0);
  if (data instanceof ArrayBuffer) return data.byteLength;
  return Buffer.isBuffer(data) ? data.length : Buffer.byteLength(String(data));
}

/** The id of an answer refused for its pace, so the phone can send just that one again. */
export function droppedAnswerId(data: unknown, isBinary: boolean): string | undefined {
  if (isBinary || frameBytes(data) > MAX_FRAME_BYTES) return undefined;
  try {
    const message = JSON.parse(String(data)) as { type?: unknown; clientAnswerId?: unknown } | null;
    const id = message?.type === 'answer' ? message.clientAnswerId : undefined;
    return typeof id === 'string' && id.length <= 64 ? id : undefined;
  } catch {
    return undefined;
  }
}
