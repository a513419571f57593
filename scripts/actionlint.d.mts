export interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}
export function ourFiles(): { workflows: string[]; actions: string[] };
export function checkActionManifest(text: string, file: string): Finding[];
export function lintFiles(workflows: string[], actions: string[]): Promise<Finding[]>;
