import type { JourneyHeatmapConfig, JourneyHeatmapResult } from '../../../shared/activities/journeyHeatmap';
import { heaviestCells, hotSpotRanking, journeyGrid } from '../../../shared/exercises/burden-journey/cells';
import { burdenLabel, formatNumber, t } from '../../i18n';
import type { LiveProps } from '../types';
import { HeatLegend, Heatmap } from './Heatmap';

/** Projector: the whole journey at a glance, the three heaviest burdens numbered and named. */
export default function JourneyHeatmapLive({
  config,
  result,
}: LiveProps<JourneyHeatmapConfig, JourneyHeatmapResult>) {
  const ranks = heaviestCells(result);
  const labels = new Map(config.stages.map((s) => [s.id, s.label]));
  const top = hotSpotRanking(result).filter((c) => ranks.has(`${c.stageId}:${c.burden}`));
  return (
    <div className="journey-live">
      <Heatmap rows={journeyGrid(config, result)} burdens={config.burdens} ranks={ranks} />
      <div className="journey-live__foot">
        <HeatLegend />
        {top.length > 0 ? (
          <ol className="journey-live__top" aria-label={t('live.heaviest')}>
            {top.map((cell) => (
              <li key={`${cell.stageId}:${cell.burden}`}>
                {t('live.burdenAt', { burden: burdenLabel(cell.burden), stage: labels.get(cell.stageId) })}{' '}
                <span className="journey-live__mean">
                  {formatNumber(cell.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                </span>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </div>
  );
}
