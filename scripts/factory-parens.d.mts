export interface ParenthesizeResult {
  text: string;
  /** Module factories found in the file's module tables. */
  factories: number;
  /** Of those, how many were bare and are now wrapped. */
  wrapped: number;
}
export function parenthesizeFactories(text: string, file?: string): ParenthesizeResult;
export function parenthesizeFactoriesIn(file: string): { factories: number; wrapped: number };
