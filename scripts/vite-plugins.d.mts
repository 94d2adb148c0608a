import type { Plugin } from 'vite';
export function prerenderStartScreen(options?: { module?: string }): Plugin;
export function keepTestOnlyModulesOut(): Plugin;
export function inlineResumeScript(): Plugin;
export function publishRulesData(): Plugin;
