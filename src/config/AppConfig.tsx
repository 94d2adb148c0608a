import { createContext, useContext } from 'react';
import { DEFAULT_IDLE_SECONDS, readParams, type AppParams } from './params';

export const DEFAULT_PARAMS: AppParams = {
  lang: undefined,
  embed: false,
  kiosk: false,
  header: true,
  accent: undefined,
  parentOrigin: undefined,
  idleSeconds: DEFAULT_IDLE_SECONDS,
};

/** The parameters the page was opened with (read once: they configure the page, not a step). */
export function initialParams(): AppParams {
  return typeof window === 'undefined' ? DEFAULT_PARAMS : readParams(window.location.search);
}

export const AppConfig = createContext<AppParams>(DEFAULT_PARAMS);

export function useAppConfig(): AppParams {
  return useContext(AppConfig);
}
