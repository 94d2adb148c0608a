import type { RequestListener, Server } from 'node:http';
export function staticFiles(options: { root: string; frameAncestors: string[] }): RequestListener;
export function startServer(options?: {
  dir?: string;
  port?: number;
  host?: string;
  frameAncestors?: string[];
}): Promise<Server>;
