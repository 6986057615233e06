import { t } from '../../i18n';
import type { ToolProps } from '../types';
import { JourneyResults } from './JourneyResults';

/** The heatmap and its hot spots, as under Prepare, in Run live. */
export function JourneyTool({ exercise, workshop, update }: ToolProps<'burden-journey'>) {
  return (
    <section className="editor-section" aria-label={t('boards.journey.heatmap')}>
      <JourneyResults workshop={workshop} exercise={exercise} update={update} />
    </section>
  );
}
