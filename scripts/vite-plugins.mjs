// Build steps of our own (used by vite.config.ts): the start screen prerendered into index.html,
// the open rules data (rules.json and its schema), and a guard that keeps test-only modules out
// of the bundle.
import { join } from 'node:path';
import { normalizePath, runnerImport } from 'vite';
import { RESUME_SCRIPT_TAG } from './resume-script.mjs';

/**
 * Puts the resume script inline in index.html's <head>, where `<!--resume-->` stands (the CSP
 * allows it by hash, see scripts/security-headers.mjs).
 * @returns {import('vite').Plugin}
 */
export function inlineResumeScript() {
  return {
    name: 'titre-sejour-92:resume-script',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<!--resume-->', () => RESUME_SCRIPT_TAG),
    },
  };
}

/**
 * Renders src/prerender.tsx into `<!--app-->` at build time, so a fresh load shows the start
 * screen before any JavaScript runs; the page's `<title>` becomes the start screen's.
 * `module`: another page's prerender module, from its Vite root (the bench's baseline page).
 * @param {{ module?: string }} [options]
 * @returns {import('vite').Plugin}
 */
export function prerenderStartScreen({ module: entry = '/src/prerender.tsx' } = {}) {
  let root = process.cwd();
  return {
    name: 'titre-sejour-92:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { filename }) {
        // Only the guide's page: overview.html (the rules overview) has no start screen.
        if (!filename.endsWith('/index.html')) return html;
        if (!html.includes('<!--app-->')) {
          if (html.includes('data-action="start"')) return html; // Already prerendered (a second pass).
          throw new Error('index.html has no <!--app--> placeholder');
        }
        const { module } = /** @type {{ module: { renderStartScreen: () => string } }} */ (
          await runnerImport(entry, {
            root,
            configFile: false,
            logLevel: 'error',
            plugins: [withoutStylesheets()],
          })
        );
        const rendered = module.renderStartScreen();
        // React hoists <title> to the front of the markup; it belongs in <head>.
        const title = /^<title>.*?<\/title>/.exec(rendered)?.[0];
        const body = title ? rendered.slice(title.length) : rendered;
        const withBody = html.replace('<!--app-->', () => body);
        return title ? withBody.replace(/<title>.*?<\/title>/, () => title) : withBody;
      },
    },
  };
}

/**
 * Markup needs no styles, and Vite's CSS pipeline does not run outside a build or dev server:
 * stylesheets imported by components become empty modules while prerendering.
 * @returns {import('vite').Plugin}
 */
function withoutStylesheets() {
  const EMPTY = '\0prerender-empty-stylesheet';
  return {
    name: 'titre-sejour-92:prerender-without-stylesheets',
    enforce: 'pre',
    resolveId: (source) => (/\.css(\?|$)/.test(source) ? EMPTY : undefined),
    load: (id) => (id === EMPTY ? 'export default {}' : undefined),
  };
}

/**
 * Files of scripts/open-data/files.ts, imported through Vite (TypeScript, JSON locales).
 * @param {string} root
 */
async function openDataFiles(root) {
  const { module } = /** @type {{ module: typeof import('./open-data/files') }} */ (
    await runnerImport('/scripts/open-data/files.ts', {
      root,
      configFile: false,
      logLevel: 'error',
      plugins: [withoutStylesheets()],
    })
  );
  return module.openDataFiles();
}

/**
 * Publishes /rules.json and /rules.schema.json, built from the guide's own data at build time
 * (scripts/open-data/), beside the pages; `npm run dev` serves them too.
 * @returns {import('vite').Plugin}
 */
export function publishRulesData() {
  let root = process.cwd();
  return {
    name: 'titre-sejour-92:rules-data',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      for (const [fileName, source] of Object.entries(await openDataFiles(root))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.slice(1);
        if (name !== 'rules.json' && name !== 'rules.schema.json') return next();
        openDataFiles(root).then(
          (files) => res.setHeader('Content-Type', 'application/json; charset=utf-8').end(files[name]),
          next,
        );
      });
    },
  };
}

// zod validates content in tests and at build time only (src/content/schema*.ts, the open data's
// format); xstate/graph walks the machine in tests only; scripts/ run at build time. None of them
// belongs in what a visitor downloads.
const TEST_ONLY = [
  /\/node_modules\/zod\//,
  /\/node_modules\/xstate\/graph\//,
  /\/src\/content\/schema(-base)?\.ts$/,
  /^(?!.*\/node_modules\/).*\/scripts\//,
];

/**
 * Fails the build when a test-only module ends up in a chunk the browser would load.
 * @returns {import('vite').Plugin}
 */
export function keepTestOnlyModulesOut() {
  return {
    name: 'titre-sejour-92:bundle-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const found = chunk.moduleIds.filter((id) => TEST_ONLY.some((pattern) => pattern.test(id)));
        if (found.length > 0) this.error(`${chunk.fileName} bundles test-only modules: ${found.join(', ')}`);
      }
    },
  };
}

/**
 * Puts the modules a first visit of the guide needs and the other pages share into one chunk
 * (`core`), instead of one chunk per set of pages that share them. Left to itself the bundler
 * split them by which of the four pages use each module: seven files besides the entry, each its
 * own request. Over HTTP/1.1 a browser opens six connections to a host, so a first visit waited
 * for a second round of requests; Lighthouse's simulation counted it too (docs/benchmark.md).
 * What only the guide uses stays in its entry chunk; the other pages download the guide's share
 * of `core` with it (about the size of the guide's own code, and they are visited far less).
 * @param {{ entry?: string }} [options] `entry`: the guide's entry module, from the project root.
 * @returns {import('vite').Plugin}
 */
export function oneFirstDownloadChunk({ entry = '/src/main.tsx' } = {}) {
  /** @type {Set<string>} */
  const shared = new Set();
  let root = process.cwd();
  return {
    name: 'titre-sejour-92:one-first-download-chunk',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      shared.clear();
    },
    config: () => ({
      build: {
        rolldownOptions: {
          // Called once the module graph is known (buildEnd below), when chunks are made.
          output: { codeSplitting: { groups: [{ name: 'core', test: (id) => shared.has(id) }] } },
        },
      },
    }),
    buildEnd(error) {
      // A build that failed already says why: no second error over it.
      if (error) return;
      /** @param {string} start @returns {Set<string>} the modules `start` imports, statically, at any depth */
      const reach = (start) => {
        /** @type {Set<string>} */
        const seen = new Set();
        const stack = [start];
        while (stack.length > 0) {
          const id = /** @type {string} */ (stack.pop());
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      // Each page's modules, walked once.
      const pages = [...this.getModuleIds()]
        .filter((id) => this.getModuleInfo(id)?.isEntry)
        .map((id) => reach(id));
      const main = normalizePath(join(root, entry));
      const guide = pages.find((modules) => [...modules].some((id) => normalizePath(id) === main));
      if (!guide) this.error(`oneFirstDownloadChunk: no entry imports ${entry}`);
      const others = new Set(pages.filter((modules) => modules !== guide).flatMap((modules) => [...modules]));
      for (const id of guide) if (others.has(id)) shared.add(id);
    },
  };
}
