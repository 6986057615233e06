import type { NetworkInfo } from '../../shared/protocol';
import type { Connections } from './connections';
import type { JournalWriter, OpenJournalFile } from './journal';
import type { HubLog } from './log';
import type { RateLimitOptions } from './rateLimit';
import type { SessionModel } from './session';

export interface HubCoreOptions {
  dataDir: string;
  facilitatorToken: string;
  log: HubLog;
  /** Where phones join, for the state message (`http://host:port`). */
  joinBase: () => string;
  network: () => NetworkInfo;
  setHost: (address: string | null) => Promise<unknown>;
  openFile?: OpenJournalFile;
  rateLimit?: RateLimitOptions;
  /** Ping interval; a peer that did not answer the previous ping is dropped. */
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** Minimum spacing of state/tally broadcasts to the console and projector. */
  tickMs?: number;
  /** Minimum spacing of changed pages of statements (open text) to the phones. */
  participantTickMs?: number;
}

/** The hub's figures, for tests, the benchmark and logs. */
export interface HubStats {
  /** Open connections, greeted or not. */
  connections: number;
  /** Participants with at least one open connection. */
  connected: number;
  /** Participants who ever joined the session. */
  joined: number;
  /** Of `joined`, practice participants. */
  practice: number;
  /** Answers recorded in the session. */
  answers: number;
  /** Answers accepted and not yet on disk. */
  answersInFlight: number;
  /** Disk flushes of the session journal, and the slowest since the last reset. */
  journalBatches: number;
  slowestFlushMs: number;
}

export function hubStats(
  session: SessionModel | null,
  connections: Connections,
  answersInFlight: number,
  journal: JournalWriter | null,
): HubStats {
  return {
    connections: connections.clients.size,
    connected: connections.connected.size,
    joined: session?.joinedCount ?? 0,
    practice: session?.practice.size ?? 0,
    answers: session?.answerCount() ?? 0,
    answersInFlight,
    journalBatches: journal?.batches ?? 0,
    slowestFlushMs: journal?.slowestFlushMs ?? 0,
  };
}
