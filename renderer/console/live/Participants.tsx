import { useEffect, useRef, useState } from 'react';
import type { ControlAction, Roster } from '../../../shared/protocol';
import './participants.css';
import { intlLocale, t } from '../../i18n';

/** Devices that joined in a burst or were refused, for the facilitator to look at. */
export function flaggedDevices(roster: Roster | null): number {
  return roster?.devices.filter((d) => d.flagged && !d.shared).length ?? 0;
}

const shortId = (id: string) => id.slice(0, 6).toUpperCase();
const time = (at: number) =>
  new Date(at).toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' });

/** The "Participants" button of the join panel, with the list behind it. */
export function ParticipantsButton({
  roster,
  onControl,
}: {
  roster: Roster | null;
  onControl: (action: ControlAction) => void;
}) {
  const [open, setOpen] = useState(false);
  const flagged = flaggedDevices(roster);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => {
          setOpen(true);
          onControl({ action: 'roster' });
        }}
        data-testid="participants-open"
      >
        {t('session.participants')}
        {flagged ? (
          <span className="participants-flag" data-testid="participants-flag">
            {' '}
            · ⚠ {t('session.devicesToCheck', { count: flagged })}
          </span>
        ) : null}
      </button>
      {open ? (
        <ParticipantsDialog roster={roster} onControl={onControl} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

function ParticipantsDialog({
  roster,
  onControl,
  onClose,
}: {
  roster: Roster | null;
  onControl: (action: ControlAction) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const participants = roster?.participants ?? [];
  const devices = roster?.devices ?? [];
  const remove = (participantId: string) => {
    if (window.confirm(t('session.removeConfirm', { id: shortId(participantId) }))) {
      onControl({ action: 'remove-participant', participantId });
      onControl({ action: 'roster' });
    }
  };
  const share = (address: string, shared: boolean) => {
    onControl({ action: 'share-device', address, shared });
    onControl({ action: 'roster' });
  };
  return (
    <dialog
      ref={dialog}
      className="dialog participants"
      onCancel={onClose}
      onClose={onClose}
      aria-labelledby="participants-title"
    >
      <h2 id="participants-title">{t('session.participants')}</h2>
      <p className="muted">{t('session.participantsText', { perDevice: roster?.perDevice ?? 3 })}</p>
      {devices.length ? (
        <section aria-label={t('session.devices')}>
          <h3>{t('session.devicesTitle')}</h3>
          <ul className="participants__devices">
            {devices.map((d) => (
              <li
                key={d.address}
                className={d.flagged && !d.shared ? 'participants__device--flagged' : undefined}
              >
                <span className="participants__address">{d.address}</span>
                <span>
                  {t('session.deviceJoined', { count: d.identities })}
                  {d.joinsLastMinute
                    ? ` · ${t('session.deviceLastMinute', { count: d.joinsLastMinute })}`
                    : ''}
                  {d.refusedLastMinute
                    ? ` · ${t('session.deviceRefused', { count: d.refusedLastMinute })}`
                    : ''}
                  {d.shared ? ` · ${t('session.deviceShared')}` : ''}
                </span>
                <button type="button" className="btn btn-sm" onClick={() => share(d.address, !d.shared)}>
                  {d.shared ? t('session.stopSharing') : t('session.markShared')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {participants.length ? (
        <div className="participants__scroll">
          <table className="participants__table">
            <thead>
              <tr>
                <th scope="col">{t('session.colParticipant')}</th>
                <th scope="col">{t('session.colDevice')}</th>
                <th scope="col">{t('session.colJoined')}</th>
                <th scope="col">{t('session.colAnswers')}</th>
                <th scope="col">{t('session.colNow')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('session.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.participantId}>
                  <td className="participants__id">{shortId(p.participantId)}</td>
                  <td>{p.address || '—'}</td>
                  <td>{time(p.joinedAt)}</td>
                  <td>{p.answers}</td>
                  <td>{p.connected ? t('session.online') : t('session.offlineState')}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-sm btn-ghost"
                      onClick={() => remove(p.participantId)}
                      aria-label={t('session.removeLabel', { id: shortId(p.participantId) })}
                    >
                      {t('session.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{roster ? t('session.nobodyYet') : t('session.askingHub')}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={() => dialog.current?.close()}>
          {t('session.close')}
        </button>
      </div>
    </dialog>
  );
}
