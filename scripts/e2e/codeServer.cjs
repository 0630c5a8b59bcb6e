// Starts, stops and provisions the local code-server (VS Code served to a browser) that both the
// end-to-end test and `npm start` use, so that the two always run the editor with the same flags.
// Plain CommonJS so that `scripts/start.mjs` can load it without a build and the bundled TypeScript
// test can import it with the types in codeServer.d.cts.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const { createWriteStream, existsSync, mkdirSync, writeFileSync } = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** The nearest folder above this file that holds package.json; this file may also run bundled under out/. */
const repoRoot = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

/** Settings that keep a fresh profile quiet, offline and deterministic for screenshots. */
const quietSettings = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'editor.semanticHighlighting.enabled': true,
  'editor.minimap.enabled': false,
});

/** Where setup.sh put Node 24 and code-server (overridable with POLICY_LENS_E2E_CACHE). */
function cachePaths(root = repoRoot) {
  const cache = process.env.POLICY_LENS_E2E_CACHE || path.join(root, '.cache');
  return {
    cache,
    nodeBinDir: path.join(cache, 'node24', 'bin'),
    node: path.join(cache, 'node24', 'bin', 'node'),
    entry: path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/** True when setup.sh has installed both Node 24 and code-server. */
function isInstalled(paths = cachePaths()) {
  return existsSync(paths.node) && existsSync(paths.entry);
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates a profile (user data, extensions, config, XDG homes) under `dir` with `settings`; with
 * `keepSettings`, settings that a person already changed in an existing profile are left alone.
 */
function prepareProfile(dir, settings = quietSettings, { keepSettings = false } = {}) {
  const profile = {
    dir,
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    configFile: path.join(dir, 'config.yaml'),
    xdgDir: path.join(dir, 'xdg'),
    logFile: path.join(dir, 'code-server.log'),
  };
  mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  mkdirSync(profile.xdgDir, { recursive: true });
  const settingsFile = path.join(profile.userDataDir, 'User', 'settings.json');
  if (!keepSettings || !existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  // Our own config file stops code-server from writing a password config into the user's home.
  writeFileSync(profile.configFile, 'auth: none\ncert: false\n');
  return profile;
}

/** The environment for code-server: Node 24 first on PATH, XDG homes inside the profile. */
function childEnv(paths, profile) {
  const env = { ...process.env };
  // Variables from an enclosing VS Code terminal would make code-server talk to that editor instead.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  env.PATH = `${paths.nodeBinDir}${path.delimiter}${env.PATH || ''}`;
  env.XDG_CONFIG_HOME = path.join(profile.xdgDir, 'config');
  env.XDG_DATA_HOME = path.join(profile.xdgDir, 'data');
  env.XDG_CACHE_HOME = path.join(profile.xdgDir, 'cache');
  // The machines have no internet: point the extension gallery at a closed loopback port, so that
  // the workbench's marketplace queries fail at once instead of looking up a public host.
  env.EXTENSIONS_GALLERY = JSON.stringify({
    serviceUrl: 'http://127.0.0.1:9/gallery',
    itemUrl: 'http://127.0.0.1:9/items',
    resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
  });
  return env;
}

function baseArgs(paths, profile) {
  return [
    paths.entry,
    '--config', profile.configFile,
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
  ];
}

/** Installs a .vsix into the profile's extensions folder; throws with code-server's output on failure. */
function installExtension(paths, profile, vsix) {
  const result = spawnSync(paths.node, [...baseArgs(paths, profile), '--force', '--install-extension', vsix], {
    env: childEnv(paths, profile),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout || ''}${result.stderr || ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${output}`);
  }
  return output;
}

/**
 * Starts code-server on 127.0.0.1:`port` serving `folder`, and resolves once it listens.
 * The child leads its own process group so that `stop()` also ends the extension host and the
 * language server it spawned.
 */
function startCodeServer({ paths = cachePaths(), profile, port, folder, timeoutMs = 60_000, extraArgs = [] }) {
  const args = [
    ...baseArgs(paths, profile),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
    folder,
  ];
  const child = spawn(paths.node, args, {
    env: childEnv(paths, profile),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(profile.logFile);
  let exited = false;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });

  /** Ends the whole process group, first politely, then for good. */
  async function stop() {
    if (exited || child.pid === undefined) return;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    kill('SIGTERM');
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5_000));
    if ((await Promise.race([exit, timer])) === 'timeout') {
      kill('SIGKILL');
      await exit;
    }
    // Children that outlived the leader (language server, watchers) are still in the group.
    kill('SIGKILL');
    log.end();
  }

  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  const ready = new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms; log: ${profile.logFile}`)), timeoutMs);
    const onData = (chunk) => {
      log.write(chunk);
      seen = (seen + chunk.toString()).slice(-4096);
      if (/HTTP server listening/.test(seen)) {
        clearTimeout(timer);
        resolve({ url, port, child, stop, logFile: profile.logFile });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    void exit.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (code ${code}, signal ${signal}); log: ${profile.logFile}`));
    });
  });
  return ready.catch(async (err) => {
    await stop();
    throw err;
  });
}

module.exports = {
  repoRoot,
  quietSettings,
  cachePaths,
  isInstalled,
  freePort,
  prepareProfile,
  installExtension,
  startCodeServer,
};
