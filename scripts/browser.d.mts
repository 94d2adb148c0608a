import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
export function chromePath(): string;
export function launchBrowser(): Promise<Browser>;
export function launchWithProfile(
  userDataDir: string,
  options?: BrowserContextOptions,
): Promise<BrowserContext>;
