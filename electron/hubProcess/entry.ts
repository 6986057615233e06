// The hub's own process (an Electron utilityProcess; a Node child in tests): if it dies, the
// main process starts another on the same port, which replays the session journal.
import { startHub, type RunningHub } from '../hub/index';
import { toHubSchema, type FromHub } from './messages';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Electron's parentPort in a utilityProcess, Node's IPC channel in a forked child. */
function parentPort(): ParentPort {
  const electronPort = (process as { parentPort?: ParentPort }).parentPort;
  if (electronPort) return electronPort;
  if (!process.send) throw new Error('The hub process was started without a channel to its parent.');
  return {
    on: (_event, listener) => process.on('message', (data) => listener({ data })),
    postMessage: (message) => process.send!(message),
  };
}

const port = parentPort();
const reply = (message: FromHub) => port.postMessage(message);
let hub: RunningHub | null = null;

port.on('message', ({ data }) => {
  const parsed = toHubSchema.safeParse(data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === 'start') {
    if (hub) return reply({ type: 'started', port: hub.port, localUrl: hub.localUrl });
    startHub(message.options).then(
      (running) => {
        hub = running;
        reply({ type: 'started', port: running.port, localUrl: running.localUrl });
      },
      (error: unknown) => {
        const code = errorCode(error);
        reply({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
          ...(code ? { code } : {}),
        });
      },
    );
    return;
  }
  void (hub?.close() ?? Promise.resolve()).finally(() => {
    reply({ type: 'closed' });
    process.exit(0);
  });
});

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  return 'cause' in error ? errorCode(error.cause) : undefined;
}
