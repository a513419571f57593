/**
 * A change one bump makes: the record that bump-values and open-promotion-pr output as
 * `changes`, show in summaries and pull requests, and write as commit trailers so that a
 * rollback can invert it exactly.
 */

/** Which value of an image occurrence changed (`app-version`: a Chart.yaml's `appVersion`). */
export type ChangeField = 'tag' | 'digest' | 'image' | 'app-version';

/** One value changed in one file. `line` is 1-based; `from` is '' when the value was added. */
export interface Change {
  file: string;
  line: number;
  service: string;
  field: ChangeField;
  from: string;
  to: string;
}
