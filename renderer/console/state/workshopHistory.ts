import { createContext, useContext } from 'react';
import type { Step } from './history';

/** The open workshop's one undo history, for views deep in the screen (a board's Undo button). */
export interface WorkshopHistory {
  undo: () => void;
  redo: () => void;
  undoStep: Step | null;
  redoStep: Step | null;
}

const NONE: WorkshopHistory = { undo: () => {}, redo: () => {}, undoStep: null, redoStep: null };

export const WorkshopHistoryContext = createContext<WorkshopHistory>(NONE);

export const useWorkshopHistory = (): WorkshopHistory => useContext(WorkshopHistoryContext);
