import type { ErrorMessage, RefusalWire } from '../../../shared/protocol';
import { t } from '../../i18n';

/** A refusal argument as the hub sent it; '' when missing (a hub sends every one its code names). */
function arg(refusal: RefusalWire, name: string): string {
  const value = refusal.args?.[name];
  return value === undefined ? '' : String(value);
}

function num(refusal: RefusalWire, name: string): number {
  const value = Number(refusal.args?.[name]);
  return Number.isFinite(value) ? value : 0;
}

/** The refusal in the console's language. */
function refusalText(refusal: RefusalWire): string {
  switch (refusal.code) {
    case 'no-session':
      return t('session.error.noSession');
    case 'session-starting':
      return t('session.error.sessionLive');
    case 'no-cards':
      return t('session.notReady.noCards');
    case 'nothing-to-answer':
      return t('session.notReady.nothingToAnswer');
    case 'last-activity':
      return t('session.refusal.lastActivity');
    case 'first-activity':
      return t('session.refusal.firstActivity');
    case 'no-such-activity':
      return t('session.refusal.noSuchActivity', {
        number: num(refusal, 'number'),
        count: num(refusal, 'count'),
      });
    case 'not-in-session':
      return t('session.refusal.notInSession');
    case 'unknown-activity':
      return t('session.refusal.unknownActivity');
    case 'already-opened':
      return t('session.refusal.alreadyOpened', { name: arg(refusal, 'name') });
    case 'change-invalid':
      return t('session.refusal.changeInvalid', { name: arg(refusal, 'name') });
    case 'too-many-activities':
      return t('session.refusal.tooManyActivities', {
        max: num(refusal, 'max'),
        count: num(refusal, 'count'),
      });
    case 'duplicate-activity':
      return t('session.refusal.duplicateActivity');
    case 'unknown-kind':
      return t('session.refusal.unknownKind', { name: arg(refusal, 'name') });
    case 'activity-invalid':
      return t('session.refusal.activityInvalid', { name: arg(refusal, 'name') });
    case 'agenda-empty':
      return t('session.refusal.agendaEmpty');
    case 'outcome-invalid':
      return t('session.refusal.outcomeInvalid');
    case 'not-an-address':
      return t('session.refusal.notAnAddress', { address: arg(refusal, 'address') });
    case 'port-in-use':
      return t('session.refusal.portInUse', { address: arg(refusal, 'address'), port: arg(refusal, 'port') });
    case 'address-gone':
      return t('session.refusal.addressGone', { address: arg(refusal, 'address') });
    case 'cannot-listen':
      return t('session.refusal.cannotListen', {
        address: arg(refusal, 'address'),
        port: arg(refusal, 'port'),
      });
    case 'session-running':
      return t('session.refusal.sessionRunning', { code: arg(refusal, 'code') });
    case 'journal-unsaved':
      return t('session.refusal.journalUnsaved', { detail: arg(refusal, 'detail') });
    case 'answers-unsaved':
      return t('session.refusal.answersUnsaved', { detail: arg(refusal, 'detail') });
  }
}

/**
 * A hub error in the console's language: by its refusal (which control was refused and why), else
 * where its code says it all; otherwise the hub's own words (English), as from an older hub.
 */
export function hubErrorText(error: Pick<ErrorMessage, 'code' | 'message' | 'refusal'>): string {
  if (error.refusal) return refusalText(error.refusal);
  switch (error.code) {
    case 'no-session':
      return t('session.error.noSession');
    case 'server-error':
      return t('session.error.serverError');
    case 'session-live':
      return t('session.error.sessionLive');
    case 'not-allowed':
      return t('session.error.notAllowed');
    case 'session-ended':
      return t('session.error.sessionEnded');
    case 'protocol-version':
      return t('session.error.protocolVersion');
    default:
      return error.message;
  }
}
