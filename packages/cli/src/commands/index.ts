/** Every command, in the order `gitops-promote --help` lists them. */
import type { Command } from '../command.js';
import { bumpCommand } from './bump.js';
import { resolveCommand, retagCommand } from './promote-source.js';
import { recordCommand } from './record.js';
import { tagsCommand } from './tags.js';
import { verifyCommand } from './verify.js';

export const COMMANDS: readonly Command[] = [
  tagsCommand,
  recordCommand,
  bumpCommand,
  verifyCommand,
  resolveCommand,
  retagCommand,
];
