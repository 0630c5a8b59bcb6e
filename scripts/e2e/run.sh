#!/usr/bin/env bash
# The end-to-end test as CI runs it: install the editor and browser (setup.sh), package the extension
# when policy-lens.vsix is missing or older than its sources, bundle the test and run it in
# code-server. Prints `N passed, M failed` last and exits non-zero when a check fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
log() { printf '[e2e run] %s\n' "$*"; }
start=$(date +%s)

bash scripts/e2e/setup.sh
after_setup=$(date +%s)

stale=""
if [ ! -f policy-lens.vsix ]; then
  stale="policy-lens.vsix is missing"
else
  newer="$(find dist client/src server/src syntaxes package.json language-configuration.json \
    -newer policy-lens.vsix -type f -print -quit 2>/dev/null || true)"
  [ -d dist ] || newer="dist/ is missing"
  [ -n "$newer" ] && stale="$newer is newer than policy-lens.vsix"
fi
if [ -n "$stale" ]; then
  log "packaging the extension ($stale)"
  npm run --silent package
else
  log "policy-lens.vsix is up to date"
fi

# Only the e2e bundle is built here, with the options esbuild.mjs uses for tests, into .cache/ rather
# than out/: `node esbuild.mjs --tests` empties out/ and rebuilds dist/, which would race with a unit
# test run and make the freshly packaged .vsix look stale.
log "bundling test/e2e/realEditor.e2e.ts"
node -e '
  require("esbuild").buildSync({
    entryPoints: ["test/e2e/realEditor.e2e.ts"],
    outfile: ".cache/e2e/realEditor.e2e.js",
    bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true,
    packages: "external", logLevel: "warning",
  });
'

log "setup took $((after_setup - start)) s, packaging and bundling $(( $(date +%s) - after_setup )) s; running the checks"
# exec, so that the test's `N passed, M failed` stays the last line and its exit code is ours.
exec node .cache/e2e/realEditor.e2e.js --run
