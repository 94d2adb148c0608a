// The commune question: a search field (name or postal code, accents optional), then the communes
// grouped by arrondissement. Typing hides the communes that do not match (never the one selected);
// each stays a radio button, and typing a full name or a postal code then "Continuer" is enough.
import { useState } from 'react';
import { useWords } from '../i18n/words';
import { useAppConfig } from '../config/AppConfig';
import { ARRONDISSEMENTS, OUTSIDE_92 } from '../../machines/ids';
import { communeMatches, foldForSearch } from '../content/communes';
import type { QuestionScreenModel } from '../screen/question';
import { Choice } from './Choice';

interface Props {
  screen: QuestionScreenModel;
  invalid: boolean;
  errorId: string;
}

export function CommuneSearch({ screen, invalid, errorId }: Props) {
  const { t } = useWords();
  const { kiosk } = useAppConfig();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(screen.selected);
  const folded = foldForSearch(query);
  const matching = screen.communes.filter((c) => communeMatches(c, folded)).map((c) => c.id);
  const shown = new Set<string>(selected ? [...matching, selected] : matching);
  const outside = screen.answers.find((answer) => answer.id === OUTSIDE_92)!;

  return (
    <>
      <div className="commune-search">
        <label htmlFor="commune-search">{t('commune.searchLabel')}</label>
        <p className="hint" id="commune-search-hint">
          {t('commune.searchHint')}
        </p>
        <input
          id="commune-search"
          name="commune-search"
          type="text"
          // The browser may offer the person's own town (RGAA 11.13), except on a shared kiosk,
          // where nothing typed may be kept for the next person.
          autoComplete={kiosk ? 'off' : 'address-level2'}
          aria-describedby={`commune-search-hint commune-search-status${invalid ? ` ${errorId}` : ''}`}
          aria-invalid={invalid || undefined}
          aria-controls="commune-list"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          spellCheck={false}
        />
        {/* Mounted empty from the start so screen readers announce each change. */}
        <p className="search-status" id="commune-search-status" role="status">
          {folded === ''
            ? ''
            : matching.length === 0
              ? t('commune.noMatch', { text: query })
              : t('commune.matches', { count: matching.length })}
        </p>
      </div>
      <div
        className="commune-groups"
        id="commune-list"
        onChange={(event) => setSelected((event.target as HTMLInputElement).value)}
      >
        {ARRONDISSEMENTS.map((arrondissement) => {
          const communes = screen.communes.filter((c) => c.arrondissement === arrondissement);
          const visible = communes.some((c) => shown.has(c.id));
          return (
            <div
              className="commune-group"
              key={arrondissement}
              role="group"
              aria-labelledby={`group-${arrondissement}`}
              hidden={!visible}
            >
              <p className="group-title" id={`group-${arrondissement}`}>
                {t(`commune.group.${arrondissement}`)}
              </p>
              <div className="choices compact">
                {communes.map((commune) => (
                  <Choice
                    key={commune.id}
                    question="commune"
                    id={commune.id}
                    name={commune.name}
                    checked={screen.selected === commune.id}
                    hidden={!shown.has(commune.id)}
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
              question="commune"
              id={outside.id}
              label={outside.label}
              checked={screen.selected === OUTSIDE_92}
            />
          </div>
        </div>
      </div>
    </>
  );
}
