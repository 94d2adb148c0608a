import type { Plugin } from 'vite';
export function prerenderStartScreen(): Plugin;
export function keepTestOnlyModulesOut(): Plugin;
export function publishRulesData(): Plugin;
