// Screens a submission folder before anything reads its manifests: bounded file count and sizes,
// bounded YAML documents, nesting depth and aliases (a "manifest bomb"), no symlinks leaving the
// folder. Pure text scanning with fixed budgets, so a hostile file is rejected fast without parsing.
// Code files (.js, .ts, configs) are listed as ignored: grading never loads anything from a submission.
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isInside } from './fixture-path.ts';

export interface SubmissionLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  maxDocumentsPerFile: number;
  maxDepth: number;
  maxAliases: number;
}

export const DEFAULT_LIMITS: SubmissionLimits = {
  maxFiles: 500, maxFileBytes: 1 << 20, maxTotalBytes: 10 << 20, maxDocumentsPerFile: 1000, maxDepth: 64, maxAliases: 100,
};

export interface SubmissionCheck {
  ok: boolean;
  problems: string[];
  manifests: string[];
  ignored: string[];
}

const MANIFEST = /\.(ya?ml|json)$/i;

export function checkSubmission(root: string, limits: SubmissionLimits = DEFAULT_LIMITS): SubmissionCheck {
  const result: SubmissionCheck = { ok: true, problems: [], manifests: [], ignored: [] };
  const realRoot = realpathSync(root);
  let totalBytes = 0;
  const files = walk(root, limits.maxFiles + 1);
  if (files.length > limits.maxFiles) result.problems.push(`more than ${limits.maxFiles} files`);
  for (const file of files.slice(0, limits.maxFiles)) {
    const rel = relative(root, file);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) {
      const target = safeRealpath(file);
      if (target === undefined || !isInside(realRoot, target)) result.problems.push(`${rel}: symlink leaves the submission folder`);
      continue;
    }
    if (!MANIFEST.test(file)) { if (!/\.feature$|\.md$|\.txt$/i.test(file)) result.ignored.push(rel); continue; }
    totalBytes += stat.size;
    if (stat.size > limits.maxFileBytes) { result.problems.push(`${rel}: ${stat.size} bytes exceeds ${limits.maxFileBytes}`); continue; }
    const problem = scanManifest(readFileSync(file, 'utf8'), limits);
    if (problem) result.problems.push(`${rel}: ${problem}`);
    else result.manifests.push(rel);
  }
  if (totalBytes > limits.maxTotalBytes) result.problems.push(`manifests total ${totalBytes} bytes, exceeds ${limits.maxTotalBytes}`);
  result.ok = result.problems.length === 0;
  return result;
}

/** One pass over the text: document separators, aliases, block indentation and flow-bracket depth. */
export function scanManifest(text: string, limits: SubmissionLimits): string | undefined {
  let documents = 1, aliases = 0, flowDepth = 0;
  for (const line of text.split('\n')) {
    if (/^---(\s|$)/.test(line)) documents += 1;
    const indentDepth = Math.floor((line.length - line.trimStart().length) / 2);
    if (indentDepth > limits.maxDepth) return `nesting deeper than ${limits.maxDepth} levels`;
    aliases += (line.match(/(^|[\s,[{:-])\*[A-Za-z0-9_-]+/g) ?? []).length;
    for (const ch of line) {
      if (ch === '[' || ch === '{') flowDepth += 1;
      else if (ch === ']' || ch === '}') flowDepth -= 1;
      if (flowDepth > limits.maxDepth) return `nesting deeper than ${limits.maxDepth} levels`;
    }
  }
  if (documents > limits.maxDocumentsPerFile) return `${documents} YAML documents exceed ${limits.maxDocumentsPerFile}`;
  if (aliases > limits.maxAliases) return `${aliases} YAML aliases exceed ${limits.maxAliases} (alias expansion bomb)`;
  return undefined;
}

function walk(dir: string, budget: number): string[] {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0 && out.length < budget) {
    const current = pending.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else out.push(path);
    }
  }
  return out.sort();
}

function safeRealpath(path: string): string | undefined {
  try { return realpathSync(path); } catch { return undefined; }
}
