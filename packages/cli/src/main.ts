#!/usr/bin/env node
/** `gitops-promote`: the CLI's executable. Everything happens in runCli; this sets the exit code. */
import { runCli } from './cli.js';

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
