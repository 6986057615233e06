import { t } from '../i18n';
import { Component, Suspense, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * Around a lazy activity view: a loading line while its chunk arrives, and a way out if it
 * cannot be loaded (e.g. the network dropped at that moment) instead of a blank screen.
 */
export class ViewBoundary extends Component<{ children: ReactNode; fallback?: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="view-error" role="alert">
          <p>{t('view.failed')}</p>
          <button type="button" className="view-error__retry" onClick={() => window.location.reload()}>
            {t('view.reload')}
          </button>
        </div>
      );
    }
    return (
      <Suspense fallback={this.props.fallback ?? <p className="view-loading">{t('view.loading')}</p>}>
        {this.props.children}
      </Suspense>
    );
  }
}
