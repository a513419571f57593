/**
 * The floor of the whole bump-values run: a plain Node script that does only the file work
 * the action must do, on the same workspace and disk, with the same system calls per file
 * (list, read, then lstat, open a temporary with `wx`, write, fchmod, close, rename), and no
 * YAML. What the action costs beyond this is its own code.
 *
 *   node bench/files-floor.mjs <workspace> <file list, one relative path a line>
 */
import {
  closeSync,
  fchmodSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';

const [workspace, listFile] = process.argv.slice(2);
if (!workspace || !listFile) throw new Error('usage: files-floor.mjs <workspace> <file list>');
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory() && entry.name !== '.git') walk(`${dir}/${entry.name}`);
};
walk(workspace);
const paths = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const texts = paths.map((path) => readFileSync(`${workspace}/${path}`, 'utf8'));
paths.forEach((path, i) => {
  const target = `${workspace}/${path}`;
  const mode = lstatSync(target).mode & 0o7777;
  const temporary = `${target}.${process.pid}-${i}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  writeFileSync(fd, texts[i]);
  fchmodSync(fd, mode);
  closeSync(fd);
  renameSync(temporary, target);
});
