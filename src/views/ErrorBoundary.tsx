import { Component, type ReactNode } from 'react';
import { useWords } from '../i18n/words';

/** Never a blank page: an unexpected error shows a translated message and two ways forward. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorMessage onRetry={() => this.setState({ failed: false })} />;
  }
}

function ErrorMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useWords();
  return (
    <section className="error-page" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="actions">
        <button type="button" className="button primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
        <a className="button" href={window.location.pathname + window.location.search}>
          {t('error.restart')}
        </a>
      </p>
    </section>
  );
}
