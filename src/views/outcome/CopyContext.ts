import { createContext, useContext } from 'react';

/**
 * Inside the French copy of an answer (the counter sheet, see FrenchCopy.tsx): the copy shows the
 * same blocks in French, without the test hooks of decision-table.md §6 (they name the answer
 * shown, once) and without the person's own controls.
 */
export const FrenchCopyContext = createContext(false);

export function useInFrenchCopy(): boolean {
  return useContext(FrenchCopyContext);
}
