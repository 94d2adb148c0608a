export const RESUME_SCRIPT: string;
export const RESUME_SCRIPT_HASH: string;
export const RESUME_SCRIPT_TAG: string;
