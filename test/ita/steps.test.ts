import { describe, expect, it } from 'vitest';
import { STEP_IDS, STEP_TEXTS } from '../../src/ita/steps.js';
import { classifyActivity } from '../../src/plan/classify.js';
import { findTools } from '../../src/plan/fields.js';

describe('STEP_TEXTS: each NACC step written out in full', () => {
  it.each(STEP_IDS)('%s is read back by the classifier as that step', (id) => {
    const text = STEP_TEXTS[id];
    const c = classifyActivity({ step: text }, 2570, findTools(text).tools);
    expect(c.steps).toEqual([id]);
    expect(c.relation).toBe('performs');
  });
});
