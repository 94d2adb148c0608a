export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface FileSizes extends Sizes {
  file: string;
}
export function compressedSizes(bytes: Buffer): Sizes;
export function initialFiles(html: string): string[];
export function measureBuild(dir: string): { initial: FileSizes[]; lazy: FileSizes[]; total: Sizes };
