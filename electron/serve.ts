/**
 * Browser mode: the hub plus the console and projector for a browser on this machine.
 *   node out/main/serve.js [--port 4873] [--host ADDRESS] [--data-dir DIR] [--fresh]
 */
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanAddress, startHub } from './hub';
import { deleteJournals } from './hub/journal';
import { loadFacilitatorKey } from './facilitatorKey';

export interface ServeArgs {
  port: number;
  /** null: pick the first private LAN address, else loopback. */
  host: string | null;
  dataDir: string;
  fresh: boolean;
}

const USAGE = 'Usage: serve [--port N] [--host ADDRESS] [--data-dir DIR] [--fresh]';

export function parseServeArgs(argv: string[]): ServeArgs {
  const args: ServeArgs = {
    port: 4873,
    host: null,
    dataDir: join(homedir(), '.outside-in', 'hub'),
    fresh: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.includes('=')
      ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
      : [flag, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value. ${USAGE}`);
      return v;
    };
    switch (name) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error(`--port must be 0–65535. ${USAGE}`);
        args.port = port;
        break;
      }
      case '--host':
        args.host = value();
        break;
      case '--data-dir':
        args.dataDir = resolve(value());
        break;
      case '--fresh':
        args.fresh = true;
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`Unknown option ${flag}. ${USAGE}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  if (args.fresh) await deleteJournals(args.dataDir);
  const here = dirname(fileURLToPath(import.meta.url));
  const host = args.host ?? defaultLanAddress() ?? '127.0.0.1';
  const running = await startHub({
    port: args.port,
    host,
    dataDir: args.dataDir,
    rendererDir: resolve(here, '../renderer'),
    serveConsole: true,
    facilitatorToken:
      process.env.OUTSIDE_IN_FACILITATOR_TOKEN || (await loadFacilitatorKey(args.dataDir)).key,
  });
  const { joinBase } = await running.setLanHost(host);
  console.log(
    [
      '',
      'Outside-In is running.',
      `Console: ${running.consoleLink()}`,
      `Projector: ${running.localUrl}/projector`,
      `Phones join at: ${joinBase}/j/<code shown on the projector>`,
      `Votes are journaled in ${args.dataDir}. Press Ctrl+C to stop.`,
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Outside-In…`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

// Run only as the entry point (tests import parseServeArgs).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`Outside-In could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
