// Electron glue for the app scheme; what is served, with which headers, is decided in appProtocol.ts.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { answerAppRequest, APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponseHeaders } from './appProtocol';

/** Must run before app 'ready': privileges can only be granted then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

export interface AppPagesOptions {
  rendererDir: string;
  /** The policy a page gets; may wait for the hub, whose port goes into connect-src. */
  contentSecurityPolicy: () => Promise<string>;
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers app:// requests from the built renderer folder (after 'ready', default session). */
export function serveAppPages(options: AppPagesOptions): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = answerAppRequest(request.method, request.url, options.rendererDir);
    if (answer.status !== 200) return plain(answer.status, answer.message);
    let body: Buffer;
    try {
      body = await readFile(answer.path);
    } catch {
      return plain(404, 'Not found');
    }
    const policy = answer.isDocument ? await options.contentSecurityPolicy() : '';
    const headers = appResponseHeaders(answer, policy);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers });
  });
}
