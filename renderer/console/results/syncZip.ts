/*
 * fflate for write-excel-file in the renderer (see electron.vite.config.ts). Its asynchronous zip
 * compresses a file over 160 KB in a Worker made from a blob: URL, which the pages'
 * Content-Security-Policy refuses: a large results export would wait forever. Zipping here is
 * synchronous, a fraction of a second even for a 10,000-answer sheet.
 */
import { zipSync, type AsyncZipOptions, type AsyncZippable, type FlateCallback, type Zippable } from 'fflate';

export * from 'fflate';

export function zip(
  data: AsyncZippable,
  options: AsyncZipOptions | FlateCallback,
  callback?: FlateCallback,
): () => void {
  const done = typeof options === 'function' ? options : callback!;
  const opts = typeof options === 'function' ? {} : options;
  // Settled on a later tick, as fflate's own zip is: callers may set up after calling.
  setTimeout(() => {
    let archive: ReturnType<typeof zipSync>;
    try {
      archive = zipSync(data as Zippable, opts);
    } catch (error) {
      done(error as Parameters<FlateCallback>[0], null as never);
      return;
    }
    done(null, archive);
  });
  return () => {};
}
