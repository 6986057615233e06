import { useState } from 'react';
import type { Paper } from '../../../shared/plan';

const KEY = 'outside-in.plan-paper';

/** US Letter where it is the norm (US, Canada, Mexico, Philippines…), A4 elsewhere. */
function defaultPaper(): Paper {
  const region = (navigator.language.split('-')[1] ?? '').toUpperCase();
  return ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE'].includes(region) ? 'Letter' : 'A4';
}

/** The paper size for the plan: a preference of this computer, not of the workshop. */
export function usePaper(): [Paper, (paper: Paper) => void] {
  const [paper, setPaper] = useState<Paper>(() => {
    const stored = localStorage.getItem(KEY);
    return stored === 'A4' || stored === 'Letter' ? stored : defaultPaper();
  });
  return [
    paper,
    (next) => {
      setPaper(next);
      localStorage.setItem(KEY, next);
    },
  ];
}
