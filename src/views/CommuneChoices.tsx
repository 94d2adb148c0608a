// The 36 communes, grouped by arrondissement, filtered as the person types. Typing a full name
// and pressing Enter is enough: `resolveCommune` picks the commune the text names.
import { useTranslation } from 'react-i18next';
import { OUTSIDE_92 } from '../../machines/questions';
import { ARRONDISSEMENTS, COMMUNES, foldForSearch, type Commune } from '../content/communes';
import { answerLabel } from '../i18n/keys';
import { Text } from '../i18n/Text';
import { Choice } from './QuestionScreen';

function matches(commune: Commune, folded: string): boolean {
  return folded === '' || foldForSearch(commune.name).includes(folded);
}

/** The commune a typed text designates: an exact name, or the only one that matches. */
export function resolveCommune(text: string): string | undefined {
  const folded = foldForSearch(text);
  if (folded === '') return undefined;
  const exact = COMMUNES.find((c) => foldForSearch(c.name) === folded);
  if (exact) return exact.id;
  const found = COMMUNES.filter((c) => matches(c, folded));
  return found.length === 1 ? found[0]!.id : undefined;
}

interface Props {
  value: string | undefined;
  query: string;
  onQuery: (query: string) => void;
  onChange: (answer: string) => void;
}

export function CommuneChoices({ value, query, onQuery, onChange }: Props) {
  const { t } = useTranslation();
  const folded = foldForSearch(query);
  const visible = COMMUNES.filter((c) => matches(c, folded) || c.id === value);
  const count = COMMUNES.filter((c) => matches(c, folded)).length;

  return (
    <>
      <div className="commune-search">
        <label htmlFor="commune-search">{t('commune.searchLabel')}</label>
        <p className="hint" id="commune-search-hint">
          {t('commune.searchHint')}
        </p>
        <input
          id="commune-search"
          type="text"
          // A search field, not the person's address: on a shared kiosk the browser must not keep
          // what was typed (it would suggest it to the next person).
          autoComplete="off"
          aria-describedby="commune-search-hint commune-search-status"
          aria-controls="commune-list"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          spellCheck={false}
        />
        {/* Mounted empty from the start so screen readers announce each change. */}
        <p className="search-status" id="commune-search-status" role="status">
          {folded === ''
            ? ''
            : count === 0
              ? t('commune.noMatch', { text: query })
              : t('commune.matches', { count })}
        </p>
      </div>
      <div className="commune-groups" id="commune-list">
        {ARRONDISSEMENTS.map((arrondissement) => {
          const communes = visible.filter((c) => c.arrondissement === arrondissement);
          if (communes.length === 0) return null;
          return (
            <div
              className="commune-group"
              key={arrondissement}
              role="group"
              aria-labelledby={`group-${arrondissement}`}
            >
              <p className="group-title" id={`group-${arrondissement}`}>
                {t(`commune.group.${arrondissement}`)}
              </p>
              <div className="choices compact">
                {communes.map((commune) => (
                  <Choice
                    key={commune.id}
                    name="commune"
                    answer={commune.id}
                    label={commune.name}
                    lang="fr"
                    hint={undefined}
                    checked={value === commune.id}
                    onChange={() => onChange(commune.id)}
                  />
                ))}
              </div>
            </div>
          );
        })}
        <div className="commune-group" role="group" aria-labelledby="group-outside">
          <p className="group-title" id="group-outside">
            {t('commune.group.outside')}
          </p>
          <div className="choices">
            <Choice
              name="commune"
              answer={OUTSIDE_92}
              label={<Text k={answerLabel('commune', OUTSIDE_92)} />}
              hint={undefined}
              checked={value === OUTSIDE_92}
              onChange={() => onChange(OUTSIDE_92)}
            />
          </div>
        </div>
      </div>
    </>
  );
}
