import type { PluginOption } from 'vite';

export function offlineCache(): PluginOption;
