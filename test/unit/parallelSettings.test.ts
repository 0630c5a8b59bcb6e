import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { test } from 'node:test';
import { PARALLEL_MIN_CHARS, parallelSettingsFromEnv } from '../../server/src/workspace/parallelAnalysis';

test('parallel document analysis is off unless POLICY_LENS_PARALLEL asks for it', () => {
  assert.equal(parallelSettingsFromEnv({}), undefined);
  assert.equal(parallelSettingsFromEnv({ POLICY_LENS_PARALLEL: '' }), undefined);
  assert.equal(parallelSettingsFromEnv({ POLICY_LENS_PARALLEL: '0' }), undefined);
  assert.equal(parallelSettingsFromEnv({ POLICY_LENS_PARALLEL: 'off' }), undefined);
});

test('POLICY_LENS_PARALLEL=on uses a worker per core beside the main thread; a number sets the count; the threshold can be changed', () => {
  assert.deepEqual(parallelSettingsFromEnv({ POLICY_LENS_PARALLEL: 'on' }), { workers: Math.max(1, availableParallelism() - 1), minChars: PARALLEL_MIN_CHARS });
  assert.deepEqual(parallelSettingsFromEnv({ POLICY_LENS_PARALLEL: '3', POLICY_LENS_PARALLEL_MIN_CHARS: '1000' }), { workers: 3, minChars: 1000 });
});
