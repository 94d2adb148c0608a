export const CONTENT_TYPES: Record<string, string>;
export const DEFAULT_CONTENT_TYPE: string;
export const CACHE_LONG: string;
export const CACHE_REVALIDATE: string;
export const CACHE_NONE: string;
export function cacheControl(pathname: string, status: number): string;
export const DEPLOYMENT_FILES: string[];
export function isPublicPath(pathname: string): boolean;
