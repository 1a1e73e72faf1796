/**
 * The standalone script of another revision, or unminified, built where the benchmark servers
 * serve it (`/compare/…`, see servers.ts): for the A/B runs and the CPU profiles.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { benchPages, STANDALONE } from './pages.js';
import { type PageSource, ROOT, WORK } from './servers.js';

export interface StandaloneBuild {
  /** The revision built (its short hash), or `undefined` for this checkout. */
  readonly rev?: string;
  /** Keeps the names of functions, for a profile to read; not what users get. */
  readonly unminified?: boolean;
  /** The file's name under .tmp/bench/compare/, served as /compare/NAME. */
  readonly name: string;
}

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/**
 * Builds the standalone script of `rev` (a detached worktree, removed after) or of this checkout,
 * and returns the commit it was built from.
 */
export function buildStandalone({ rev, unminified = false, name }: StandaloneBuild): string {
  const tree = rev === undefined ? ROOT : join(WORK, 'compare-tree');
  const out = join(WORK, 'compare-out');
  // This checkout's build is of its working tree: say so where that is not its commit.
  const dirty = rev === undefined && git('status', '--porcelain') !== '';
  const commit = git('rev-parse', '--short', rev ?? 'HEAD') + (dirty ? '+changes' : '');
  if (rev !== undefined) {
    rmSync(tree, { recursive: true, force: true });
    git('worktree', 'prune');
    git('worktree', 'add', '--detach', tree, commit);
  }
  try {
    if (rev !== undefined) symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    // Vite in this Node, with this checkout's node_modules (the worktree links to them).
    const args = [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'];
    args.push('--mode', 'standalone', '--logLevel', 'error', '--outDir', out, '--emptyOutDir');
    if (unminified) args.push('--minify', 'false');
    execFileSync(process.execPath, args, { cwd: tree, stdio: ['ignore', 'inherit', 'pipe'] });
    mkdirSync(join(WORK, 'compare'), { recursive: true });
    copyFileSync(join(out, 'jumio-verify.iife.js'), join(WORK, 'compare', name));
  } finally {
    if (rev !== undefined) git('worktree', 'remove', '--force', tree);
    rmSync(out, { recursive: true, force: true });
  }
  return commit;
}

/** The bench page `page` with the script built as `name` in place of this checkout's dist/. */
export const withScript = (page: string, name: string): string => `${page}@${name}`;

/** The bench's pages, and each as {@link withScript} names it. */
export const pagesWithScripts: PageSource = (name, origins) => {
  const [page = '', script] = name.split('@');
  const html = benchPages(page, origins);
  return script === undefined ? html : html?.replaceAll(STANDALONE, `/compare/${script}`);
};
