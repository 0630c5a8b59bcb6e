// Builds the extension (client, server, CLI) and, with --tests, the test, eval and bench bundles.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const minify = args.has('--minify');
const watch = args.has('--watch');
const withTests = args.has('--tests');

/** Shared options: Node bundles with sourcemaps; `vscode` is provided by the editor at run time. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  external: ['vscode'],
};

const extension = {
  ...common,
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/main.ts',
    cli: 'server/src/cli.ts',
  },
  outdir: 'dist',
};

/** The timeline webview's page script: one browser IIFE with d3 inside, so the page needs no network. */
const timelinePage = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
  entryPoints: { timeline: 'client/media/timeline/timeline.ts' },
  outdir: 'dist',
};

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTs(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Tests are bundled one file each into out/test (only `*.test.ts`, which `node --test out/test` runs);
 * the eval, bench and e2e programs go to out/tools so the test runner never picks them up.
 * Third-party packages stay external and load from node_modules. */
function testBuilds() {
  const all = listTs('test');
  const tests = all.filter((p) => p.endsWith('.test.ts'));
  const tools = all.filter((p) => /test[\\/](eval|bench|e2e)[\\/][^\\/]+\.ts$/.test(p) && !p.endsWith('.test.ts'));
  const base = { ...common, outbase: 'test', packages: 'external' };
  return [
    { ...base, entryPoints: tests, outdir: 'out/test' },
    { ...base, entryPoints: tools, outdir: 'out/tools' },
  ];
}

if (watch) {
  for (const options of [extension, timelinePage]) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching client, server, CLI and the timeline page…');
} else {
  await esbuild.build(extension);
  await esbuild.build(timelinePage);
  if (withTests) {
    rmSync('out', { recursive: true, force: true });
    for (const options of testBuilds()) await esbuild.build(options);
  }
}
