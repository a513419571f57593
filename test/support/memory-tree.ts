/** An in-memory tree of files for the verify tests. */
import type { TreeSource } from '@gitops-promote/core/verify';

export function memoryTree(files: Record<string, string>): TreeSource {
  return {
    paths: new Set(Object.keys(files)),
    read(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  };
}
