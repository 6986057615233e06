import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { BANDS, bandOf } from '../../../shared/continuum';
import { bandLabel, t } from '../../i18n';

const clamp = (v: number) => Math.min(100, Math.max(0, Math.round(v)));

/** Band widths on the line, in %: they meet half-way between 33|34 and 66|67. */
const BAND_WIDTHS = { symbolic: 33.5, process: 33, substantive: 33.5 } as const;

/**
 * Phone: the symbolic → substantive line as one big slider. The whole strip takes a tap or a drag
 * (pointer capture, so a finger can wander off it); the thumb is a keyboard slider. Moving it only
 * moves it: `onPlace` (Enter, or the button beside it) is what answers.
 */
export function PlacementSlider({
  label,
  value,
  disabled,
  onMove,
  onPlace,
}: {
  label: string;
  /** null until this participant first moves it: the thumb waits in the middle, hollow. */
  value: number | null;
  disabled: boolean;
  onMove: (value: number) => void;
  onPlace: () => void;
}) {
  const rail = useRef<HTMLDivElement>(null);
  const rightToLeft = () => !!rail.current && getComputedStyle(rail.current).direction === 'rtl';
  const thumb = useRef<HTMLDivElement>(null);
  const shown = value ?? 50;

  const fromPointer = (e: PointerEvent) => {
    const box = rail.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    // Right to left, the line starts at the right: symbolic → substantive in reading order.
    const along = rightToLeft() ? box.right - e.clientX : e.clientX - box.left;
    onMove(clamp((along / box.width) * 100));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (disabled || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    thumb.current?.focus({ preventScroll: true });
    fromPointer(e);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!disabled && e.currentTarget.hasPointerCapture?.(e.pointerId)) fromPointer(e);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (disabled) return;
    const step = e.shiftKey ? 10 : 1;
    const forward = rightToLeft() ? -step : step;
    const moves: Record<string, number> = {
      ArrowLeft: shown - forward,
      ArrowDown: shown - step,
      ArrowRight: shown + forward,
      ArrowUp: shown + step,
      PageDown: shown - 10,
      PageUp: shown + 10,
      Home: 0,
      End: 100,
    };
    if (e.key in moves) {
      e.preventDefault();
      onMove(clamp(moves[e.key]!));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onPlace();
    }
  };

  return (
    <div className={`cp-slider ${disabled ? 'cp-slider--disabled' : ''}`}>
      <div
        className="cp-slider__strip"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        data-testid="continuum-strip"
      >
        <div className="cp-slider__rail" ref={rail}>
          <div className="cp-slider__track" aria-hidden="true">
            {BANDS.map((band) => (
              <span
                key={band}
                className={`cp-slider__band cp-slider__band--${band}`}
                style={{ width: `${BAND_WIDTHS[band]}%` }}
              />
            ))}
          </div>
          <div
            ref={thumb}
            className={`cp-slider__thumb ${value === null ? 'cp-slider__thumb--untouched' : ''}`}
            style={{ insetInlineStart: `${shown}%` }}
            role="slider"
            tabIndex={disabled ? -1 : 0}
            aria-label={t('continuum.slider', { label })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={shown}
            aria-valuetext={
              value === null ? t('continuum.untouched') : `${value}, ${bandLabel(bandOf(value))}`
            }
            aria-disabled={disabled || undefined}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      <div className="cp-slider__names" aria-hidden="true">
        {BANDS.map((band) => (
          <span key={band}>{bandLabel(band)}</span>
        ))}
      </div>
    </div>
  );
}
