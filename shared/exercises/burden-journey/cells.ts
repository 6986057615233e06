import type { JourneyHeatmapConfig, JourneyHeatmapResult } from '../../activities/journeyHeatmap';
import { BURDENS, type Burden } from '../../burdens';

/** Shades of the heatmap's sequential palette; level 0 is "no burden", the last "a lot". */
export const HEAT_LEVELS = 6;

/** The palette step for a mean rating (0..max); null when nobody rated the cell. */
export function heatLevel(mean: number | null, max = 3): number | null {
  if (mean === null || !Number.isFinite(mean)) return null;
  const clamped = Math.min(max, Math.max(0, mean));
  return Math.min(HEAT_LEVELS - 1, Math.floor((clamped / max) * HEAT_LEVELS));
}

export interface JourneyCell {
  stageId: string;
  burden: Burden;
  mean: number | null;
  count: number;
  level: number | null;
}

export interface JourneyRow {
  stageId: string;
  label: string;
  /** Participants who rated this stage. */
  count: number;
  cells: JourneyCell[];
}

/** The heatmap as rows of stages (journey order) and cells per burden (config order). */
export function journeyGrid(config: JourneyHeatmapConfig, result: JourneyHeatmapResult | null): JourneyRow[] {
  const byStage = new Map((result?.stages ?? []).map((s) => [s.id, s]));
  return config.stages.map((stage) => {
    const rated = byStage.get(stage.id);
    return {
      stageId: stage.id,
      label: stage.label,
      count: rated?.count ?? 0,
      cells: config.burdens.map((burden) => {
        const cell = rated?.burdens[burden];
        const mean = cell?.mean ?? null;
        return {
          stageId: stage.id,
          burden,
          mean,
          count: cell?.count ?? 0,
          level: heatLevel(mean, config.max),
        };
      }),
    };
  });
}

/**
 * Ratings' worth of the room's overall mean every cell starts with before its own ratings count:
 * one participant's 3 cannot outrank a cell that many rated heavily.
 */
export const HOT_SPOT_PRIOR = 3;

export interface RankedCell {
  stageId: string;
  burden: Burden;
  /** The cell's own mean rating, as shown. */
  mean: number;
  /** How many rated it. */
  count: number;
  /** What it ranks by: its mean shrunk toward the overall mean by HOT_SPOT_PRIOR ratings. */
  score: number;
}

/**
 * Every rated cell, heaviest first, for the console, the projector and the PDF alike. Ranked by
 * the shrunk mean (count × mean + k × overall) / (count + k); ties: more ratings, then journey order.
 */
export function hotSpotRanking(result: JourneyHeatmapResult | null): RankedCell[] {
  const cells: Array<RankedCell & { order: number }> = [];
  let sum = 0;
  let ratings = 0;
  (result?.stages ?? []).forEach((stage, stageIndex) => {
    for (const [burden, cell] of Object.entries(stage.burdens) as [
      Burden,
      { mean: number | null; count: number },
    ][]) {
      if (cell.mean === null || !Number.isFinite(cell.mean) || !(cell.count > 0)) continue;
      sum += cell.mean * cell.count;
      ratings += cell.count;
      cells.push({
        stageId: stage.id,
        burden,
        mean: cell.mean,
        count: cell.count,
        score: 0,
        order: stageIndex * 10 + BURDENS.indexOf(burden),
      });
    }
  });
  const overall = ratings ? sum / ratings : 0;
  for (const cell of cells) {
    cell.score = (cell.mean * cell.count + HOT_SPOT_PRIOR * overall) / (cell.count + HOT_SPOT_PRIOR);
  }
  cells.sort((a, b) => b.score - a.score || b.count - a.count || a.order - b.order);
  return cells.map(({ order: _order, ...cell }) => cell);
}

/** Rank (1 = heaviest) of the n heaviest rated cells, keyed `${stageId}:${burden}`; cells at 0 never rank. */
export function heaviestCells(result: JourneyHeatmapResult | null, n = 3): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const cell of hotSpotRanking(result)) {
    if (ranks.size >= n || !(cell.mean > 0)) break;
    ranks.set(`${cell.stageId}:${cell.burden}`, ranks.size + 1);
  }
  return ranks;
}
