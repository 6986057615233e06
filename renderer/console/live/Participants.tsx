import { useEffect, useRef, useState } from 'react';
import type { ControlAction, Roster } from '../../../shared/protocol';
import './participants.css';

/** Devices that joined in a burst or were refused, for the facilitator to look at. */
export function flaggedDevices(roster: Roster | null): number {
  return roster?.devices.filter((d) => d.flagged && !d.shared).length ?? 0;
}

const shortId = (id: string) => id.slice(0, 6).toUpperCase();
const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

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
        Participants
        {flagged ? (
          <span className="participants-flag" data-testid="participants-flag">
            {' '}
            · ⚠ {flagged} {flagged === 1 ? 'device' : 'devices'} to check
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
    if (
      window.confirm(
        `Remove participant ${shortId(participantId)}? Their answers leave every result and their phone cannot rejoin as them.`,
      )
    ) {
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
      <h2 id="participants-title">Participants</h2>
      <p className="muted">
        Each device may join as up to {roster?.perDevice ?? 3} people. Mark a shared tablet so more people can
        join from it. Removing someone takes their answers out of every result.
      </p>
      {devices.length ? (
        <section aria-label="Devices">
          <h3>Devices with more than one participant</h3>
          <ul className="participants__devices">
            {devices.map((d) => (
              <li
                key={d.address}
                className={d.flagged && !d.shared ? 'participants__device--flagged' : undefined}
              >
                <span className="participants__address">{d.address}</span>
                <span>
                  {d.identities} joined
                  {d.joinsLastMinute ? ` · ${d.joinsLastMinute} in the last minute` : ''}
                  {d.refusedLastMinute ? ` · ${d.refusedLastMinute} refused` : ''}
                  {d.shared ? ' · shared' : ''}
                </span>
                <button type="button" className="btn btn-sm" onClick={() => share(d.address, !d.shared)}>
                  {d.shared ? 'Stop sharing' : 'Mark as shared'}
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
                <th scope="col">Participant</th>
                <th scope="col">Device</th>
                <th scope="col">Joined</th>
                <th scope="col">Answers</th>
                <th scope="col">Now</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
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
                  <td>{p.connected ? 'Online' : 'Offline'}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-sm btn-ghost"
                      onClick={() => remove(p.participantId)}
                      aria-label={`Remove participant ${shortId(p.participantId)}`}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{roster ? 'Nobody has joined yet.' : 'Asking the hub…'}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
