import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { t } from '../../i18n';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, workshops } from '../db';
import { Autosave, type SaveStatus } from './autosave';
import {
  amend,
  record,
  redo,
  redoStep,
  startHistory,
  undo,
  undoStep,
  type History,
  type Step,
} from './history';

/**
 * `coalesce` names the field being typed in: changes to the same field within a moment
 * become one undo step instead of one per keystroke. `label` and `scope` name the step for the
 * Undo buttons (a board offers its own steps on its own button: see Step).
 */
export type UpdateWorkshop = (
  change: (workshop: Workshop) => Workshop,
  options?: { coalesce?: string } & Step,
) => void;

const COALESCE_MS = 1500;

export interface WorkshopHandle {
  workshop: Workshop | null | undefined; // undefined while loading, null when not found
  update: UpdateWorkshop;
  undo: () => void;
  redo: () => void;
  /** The step undo takes back and the one redo makes again; null when there is none. */
  undoStep: Step | null;
  redoStep: Step | null;
  save: SaveStatus;
  /** Writes the workshop again after a failed save. */
  retrySave: () => void;
}

/**
 * One open workshop: every change is saved at once (autosave, see Autosave for when it says
 * "saved") and goes into the workshop's one undo history, boards included.
 */
export function useWorkshop(id: string): WorkshopHandle {
  const [history, setHistory] = useState<History<Workshop> | null | undefined>(undefined);
  const current = useRef<History<Workshop> | null | undefined>(undefined);
  const [saver] = useState(() => new Autosave((workshop: Workshop) => workshops.put(workshop)));
  const save = useSyncExternalStore(saver.subscribe, saver.status);
  const toasts = useToasts();

  useEffect(() => {
    // The screen is keyed by workshop id, so this runs once per opened workshop.
    let live = true;
    workshops.get(id).then(
      (found) => {
        if (!live) return;
        current.current = found ? startHistory(found) : null;
        setHistory(current.current);
      },
      (error) => {
        if (!live) return;
        current.current = null;
        setHistory(null);
        toasts.show({ tone: 'error', message: t('console.workshop.openFailed', { error: String(error) }) });
      },
    );
    return () => {
      live = false;
    };
  }, [id, toasts]);

  // Each failed save is told once, in words the facilitator can act on.
  useEffect(() => {
    if (save.state === 'failed') toasts.show({ tone: 'error', message: describeStorageError(save.error) });
  }, [save, toasts]);

  // The ref is the truth between renders, so several changes in one tick chain correctly.
  const apply = useCallback(
    (next: History<Workshop>, changed: Workshop) => {
      current.current = next;
      setHistory(next);
      saver.save(changed);
    },
    [saver],
  );

  const lastEdit = useRef<{ key: string; at: number } | null>(null);

  const update = useCallback<UpdateWorkshop>(
    (change, options) => {
      const now = current.current;
      if (!now) return;
      const changed = change(now.present);
      if (changed === now.present) return;
      const at = Date.now();
      const next = { ...changed, updatedAt: at };
      const key = options?.coalesce;
      const same = key && lastEdit.current?.key === key && at - lastEdit.current.at < COALESCE_MS;
      lastEdit.current = key ? { key, at } : null;
      const step: Step = {
        ...(options?.label ? { label: options.label } : {}),
        ...(options?.scope ? { scope: options.scope } : {}),
      };
      apply(same ? amend(now, next) : record(now, next, step), next);
    },
    [apply],
  );

  const move = useCallback(
    (go: typeof undo) => {
      const now = current.current;
      if (!now) return;
      const moved = go(now);
      if (moved === now) return;
      lastEdit.current = null;
      apply(moved, { ...moved.present, updatedAt: Date.now() });
    },
    [apply],
  );

  return {
    workshop: history === undefined ? undefined : (history?.present ?? null),
    update,
    undo: useCallback(() => move(undo), [move]),
    redo: useCallback(() => move(redo), [move]),
    undoStep: history ? undoStep(history) : null,
    redoStep: history ? redoStep(history) : null,
    save,
    retrySave: useCallback(() => saver.retry(), [saver]),
  };
}
