import type { ControlAction, LiveSession, NetworkInfo, Roster } from '../../../shared/protocol';
import { JoinQr } from '../../projector/JoinQr';
import { reachableByPhones } from './liveAgenda';
import { ParticipantsButton } from './Participants';
import { PracticeCount } from './practice/PracticeMarks';
import './joinPanel.css';
import { t } from '../../i18n';

const LOCAL_ONLY = '';

function openProjector(code: string) {
  if (window.outsideIn) {
    void window.outsideIn.openProjector();
    return;
  }
  window.open(`/projector#code=${encodeURIComponent(code)}`, 'outside-in-projector');
}

/** How participants join, and where the projector is. */
export function JoinPanel({
  session,
  network,
  roster,
  onControl,
}: {
  session: LiveSession;
  network: NetworkInfo | null;
  roster: Roster | null;
  onControl: (action: ControlAction) => void;
}) {
  const { joinUrl } = session;
  return (
    <section className="card join-panel" aria-label={t('session.joining')}>
      <JoinQr url={joinUrl} size="72px" className="join-panel__qr" />
      <div className="join-panel__text">
        <div className="join-panel__code-line">
          <span className="field-label">{t('session.joinCode')}</span>
          <div className="join-panel__code" data-testid="join-code">
            {session.code}
          </div>
        </div>
        <a className="join-panel__url" href={joinUrl} target="_blank" rel="noreferrer" data-testid="join-url">
          {joinUrl}
        </a>
        {!reachableByPhones(joinUrl) ? <p className="join-panel__warn">{t('session.localOnly')}</p> : null}
      </div>
      <div className="join-panel__tools">
        <button type="button" className="btn" onClick={() => openProjector(session.code)}>
          {t('session.openProjector')}
        </button>
        {network ? (
          <label className="field join-panel__network">
            <span>{t('session.network')}</span>
            <select
              className="select"
              value={
                network.host && network.interfaces.some((i) => i.address === network.host)
                  ? network.host
                  : LOCAL_ONLY
              }
              onChange={(e) =>
                onControl({
                  action: 'set-host',
                  address: e.target.value === LOCAL_ONLY ? null : e.target.value,
                })
              }
            >
              <option value={LOCAL_ONLY}>{t('session.thisComputerOnly')}</option>
              {network.interfaces.map((i) => (
                <option key={`${i.name}-${i.address}`} value={i.address}>
                  {i.name} — {i.address}
                  {i.isPrivate ? '' : ` ${t('session.notPrivate')}`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="join-panel__joined">
          <strong data-testid="joined-count">{session.participants.connected}</strong>{' '}
          {t('session.connectedJoined', {
            connected: session.participants.connected,
            joined: session.participants.joined,
          })}
          <PracticeCount session={session} />
        </div>
        <ParticipantsButton roster={roster} onControl={onControl} />
      </div>
    </section>
  );
}
