import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Top-level folders whose backticked paths in the docs are checked. */
const PATH_ROOTS = ['apps/', 'packages/', 'docs/', 'scripts/', '.ci/'];
/** Folders that .gitignore keeps out of the repository: written by a build or a run. */
const OUTPUT_FOLDERS = ['dist', 'results'];

export interface BrokenReference {
  file: string;
  line: number;
  reference: string;
  problem: string;
}

/**
 * The markdown files the docs promise: the README first, then every other one at the root (BENCHMARKS), everything
 * under docs/, each app's README.
 */
export function documentationFiles(root: string): string[] {
  const underDocs = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) return underDocs(full);
          return entry.name.endsWith('.md') ? [full] : [];
        })
      : [];
  const appReadmes = readdirSync(path.join(root, 'apps'))
    .map((app) => path.join(root, 'apps', app, 'README.md'))
    .filter((file) => existsSync(file));
  const othersAtRoot = readdirSync(root)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => path.join(root, name));
  return [path.join(root, 'README.md'), ...othersAtRoot, ...underDocs(path.join(root, 'docs')), ...appReadmes]
    .filter((file) => existsSync(file))
    .map((file) => path.relative(root, file));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line.text);
    if (!heading?.[1]) continue;
    const text = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link keeps its text
      .replace(/<[^>]+>/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** The lines outside fenced code blocks and HTML comments, with their line numbers. */
function proseLines(markdown: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  let inComment = false;
  markdown.split('\n').forEach((text, index) => {
    const marker = /^\s*(```|~~~)/.exec(text)?.[1];
    if (fence) {
      if (marker === fence) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    if (inComment || text.includes('<!--')) {
      inComment = !text.includes('-->');
      return;
    }
    lines.push({ text, line: index + 1 });
  });
  return lines;
}

/**
 * A backticked token that names a file or folder of the repository: it starts with one of PATH_ROOTS and holds no
 * glob or placeholder (`*`, `{…}`, `<…>`). A trailing `:line` or `:from-to` is dropped. What a build or a run writes
 * (git-ignored: `dist/`, the benchmark's `results/`) is not in a fresh clone, so it is not checked.
 */
export function repositoryPath(token: string): string | undefined {
  if (!PATH_ROOTS.some((root) => token.startsWith(root))) return undefined;
  if (/[\s*?{}<>[\]$]/.test(token)) return undefined;
  const withoutLine = token.replace(/:\d+(-\d+)?$/, '');
  if (withoutLine.split('/').some((segment) => OUTPUT_FOLDERS.includes(segment))) return undefined;
  return withoutLine.replace(/\/$/, '');
}

/** Every relative link and backticked repository path of one markdown file that does not resolve. */
export function brokenReferences(root: string, file: string): BrokenReference[] {
  const markdown = readFileSync(path.join(root, file), 'utf8');
  const broken: BrokenReference[] = [];
  const slugCache = new Map<string, Set<string>>();
  const slugsOf = (target: string) => {
    let slugs = slugCache.get(target);
    if (!slugs) {
      slugs = headingSlugs(readFileSync(target, 'utf8'));
      slugCache.set(target, slugs);
    }
    return slugs;
  };

  for (const { text, line } of proseLines(markdown)) {
    const withoutCode = text.replace(/`[^`]*`/g, '``');
    for (const match of withoutCode.matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const reference = match[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) continue; // http:, https:, mailto:
      const [target = '', anchor] = reference.split('#');
      const resolved = target === '' ? path.join(root, file) : path.resolve(root, path.dirname(file), target);
      if (!existsSync(resolved)) {
        broken.push({ file, line, reference, problem: 'no such file' });
        continue;
      }
      if (anchor !== undefined && statSync(resolved).isFile() && resolved.endsWith('.md')) {
        if (!slugsOf(resolved).has(decodeURIComponent(anchor).toLowerCase())) {
          broken.push({ file, line, reference, problem: `no heading #${anchor}` });
        }
      }
    }
    for (const match of text.matchAll(/`([^`]+)`/g)) {
      const candidate = repositoryPath(match[1] ?? '');
      if (candidate !== undefined && !existsSync(path.join(root, candidate))) {
        broken.push({ file, line, reference: match[1] ?? '', problem: 'no such path' });
      }
    }
  }
  return broken;
}
