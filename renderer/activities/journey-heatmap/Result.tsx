import type { JourneyHeatmapConfig, JourneyHeatmapResult } from '../../../shared/activities/journeyHeatmap';
import { heaviestCells, journeyGrid } from '../../../shared/exercises/burden-journey/cells';
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
      <p className="result-note">
        {answered} {answered === 1 ? 'person' : 'people'} rated at least one stage · 0 = no burden, 3 = a lot
      </p>
    </div>
  );
}
