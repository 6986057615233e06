import type PDFDocument from 'pdfkit';
import type { PDFReference } from 'pdfkit';

/**
 * pdfkit turns every piece it writes into its own byte array: each operator of a page's content
 * and each line of every object. A tagged 300-initiative plan writes about 150,000 of them, which
 * cost more than the tags themselves. These collect the pieces as text and convert them once;
 * the bytes are the same as pdfkit's (it appends a newline to each text piece, as here).
 */

/** Text to bytes, one byte per character (pdfkit's strings are binary strings). */
function latin1(text: string): Uint8Array {
  if (typeof Buffer === 'function') return Buffer.from(text, 'latin1');
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** A page's content stream: its operators are joined into one piece before the stream is written. */
export function batchStreamWrites(stream: PDFReference): void {
  const parts: string[] = [];
  const write = stream.write.bind(stream);
  const finalize = stream.finalize.bind(stream);
  const flush = () => {
    if (parts.length === 0) return;
    write(latin1(`${parts.join('\n')}\n`));
    parts.length = 0;
  };
  stream.write = (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  stream.finalize = () => {
    flush();
    finalize();
  };
}

/**
 * The document's output: kept as text and byte arrays until the end, instead of one byte array
 * per line pushed through a stream. Returns the bytes once pdfkit has ended its stream.
 */
export function collectOutput(doc: PDFDocument): () => Uint8Array {
  // What pdfkit wrote on creation (the header) is still in its stream; it flows out here.
  const header = doc._offset;
  const streamed: Uint8Array[] = [];
  doc.on('data', (chunk) => streamed.push(chunk));
  const parts: Array<string | Uint8Array> = [];
  doc._write = (data) => {
    const piece = typeof data === 'string' ? `${data}\n` : data;
    parts.push(piece);
    doc._offset += piece.length;
  };
  return () => {
    if (streamed.reduce((n, c) => n + c.byteLength, 0) !== header)
      throw new Error('The PDF writer wrote past the collected output.');
    const chunks: Uint8Array[] = [...streamed];
    let text: string[] = [];
    for (const p of parts) {
      if (typeof p === 'string') text.push(p);
      else {
        if (text.length > 0) chunks.push(latin1(text.join('')));
        text = [];
        chunks.push(p);
      }
    }
    if (text.length > 0) chunks.push(latin1(text.join('')));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  };
}
