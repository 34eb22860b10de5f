import { describe, expect, it } from 'vitest';
import { changeAnswer, rememberAnswers, replayRemembered, resolvePath } from '../../../src/lib/guide/state';
import { validTree } from './fixtures';

const tree = validTree();

describe('resolvePath', () => {
  it('starts at start with no answers', () => {
    expect(resolvePath(tree, [])).toEqual({ answers: [], nodeId: 'start' });
  });

  it('replays answers from the first question to an outcome', () => {
    const r = resolvePath(tree, ['delivered', 'rfbs', 'damaged', 'low']);
    expect(r.nodeId).toBe('damaged-low');
    expect(r.answers.map((a) => a.nodeId)).toEqual(['start', 'delivered-model', 'delivered-reason', 'damaged-value']);
    expect(r.invalid).toBeUndefined();
  });

  it('stops at the first invalid answer and reports it', () => {
    const r = resolvePath(tree, ['delivered', 'cod', 'damaged']);
    expect(r.nodeId).toBe('delivered-model');
    expect(r.answers).toHaveLength(1);
    expect(r.invalid).toEqual({ index: 1, segment: 'cod', reason: 'unknown-option' });
  });

  it('reports answers after an outcome', () => {
    const r = resolvePath(tree, ['in-transit', 'fbs', 'extra']);
    expect(r.nodeId).toBe('transit-fbs');
    expect(r.invalid).toEqual({ index: 2, segment: 'extra', reason: 'after-outcome' });
  });

  it('does not accept inherited object keys as options or nodes', () => {
    expect(resolvePath(tree, ['constructor']).invalid?.reason).toBe('unknown-option');
    expect(resolvePath(tree, ['__proto__', 'toString']).nodeId).toBe('start');
  });
});

describe('changing an earlier answer', () => {
  it('keeps later answers that are still valid', () => {
    // FBS → rFBS: both lead to delivered-reason, so "damaged" and "low" still apply.
    expect(changeAnswer(tree, ['delivered', 'fbs', 'damaged', 'low'], 1, 'rfbs')).toEqual(['delivered', 'rfbs', 'damaged', 'low']);
  });

  it('carries an answer to another branch that asks the same question', () => {
    // transit-model and delivered-model are different nodes with the same wording: the model is kept.
    expect(changeAnswer(tree, ['delivered', 'fbs', 'damaged', 'low'], 0, 'in-transit')).toEqual(['in-transit', 'fbs']);
    expect(changeAnswer(tree, ['in-transit', 'rfbs'], 0, 'delivered')).toEqual(['delivered', 'rfbs']);
  });

  it('drops later answers that no longer apply and stops at the question to answer next', () => {
    expect(changeAnswer(tree, ['delivered', 'fbs', 'damaged', 'low'], 2, 'changed-mind')).toEqual([
      'delivered',
      'fbs',
      'changed-mind',
    ]);
  });

  it('ignores an index past the valid answers', () => {
    expect(changeAnswer(tree, ['delivered'], 5, 'fbs')).toEqual(['delivered']);
  });

  it('replays remembered answers by question id', () => {
    const remembered = rememberAnswers(tree, resolvePath(tree, ['delivered', 'fbs', 'damaged', 'high']).answers);
    remembered.set('start', 'delivered');
    expect(replayRemembered(tree, remembered)).toEqual(['delivered', 'fbs', 'damaged', 'high']);
    expect(replayRemembered(tree, new Map())).toEqual([]);
  });
});
