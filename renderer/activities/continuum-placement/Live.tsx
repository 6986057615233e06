import type {
  ContinuumPlacementConfig,
  ContinuumPlacementResult,
} from '../../../shared/activities/continuumPlacement';
import type { LiveProps } from '../types';
import { ContinuumChart } from './ContinuumChart';

/** Projector: every initiative at the room's median, its spread as a bar, on the three bands. */
export default function ContinuumPlacementLive({
  config,
  result,
}: LiveProps<ContinuumPlacementConfig, ContinuumPlacementResult>) {
  return (
    <div className="cchart-live">
      <ContinuumChart config={config} results={result.items} fit />
    </div>
  );
}
