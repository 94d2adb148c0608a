// Entry of overview.html: the rules overview, with the same i18n setup as the guide.
import overviewWords from '../../locales/fr/overview.json';
import resultWords from '../../locales/fr/results.json';
import { mountPage } from '../views/mountPage';
import { buildOverview } from './model';
import { Overview } from './Overview';
import '../styles.css';
import './overview.css';

// This page shows every outcome at once: its French words are part of its own bundle. Every
// route is walked through the machine here, in the browser (tens of milliseconds): the page shows
// what the guide does now, never a copy. See
// docs/adr/0003-rules-overview-routes-computed-in-the-browser.md.
// A link to a row (overview.html#outcome-health) scrolls to it.
mountPage({ results: resultWords, overview: overviewWords }, <Overview overview={buildOverview()} />);
