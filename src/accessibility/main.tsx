// Entry of accessibilite.html: the accessibility statement, with the guide's i18n setup. Its
// French words are part of its own bundle; the audit record it is built from too.
import accessibilityWords from '../../locales/fr/accessibility.json';
import { reportContact } from '../report/contact';
import { mountPage } from '../views/mountPage';
import { AUDIT } from './audit';
import { Statement } from './Statement';
import '../styles.css';
import './statement.css';

mountPage(
  { accessibility: accessibilityWords },
  <Statement audit={AUDIT} contact={reportContact() ?? undefined} />,
);
