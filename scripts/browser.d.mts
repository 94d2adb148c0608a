import type { Browser } from 'playwright-core';
export function chromePath(): string;
export function launchBrowser(): Promise<Browser>;
