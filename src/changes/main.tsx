// Entry of changes.html: what changed in the guide's rules, with the same i18n setup as the guide.
import changesWords from '../../locales/fr/changes.json';
import resultWords from '../../locales/fr/results.json';
import { mountPage } from '../views/mountPage';
import { Changes } from './Changes';
import { buildChangesPage } from './model';
import '../styles.css';
import './changes.css';

// The page names outcomes and national rules (results.json) and has its own headings: the French
// words of both are part of its bundle. A link to an entry (changes.html#2026-12-03-postal-codes)
// scrolls to it.
mountPage({ results: resultWords, changes: changesWords }, <Changes page={buildChangesPage()} />);
