// The top of the pages beside the guide (the overview, the change log, the accessibility
// statement): a skip link, then one banner landmark with the guide's name (a link home), the
// page's tagline and the "unofficial" line, all in the page's container width.
import { useWords } from '../i18n/words';
import type { Key } from '../i18n/keys';
import { rich } from '../i18n/rich';

/** `container`: the page's own container class, if its width differs from the guide's. */
export function PageHeader({ home, tagline, container }: { home: string; tagline: Key; container?: string }) {
  const { t } = useWords();
  const width = container ? `container ${container}` : 'container';
  return (
    <>
      <a className="skip-link" href="#main">
        {rich(t('app.skipLink'))}
      </a>
      <header className="site-header-area">
        <div className="site-header">
          <div className={width}>
            <p className="site-name">
              <a href={home}>{rich(t('app.name'))}</a>
            </p>
            <p className="site-tagline">{rich(t(tagline))}</p>
          </div>
        </div>
        <div className={`${width} banners`}>
          <p className="unofficial-banner">{rich(t('app.unofficial'))}</p>
        </div>
      </header>
    </>
  );
}
