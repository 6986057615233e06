import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { t, useUiLanguage } from '../i18n';
import './toasts.css';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error' | 'success';
  action?: { label: string; run: () => void };
  /** ms; errors stay until dismissed. */
  timeout?: number;
}

interface ToastApi {
  show: (toast: Omit<Toast, 'id'>) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts must be used inside <ToastProvider>');
  return api;
}

/** Toasts on screen at once: a newer one pushes the oldest out. */
const MAX_TOASTS = 2;
/** A toast shown this shortly before moving to another page is about that move (e.g. undo a delete). */
const NAVIGATION_GRACE_MS = 1500;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Array<Toast & { shownAt: number }>>([]);
  const next = useRef(1);
  useUiLanguage();

  // Toasts belong to the page they were shown on: moving to another one clears them.
  useEffect(() => {
    const onNavigate = () => {
      const before = Date.now() - NAVIGATION_GRACE_MS;
      setToasts((all) =>
        all.some((t) => t.shownAt < before) ? all.filter((t) => t.shownAt >= before) : all,
      );
    };
    window.addEventListener('hashchange', onNavigate);
    return () => window.removeEventListener('hashchange', onNavigate);
  }, []);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const show = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = next.current++;
      // The same message again replaces the earlier one instead of stacking up.
      setToasts((all) => [
        ...all.filter((t) => t.message !== toast.message).slice(-(MAX_TOASTS - 1)),
        { ...toast, id, shownAt: Date.now() },
      ]);
      const timeout = toast.timeout ?? (toast.tone === 'error' ? 0 : 6000);
      if (timeout > 0) setTimeout(() => dismiss(id), timeout);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="region" aria-label={t('console.toasts')}>
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.tone}`}
            role={toast.tone === 'error' ? 'alert' : 'status'}
          >
            <span className="toast-message">{toast.message}</span>
            {toast.action && (
              <button
                className="btn btn-sm"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              className="btn btn-sm btn-ghost toast-close"
              aria-label={t('console.dismiss')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
