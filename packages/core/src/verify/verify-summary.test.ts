import { expect, test } from 'vitest';
import { verdictLine, verifySummary } from './verify-summary.js';
import type { VerifyResult } from './verify-workspace.js';

const RESULT: VerifyResult = {
  files: ['a.yaml', 'b.yaml'],
  images: [
    {
      file: 'a.yaml',
      line: 3,
      image: 'x:1',
      origin: 'image-string',
      keyPath: 'image',
      checks: ['require-digest'],
      status: 'failed',
    },
  ],
  references: ['docker.io/library/x:1'],
  lookups: { digests: 0, tags: 0 },
  violations: [
    {
      file: 'a.yaml',
      line: 3,
      image: 'x:1',
      rule: 'require-digest',
      message: 'x:1 is pinned by tag only | <script>',
    },
  ],
  warnings: [{ file: 'b.yaml', line: 0, message: 'not checked: *templated*' }],
};

test('the verdict line counts violations, files and unique images', () => {
  expect(verdictLine(RESULT)).toBe('1 violation in 1 file (1 unique image checked in 2 files).');
  expect(verdictLine({ ...RESULT, violations: [] })).toBe(
    'No violation: 1 unique image checked in 2 files.',
  );
});

test('the summary escapes what comes from files', () => {
  expect(verifySummary(RESULT, 7)).toBe(
    [
      '## verify-digests',
      '',
      '**Failed**: 1 violation in 1 file \\(1 unique image checked in 2 files\\).',
      '',
      '1 image occurrence found · 0 digests and 0 tags looked up · 7 registry requests',
      '',
      '| Rule | Violations |',
      '| --- | --- |',
      '| `require-digest` | 1 |',
      '',
      '### Violations',
      '',
      '| Where | Image | Rule | Message |',
      '| --- | --- | --- | --- |',
      '| `a.yaml:3` | `x:1` | `require-digest` | x:1 is pinned by tag only \\| &lt;script&gt; |',
      '',
      '<details><summary>Not checked (1)</summary>',
      '',
      '- `b.yaml`: not checked: \\*templated\\*',
      '',
      '</details>',
      '',
    ].join('\n'),
  );
});
