/**
 * The component-tags.json a command reads: a path relative to the workspace or absolute (a
 * person may keep the build's record anywhere: it is only read). Errors name the flag.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ComponentTags, InputError, parseComponentTags } from '@gitops-promote/core';

/** The text of the file `path` (relative to `workspace`), named as given for messages. */
export function readComponentTagsFile(
  workspace: string,
  path: string,
  flag = 'component-tags',
): { name: string; text: string } {
  try {
    return { name: path, text: readFileSync(resolve(workspace, path), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(flag, path, `is not a readable file (${code})`);
  }
}

/** The component tags in the file, parsed and validated against the schema. */
export function loadComponentTags(workspace: string, path: string, flag?: string): ComponentTags {
  const { name, text } = readComponentTagsFile(workspace, path, flag);
  return parseComponentTags(text, name);
}
