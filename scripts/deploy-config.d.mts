export function netlifyHeaders(outDir: string, options: { frameAncestors: string[] }): string;
export function writeDeploymentFiles(outDir: string, options: { frameAncestors: string[] }): void;
