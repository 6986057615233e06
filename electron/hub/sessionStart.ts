import { newId } from '../../shared/ids';
import { newJoinCode, type ControlAction, type Refusal } from '../../shared/protocol';
import {
  JOURNAL_VERSION,
  JournalWriter,
  journalFileName,
  type OpenJournalFile,
  type StartRecord,
} from './journal';
import { SessionModel } from './session';

export type StartControl = Extract<ControlAction, { action: 'start-session' }>;

export type Started =
  | { ok: true; session: SessionModel; journal: JournalWriter; start: StartRecord }
  /** The agenda cannot run (`bad-control`), or its journal cannot be saved (`server-error`). */
  | { ok: false; code: 'bad-control' | 'server-error'; reason: string; refusal?: Refusal };

/** A new session from the console's agenda, with its start record on disk before anyone joins. */
export async function startSession(
  control: StartControl,
  dataDir: string,
  openFile: OpenJournalFile,
): Promise<Started> {
  const now = Date.now();
  const sessionId = newId();
  const start: StartRecord = {
    t: 'start',
    v: JOURNAL_VERSION,
    at: now,
    sessionId,
    code: newJoinCode(),
    workshopId: control.workshopId,
    workshopName: control.workshopName,
    ...(control.language ? { language: control.language } : {}),
    activities: control.activities,
  };
  const created = SessionModel.create(start);
  if (!created.ok)
    return { ok: false, code: 'bad-control', reason: created.reason, refusal: created.refusal };
  try {
    const journal = await JournalWriter.create(dataDir, journalFileName(now, sessionId), openFile);
    const error = await new Promise<Error | null>((resolve) => journal.append(start, resolve));
    if (error) {
      await journal.close().catch(() => undefined);
      throw error;
    }
    return { ok: true, session: created.session, journal, start };
  } catch (cause) {
    return {
      ok: false,
      code: 'server-error',
      reason: `The session could not start: its journal cannot be saved (${String(cause)}).`,
      refusal: { code: 'journal-unsaved', args: { detail: String(cause) } },
    };
  }
}
