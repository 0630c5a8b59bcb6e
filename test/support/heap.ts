import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Memory tests compare the live heap before and after a session, so they need a full collection on
// demand; the flag is set at run time because the test runner starts Node without it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The live heap in MB after two full collections (the second frees what finalisers of the first released). */
export function liveHeapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}
