import type { JourneyHeatmapConfig, JourneyHeatmapResult } from '../../../shared/activities/journeyHeatmap';
import { heaviestCells, journeyGrid } from '../../../shared/exercises/burden-journey/cells';
import { t } from '../../i18n';
import type { ResultProps } from '../types';
import { HeatLegend, Heatmap } from './Heatmap';

/** Console: the heatmap with means and counts; the burden journey panel adds initiatives per cell. */
export default function JourneyHeatmapResultView({
  config,
  result,
  answered,
}: ResultProps<JourneyHeatmapConfig, JourneyHeatmapResult>) {
  return (
    <div className="journey-result">
      <Heatmap rows={journeyGrid(config, result)} burdens={config.burdens} ranks={heaviestCells(result)} />
      <HeatLegend />
      <p className="result-note">{t('plan.journey.rated', { count: answered })}</p>
    </div>
  );
}
