import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseEnd, endCandidates, featuresAt, type BoundaryInput } from '../eval/lib/boundaryModel';
import { commitmentBoundaryInputs, recognizeCommitments } from '../../server/src/analysis/recognizers/commitments';
import type { Entity } from '../../server/src/analysis/types';
import type { BoundarySample } from '../eval/lib/boundarySamples';
import { pickEnd, trainPerceptron, trainWeights } from '../eval/lib/boundaryLearner';
import { foldOf } from '../eval/lib/devCorpus';
import { spanOf } from '../support/text';

const SENTENCE = 'The two ministers agreed to resume security talks at an early date amid rising missile threats, officials said.';
const NO_CONTEXT = { dates: [], entities: [] };

/** The boundary input of the sentence above with the rules' end just after `ruleEndAfter`. */
function inputFor(text: string, trigger: string, ruleEndAfter: string): BoundaryInput {
  const t = spanOf(text, trigger);
  return { start: t.start, ruleEnd: spanOf(text, ruleEndAfter).end, triggerEnd: t.end, kind: 'infinitive', limit: text.length - 1 };
}

/** A date entity over `needle` in `text`. */
function dateOver(text: string, needle: string): Entity {
  return { kind: 'date', span: spanOf(text, needle), text: needle, source: 'parser', reason: 'test', value: '2025' };
}

test('candidate ends include the rules end, a cut before an adjunct, a cut before a comma and the sentence end', () => {
  const input = inputFor(SENTENCE, 'agreed to', 'threats');
  const ends = endCandidates(SENTENCE, input, NO_CONTEXT).map((c) => SENTENCE.slice(input.start, c.end));
  assert.ok(ends.includes('agreed to resume security talks at an early date amid rising missile threats'));
  assert.ok(ends.includes('agreed to resume security talks at an early date'));
  assert.ok(ends.includes('agreed to resume security talks'));
  assert.ok(ends.includes('agreed to resume security talks at an early date amid rising missile threats, officials said'));
});

test('every candidate end lies after the trigger and no later than the limit, in increasing order without repeats', () => {
  const input = inputFor(SENTENCE, 'agreed to', 'threats');
  const ends = endCandidates(SENTENCE, input, NO_CONTEXT).map((c) => c.end);
  assert.ok(ends.every((e) => e > input.triggerEnd && e <= input.limit));
  assert.deepEqual(ends, [...new Set(ends)].sort((a, b) => a - b));
});

test('the features of a cut say what follows it, where it lies relative to the rules end and what the stretch holds', () => {
  const input = inputFor(SENTENCE, 'agreed to', 'date');
  const atRule = featuresAt(SENTENCE, input, input.ruleEnd, NO_CONTEXT);
  assert.ok(atRule.includes('rel:='));
  assert.ok(atRule.includes('pn:|amid'));
  const longer = featuresAt(SENTENCE, input, spanOf(SENTENCE, 'officials said').end, NO_CONTEXT);
  assert.ok(longer.includes('rel:>'));
  assert.ok(longer.includes('ext:|amid'));
  assert.ok(longer.includes('ext:reporting'));
  const shorter = featuresAt(SENTENCE, input, spanOf(SENTENCE, 'talks').end, NO_CONTEXT);
  assert.ok(shorter.includes('rel:<'));
  assert.ok(shorter.includes('pn:|at'));
});

test('a date just after the cut or across it is a feature of that cut', () => {
  const text = 'The leaders agreed to open a consulate by the end of 2026, the statement said.';
  const input = inputFor(text, 'agreed to', 'consulate');
  const ctx = { dates: [dateOver(text, 'by the end of 2026')], entities: [] };
  assert.ok(featuresAt(text, input, input.ruleEnd, ctx).includes('date:after'));
  assert.ok(featuresAt(text, input, spanOf(text, 'by the end').end, ctx).includes('date:across'));
});

test('the chooser keeps the rules end without weights, follows the weights and keeps the rules end inside the margin', () => {
  const input = inputFor(SENTENCE, 'agreed to', 'threats');
  const beforeAmid = spanOf(SENTENCE, 'early date').end;
  assert.equal(chooseEnd(SENTENCE, input, NO_CONTEXT, { weights: {}, margin: 0 }), input.ruleEnd);
  assert.equal(chooseEnd(SENTENCE, input, NO_CONTEXT, { weights: { 'pn:|amid': 2 }, margin: 0 }), beforeAmid);
  assert.equal(chooseEnd(SENTENCE, input, NO_CONTEXT, { weights: { 'pn:|amid': 2 }, margin: 3 }), input.ruleEnd);
});

test('the boundary inputs reproduce the spans the recogniser returns, and an object may not reach the next commitment', () => {
  const text = 'Japan agreed to expand defence exchanges, and Australia will host a joint exercise in Darwin next year.';
  const ctx = { dates: [], entities: [] };
  const inputs = commitmentBoundaryInputs(text, ctx);
  const found = recognizeCommitments(text, ctx);
  assert.deepEqual(
    inputs.map((i) => [i.start, i.ruleEnd]),
    found.map((c) => [c.span.start, c.span.end]),
  );
  assert.equal(inputs.length, 2);
  assert.equal(inputs[0]!.limit, inputs[1]!.start);
});

test('folds come from a fixed hash of the file name, in range and the same on every call', () => {
  const names = ['dev-01-a', 'dev-02-b', 'dev-03-c', 'dev-04-d', 'dev-05-e', 'dev-06-f'];
  const folds = names.map((n) => foldOf(n, 5));
  assert.ok(folds.every((f) => Number.isInteger(f) && f >= 0 && f < 5));
  assert.deepEqual(names.map((n) => foldOf(n, 5)), folds);
  assert.ok(new Set(folds).size > 1);
});

/** A synthetic sample: two candidates, the gold one marked by feature `good`, the rules' end on the other. */
function sample(i: number): BoundarySample {
  return {
    start: 0,
    ruleEnd: 10 + i,
    triggerEnd: 5,
    candidates: [
      { end: 10 + i, features: ['rel:=', `noise:${i % 3}`] },
      { end: 20 + i, features: ['rel:>', 'good', `noise:${(i + 1) % 3}`] },
    ],
    target: 1,
    matched: true,
  };
}

test('both learners are deterministic and learn a feature that always marks the gold end', () => {
  const samples = Array.from({ length: 30 }, (_, i) => sample(i));
  for (const train of [trainWeights, trainPerceptron]) {
    const weights = train(samples);
    assert.deepEqual(train(samples), weights);
    assert.ok(samples.every((s) => pickEnd(s, { weights, margin: 0 }) === s.candidates[1]!.end));
  }
});
