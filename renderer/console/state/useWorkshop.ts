import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { useToasts } from '../../ui/Toasts';
import { describeStorageError, workshops } from '../db';
import { amend, record, redo, startHistory, undo, type History } from './history';

/**
 * `coalesce` names the field being typed in: changes to the same field within a moment
 * become one undo step instead of one per keystroke.
 */
export type UpdateWorkshop = (
  change: (workshop: Workshop) => Workshop,
  options?: { coalesce?: string },
) => void;

const COALESCE_MS = 1500;

export interface WorkshopHandle {
  workshop: Workshop | null | undefined; // undefined while loading, null when not found
  update: UpdateWorkshop;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
}

/**
 * One open workshop: every change is saved at once (autosave), in order, and can be undone.
 * Writes are chained so a slow write never lands after a newer one.
 */
export function useWorkshop(id: string): WorkshopHandle {
  const [history, setHistory] = useState<History<Workshop> | null | undefined>(undefined);
  const current = useRef<History<Workshop> | null | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const writes = useRef(Promise.resolve());
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
        toasts.show({ tone: 'error', message: `This workshop could not be opened: ${String(error)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [id, toasts]);

  const persist = useCallback(
    (workshop: Workshop) => {
      setSaving(true);
      writes.current = writes.current
        .then(() => workshops.put(workshop))
        .catch((error) => toasts.show({ tone: 'error', message: describeStorageError(error) }))
        .finally(() => setSaving(false));
    },
    [toasts],
  );

  // The ref is the truth between renders, so several changes in one tick chain correctly.
  const apply = useCallback(
    (next: History<Workshop>, changed: Workshop) => {
      current.current = next;
      setHistory(next);
      persist(changed);
    },
    [persist],
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
      apply(same ? amend(now, next) : record(now, next), next);
    },
    [apply],
  );

  const step = useCallback(
    (move: typeof undo) => {
      const now = current.current;
      if (!now) return;
      const moved = move(now);
      if (moved === now) return;
      lastEdit.current = null;
      apply(moved, { ...moved.present, updatedAt: Date.now() });
    },
    [apply],
  );

  return {
    workshop: history === undefined ? undefined : (history?.present ?? null),
    update,
    undo: useCallback(() => step(undo), [step]),
    redo: useCallback(() => step(redo), [step]),
    canUndo: !!history && history.past.length > 0,
    canRedo: !!history && history.future.length > 0,
    saving,
  };
}
