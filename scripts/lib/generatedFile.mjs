/**
 * The command-line end shared by the generators of checked-in data files: write the file, or with
 * `--check` compare it with what the generator makes today and fail when it is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Writes `text` to `target`, or checks it when `--check` is given; `script` is named in the hint. */
export function writeOrCheck(target, text, script, countLabel) {
  const name = basename(target);
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? `${name} is current` : `${name} is out of date: run node ${script}`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target} (${text.split('\n').length - 3} ${countLabel})`);
  }
}
