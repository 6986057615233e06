import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { PlacementResult } from '../../../shared/activities/continuumPlacement';
import { BAND_RANGES, BANDS, bandOf } from '../../../shared/continuum';
import type { Initiative } from '../../../shared/workshop/initiative';
import { bandLabel, t } from '../../i18n';
import { stackDots } from '../../plan-pdf/chartLayout';
import { positionAfterKey, positionAtPointer } from './continuumKeys';

interface Props {
  initiatives: readonly Initiative[];
  numbers: ReadonlyMap<string, number>;
  placements: ReadonlyMap<string, PlacementResult>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPlace: (id: string, position: number) => void;
}

/** Markers closer than this (in % of the line) stack above each other. */
const MARKER_GAP = 3.5;

function valueText(position: number) {
  return `${position}, ${bandLabel(bandOf(position))}`;
}

/**
 * The symbolic → substantive line. The facilitator drags each initiative to the position the team
 * agrees on, or focuses it and uses the arrow keys (Shift for steps of 10, Home/End for the ends).
 * The room's middle half shows faintly behind the selected marker.
 */
export function ContinuumLine({ initiatives, numbers, placements, selectedId, onSelect, onPlace }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: string; position: number; moved: boolean } | null>(null);
  const placed = initiatives.filter((i) => i.position !== null);
  const { dots, lanes } = stackDots(placed, (i) => i.position!, 100, MARKER_GAP);
  const laneOf = new Map(dots.map((d) => [d.item.id, d.lane]));
  const height = Math.max(88, 40 + lanes * 30);

  const pointerPosition = (event: PointerEvent) => {
    const rect = track.current!.getBoundingClientRect();
    return positionAtPointer(event.clientX, rect.left, rect.width);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, initiative: Initiative) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    setDrag({ id: initiative.id, position: initiative.position ?? 50, moved: false });
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag) return;
    const position = pointerPosition(event);
    if (position !== drag.position) setDrag({ ...drag, position, moved: true });
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>, initiative: Initiative) => {
    if (!drag) return;
    event.currentTarget.releasePointerCapture(event.pointerId);
    // Committed once, at the drop: one undo step per drag.
    if (drag.moved && drag.position !== initiative.position) onPlace(initiative.id, drag.position);
    onSelect(initiative.id);
    setDrag(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, initiative: Initiative) => {
    const next = positionAfterKey(initiative.position ?? 50, event.key, event.shiftKey);
    if (next === null) return;
    event.preventDefault();
    if (next !== initiative.position) onPlace(initiative.id, next);
  };

  return (
    <div className="continuum" style={{ height }}>
      <div className="continuum-bands" aria-hidden="true">
        {BANDS.map((band) => (
          <div
            key={band}
            className={`continuum-band band-${band}`}
            style={{ width: `${BAND_RANGES[band][1] - BAND_RANGES[band][0] + 1}%` }}
          >
            <span>{bandLabel(band)}</span>
          </div>
        ))}
      </div>
      <div className="continuum-track" ref={track}>
        {placed.map((initiative) => {
          // Only the selected initiative's: a bar for every marker would hide the line.
          const room = initiative.id === selectedId ? placements.get(initiative.id) : undefined;
          if (!room || room.p25 === null || room.p75 === null) return null;
          return (
            <div
              key={`room-${initiative.id}`}
              className="continuum-room"
              aria-hidden="true"
              style={{
                left: `${room.p25}%`,
                width: `${Math.max(0.5, room.p75 - room.p25)}%`,
                bottom: `${14 + (laneOf.get(initiative.id) ?? 0) * 30}px`,
              }}
            />
          );
        })}
        {placed.map((initiative) => {
          const dragging = drag?.id === initiative.id;
          const position = dragging ? drag.position : initiative.position!;
          const number = numbers.get(initiative.id) ?? 0;
          return (
            <button
              key={initiative.id}
              type="button"
              role="slider"
              className={`continuum-marker band-${bandOf(position)}${dragging ? ' dragging' : ''}${
                selectedId === initiative.id ? ' selected' : ''
              }`}
              style={{ left: `${position}%`, bottom: `${8 + (laneOf.get(initiative.id) ?? 0) * 30}px` }}
              aria-label={`${number}. ${initiative.title}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={position}
              aria-valuetext={valueText(position)}
              aria-orientation="horizontal"
              data-initiative={initiative.id}
              onPointerDown={(e) => onPointerDown(e, initiative)}
              onPointerMove={onPointerMove}
              onPointerUp={(e) => onPointerUp(e, initiative)}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(e) => onKeyDown(e, initiative)}
              onFocus={() => onSelect(initiative.id)}
            >
              {number}
              <span className="continuum-marker-label" aria-hidden="true">
                {initiative.title} · {position}
              </span>
            </button>
          );
        })}
      </div>
      <div className="continuum-axis" aria-hidden="true">
        <span>{t('plan.line.axisStart')}</span>
        <span>50</span>
        <span>{t('plan.line.axisEnd')}</span>
      </div>
    </div>
  );
}
