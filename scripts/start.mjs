// `npm start`: build and package Policy Lens, then open the seeds in an editor with it.
//   - With a `code` CLI on PATH: VS Code with the extension loaded from this checkout.
//   - Without one: a local code-server (VS Code in the browser) on 127.0.0.1 with the .vsix installed;
//     it prints the address to open and runs until Ctrl-C.
//   - `--no-editor`: no editor at all; lints the seeds and analyses the April seed with the CLI.
// Options: --no-editor, --port N (code-server only).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { cachePaths, freePort, installExtension, isInstalled, prepareProfile, quietSettings, startCodeServer } = require('./e2e/codeServer.cjs');

const repo = fileURLToPath(new URL('..', import.meta.url));
const seeds = join(repo, 'seeds');
const aprilSeed = join(seeds, '2025-04-29-japan-vietnam-summit.policy.md');
const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command with the terminal attached and returns its exit status. */
function run(command, commandArgs, options = {}) {
  console.log(`\n$ ${[command, ...commandArgs].join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: repo, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function option(name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The CLI path: nothing to install and no editor needed. */
function withoutEditor() {
  if (run(process.execPath, ['esbuild.mjs']) !== 0) return 1;
  const lint = run(process.execPath, ['dist/cli.js', 'lint', 'seeds']);
  const analyze = run(process.execPath, ['dist/cli.js', 'analyze', aprilSeed]);
  // The lint exit status reports findings in the seeds, which is information here, not a failure.
  return analyze !== 0 ? analyze : lint > 1 ? lint : 0;
}

/** VS Code on PATH: load the extension straight from this checkout. */
function withVsCode() {
  return run('code', [`--extensionDevelopmentPath=${repo}`, seeds]);
}

/** No VS Code: serve one with code-server and keep it running until Ctrl-C. */
async function withCodeServer() {
  if (run('bash', [join(repo, 'scripts', 'e2e', 'setup.sh')]) !== 0) return 1;
  const paths = cachePaths(repo);
  if (!isInstalled(paths)) {
    console.error('code-server is still missing after setup.sh; see its output above.');
    return 1;
  }
  // A persistent profile keeps the analyst's own settings between runs; the .vsix is reinstalled.
  const profile = prepareProfile(join(paths.cache, 'start-profile'), { ...quietSettings, 'editor.wordWrap': 'on' }, { keepSettings: true });
  console.log(installExtension(paths, profile, join(repo, 'policy-lens.vsix')));
  const wanted = Number(option('--port') ?? 0);
  const port = wanted > 0 ? wanted : await freePort();
  const server = await startCodeServer({ paths, profile, port, folder: seeds });
  console.log(`\nPolicy Lens is running in VS Code (code-server) with the seeds open:\n\n    ${server.url}\n`);
  console.log(`Open that address in a browser on this machine. Log: ${server.logFile}. Press Ctrl-C to stop.`);
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal) => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping code-server…`);
      void server.stop().then(() => resolve(0));
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    server.child.on('exit', (code) => {
      if (!stopping) {
        console.error(`code-server exited (code ${code}); see ${server.logFile}`);
        resolve(1);
      }
    });
  });
}

async function main() {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('Usage: npm start [-- --no-editor] [-- --port N]');
    return 0;
  }
  if (args.includes('--no-editor')) return withoutEditor();
  if (run(npm, ['run', '--silent', 'package']) !== 0) return 1;
  if (hasCommand('code')) return withVsCode();
  return withCodeServer();
}

process.exitCode = await main();
