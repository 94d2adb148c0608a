// The build-time settings src/report/contact.ts reads (vite.config.ts `define`).
interface ImportMetaEnv {
  readonly REPORT_EMAIL?: string;
  readonly REPORT_URL?: string;
}
