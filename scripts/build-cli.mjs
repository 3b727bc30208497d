/**
 * Builds the `andel` command line ahead of time: src/main/cli/index.ts bundled by esbuild into
 * out/cli/cli.cjs and out/cli/chunks/ (one chunk per command, so a command loads only what it uses;
 * split as ES modules, then made CommonJS, which Node 20 can run from V8's code cache), and the entry
 * out/cli/andel.mjs (src/main/cli/launch.ts), which loads them with that cache. Small pure
 * JavaScript dependencies (kysely, commander, zod ...) are bundled in: loaded from node_modules, Kysely
 * alone is some 260 ES module files whose resolving was most of `andel info`'s start-up. The packages
 * that must stay files of their own stay outside (OUTSIDE_BUNDLE); the built CLI still runs with
 * production dependencies only.
 *
 *   node scripts/build-cli.mjs [--outdir <folder>]
 *
 * Run by `npm install` (the "prepare" script), by `npm run build` and by `npm run build:cli`.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transformSync } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * better-sqlite3 is native; pdfkit reads its font metrics from files beside its code; pg loads its
 * optional native half by require. exceljs is bundled too, in the exports' chunk only: loaded from
 * node_modules its ~400 CommonJS files took a quarter of `andel annex`'s CPU time just to load.
 */
const OUTSIDE_BUNDLE = ['better-sqlite3', 'pdfkit', 'pg'];

/**
 * zod's `locales` namespace (`z.locales`, some 50 languages' messages) rides along with `z` into the
 * bundle: 0.6 of the 0.9 MB zod chunk that every command compiles at start-up. Andel words its own
 * messages (src/shared/i18n) and zod itself needs only English, so the namespace is cut to `en`.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`) ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)};`, resolveDir: dirname(args.path), loader: 'js' }));
  },
};

/** Builds into `outDir` (replaced as a whole: built beside it, then renamed); the entry file. Async: esbuild takes plugins only so. */
export async function buildCli(outDir = join(root, 'out/cli')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const unknown = OUTSIDE_BUNDLE.filter((name) => !(name in (pkg.dependencies ?? {})));
  if (unknown.length > 0) throw new Error(`build-cli: ${unknown.join(', ')} kept outside the bundle but not in dependencies`);
  const temp = `${outDir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: join(root, 'src/main/cli/index.ts') },
    outdir: temp,
    bundle: true,
    // esbuild splits into chunks only for ES modules: built so, with the names the CommonJS files get.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: OUTSIDE_BUNDLE,
    outExtension: { '.js': '.cjs' },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [zodEnglishOnly],
    logLevel: 'warning',
    legalComments: 'none',
  });
  for (const file of builtFiles(temp)) writeFileSync(file, toCommonJs(readFileSync(file, 'utf8'), file));
  await build({
    absWorkingDir: root,
    entryPoints: { andel: join(root, 'src/main/cli/launch.ts') },
    outdir: temp,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(temp, outDir);
  return join(outDir, 'andel.mjs');
}

/** The .cjs files of a build, chunks included. */
function builtFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cjs'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * An ES module of the build as CommonJS, which launch.ts runs with V8's code cache (Node 20 keeps
 * none for ES modules). `import()` of a chunk becomes a require in a promise; `import.meta.url` the
 * file's own URL.
 */
function toCommonJs(code, file) {
  return transformSync(code, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__andelModuleUrl' },
    banner: "const __andelModuleUrl = require('node:url').pathToFileURL(__filename).href;",
    sourcefile: file,
    logLevel: 'warning',
    legalComments: 'none',
  }).code;
}

/** The newest modification time of the CLI's sources (src/main, src/shared, resources, package.json). */
function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src/main', 'src/shared', 'resources/reference']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return newest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--outdir');
  const outDir = flag > 0 ? resolve(process.argv[flag + 1]) : join(root, 'out/cli');
  // --if-stale (npm run andel): rebuild only when a source is newer than the build.
  const entry = join(outDir, 'andel.mjs');
  if (process.argv.includes('--if-stale') && existsSync(entry) && statSync(entry).mtimeMs >= newestSource()) process.exit(0);
  await buildCli(outDir);
  if (!process.argv.includes('--quiet')) process.stdout.write(`Built the andel command line: ${entry}\n`);
}
