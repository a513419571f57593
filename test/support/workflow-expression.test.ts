/** The workflow driver's expressions: GitHub's results for what it supports, errors for the rest. */
import { describe, expect, test } from 'vitest';
import {
  evaluateCondition,
  evaluateExpression,
  interpolate,
  type ContextTree,
} from './workflow-expression.js';

const context: ContextTree = {
  github: { ref_name: 'main', event_name: 'push' },
  inputs: { action: 'promote-prod', 'dry-run': 'false', empty: '' },
  needs: {
    'release-please': {
      result: 'success',
      outputs: { release_created: 'true', tag_name: 'v0.3.0' },
    },
    skipped: { result: 'skipped', outputs: {} },
  },
  steps: { meta: { outputs: { tags: 'a:1\na:2' } } },
};

describe('evaluateExpression', () => {
  test.each([
    ["'it''s'", "it's"],
    ['42', 42],
    ['true', true],
    ['null', null],
    ['github.ref_name', 'main'],
    ['needs.release-please.outputs.tag_name', 'v0.3.0'],
    ["needs.release-please.outputs.release_created == 'true'", true],
    ["needs.release-please.outputs.release_created != 'true'", false],
    // GitHub compares strings ignoring case, and coerces mixed types to numbers.
    ["github.ref_name == 'MAIN'", true],
    ["'1' == 1", true],
    ["'' == 0", true],
    ['true == 1', true],
    ["github.ref_name == 'main' && 'staging' || 'develop'", 'staging'],
    ["github.event_name == 'pull_request' && 'staging' || 'develop'", 'develop'],
    ['inputs.empty || inputs.action', 'promote-prod'],
    ["!(inputs.action == 'rollback')", true],
    ["!inputs.empty && needs.skipped.result == 'skipped'", true],
  ])('%s', (expression, expected) => {
    expect(evaluateExpression(expression, context)).toBe(expected);
  });

  test.each([
    ['success()', /function call success\(\)/],
    ["contains(github.ref_name, 'ma')", /function call contains\(\)/],
    ['steps.meta.outputs.tags[0]', /at '\[0\]'/],
    ['1 < 2', /at '< 2'/],
    ['github.event.*.name', /at '\.\*\.name'/],
    ['runner.os', /no context 'runner'/],
    ['inputs.acton', /no value for \$\{\{ inputs\.acton \}\}/],
    ['needs.release-please.outputs', /no value/],
    ["(github.ref_name == 'main'", /is not closed/],
    ["github.ref_name 'main'", /trailing tokens/],
  ])('%s is refused', (expression, error) => {
    expect(() => evaluateExpression(expression, context)).toThrow(error);
  });
});

describe('interpolate and evaluateCondition', () => {
  test('every ${{ }} of a value is replaced by its text', () => {
    expect(
      interpolate('ref=${{ needs.release-please.outputs.tag_name }} ${{ null }}!', context),
    ).toBe('ref=v0.3.0 !');
  });

  test.each([
    ["needs.release-please.outputs.release_created == 'true'", true],
    ["${{ needs.release-please.outputs.release_created == 'true' }}", true],
    ["inputs.action == 'rollback'", false],
    ['inputs.empty', false],
  ])('if: %s', (condition, expected) => {
    expect(evaluateCondition(condition, context)).toBe(expected);
  });

  test('a condition that mixes text and ${{ }} is refused: GitHub reads it as always true', () => {
    expect(() => evaluateCondition("${{ inputs.action }} == 'rollback'", context)).toThrow(
      /always true/,
    );
  });
});
