import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './workspace';

/** Where a domain's parts live, each package's folders and files as read from disk. */
export interface DomainLayout {
  /** Each domain (a folder of packages/workflows/src holding a registered workflow) and the activities it calls. */
  domains: Map<string, Set<string>>;
  /** The files of packages/models/src. */
  contractFiles: string[];
  /** Each folder of packages/activities/src and the activities it defines. */
  activityFolders: Map<string, Set<string>>;
  /** The files at the top of packages/activities/src. */
  activityFiles: string[];
  /** The files and the folders at the top of apps/starter/src/commands. */
  commandFiles: string[];
  commandFolders: string[];
  /** Every file and folder name in the four places, by its path from the repository's root. */
  names: string[];
}

const isTestCode = (file: string) =>
  /\.(test|test-helpers|fixture)\.ts$/.test(file) || file === 'recording-scenarios.ts';

function entries(dir: string): { files: string[]; folders: string[] } {
  const all = readdirSync(dir, { withFileTypes: true });
  return {
    files: all.filter((entry) => entry.isFile()).map((entry) => entry.name),
    folders: all.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? [full, ...walk(full)] : [full];
  });
}

function sources(dir: string): string[] {
  return walk(dir).filter((file) => file.endsWith('.ts') && !isTestCode(path.basename(file)));
}

/** The activities a workflow file calls: those it takes from proxyActivities / proxyLocalActivities or names in a Pick. */
export function calledActivities(source: string): string[] {
  const destructured = [...source.matchAll(/const\s*\{([^}]*)\}\s*=\s*proxy(?:Local)?Activities\b/g)].flatMap((match) =>
    (match[1] ?? '').split(',').map((name) => name.split(':')[0]!.trim()),
  );
  const picked = [...source.matchAll(/Pick<\s*typeof activities\s*,([^>]*)>/g)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/'(\w+)'/g)].map((name) => name[1]!),
  );
  return [...destructured, ...picked].filter((name) => name !== '');
}

/** The activities a source file defines (exported async functions). */
export function definedActivities(source: string): string[] {
  return [...source.matchAll(/export async function (\w+)/g)].map((match) => match[1]!);
}

/** The domains registry.ts names: the folder of each workflow type's module. */
export function registeredDomains(registrySource: string): string[] {
  return [...new Set([...registrySource.matchAll(/require\('\.\/([\w-]+)\//g)].map((match) => match[1]!))];
}

export function readDomainLayout(root = workspaceRoot): DomainLayout {
  const workflows = path.join(root, 'packages/workflows/src');
  const activities = path.join(root, 'packages/activities/src');
  const models = path.join(root, 'packages/models/src');
  const commands = path.join(root, 'apps/starter/src/commands');
  const calls = (dir: string) => new Set(sources(dir).flatMap((file) => calledActivities(readFileSync(file, 'utf8'))));
  const defines = (dir: string) =>
    new Set(sources(dir).flatMap((file) => definedActivities(readFileSync(file, 'utf8'))));
  const domainNames = registeredDomains(readFileSync(path.join(workflows, 'registry.ts'), 'utf8'));
  const commandEntries = entries(commands);
  return {
    domains: new Map(domainNames.map((domain) => [domain, calls(path.join(workflows, domain))])),
    contractFiles: entries(models).files,
    activityFolders: new Map(
      entries(activities).folders.map((folder) => [folder, defines(path.join(activities, folder))]),
    ),
    activityFiles: entries(activities).files,
    commandFiles: commandEntries.files,
    commandFolders: commandEntries.folders,
    names: [workflows, activities, models, commands]
      .filter((dir) => existsSync(dir))
      .flatMap((dir) => walk(dir).map((file) => path.relative(root, file))),
  };
}

/** A name's spelling-free form: `catalogue`, `Catalogs` and `catalog` are one word. */
const spellingFree = (word: string) =>
  word
    .toLowerCase()
    .replace(/-/g, '')
    .replace(/(ue|es|s)$/, '');

/**
 * What keeps a newcomer from finding a domain's parts by its name alone: a workflow domain without its contract
 * module (packages/models/src/<domain>.ts) or its starter command (commands/<domain>.ts or commands/<domain>/), an
 * activities folder that is no domain, an activity outside the folder of every domain that calls it, a loose
 * activity file, a command `X.ts` beside a folder `X/`, and a file or folder whose name is a domain's spelt otherwise.
 */
export function domainLayoutProblems(layout: DomainLayout): string[] {
  const problems: string[] = [];
  const domains = [...layout.domains.keys()];
  for (const domain of domains) {
    if (!layout.contractFiles.includes(`${domain}.ts`)) {
      problems.push(`domain ${domain} has no contract module packages/models/src/${domain}.ts`);
    }
    if (!layout.commandFiles.includes(`${domain}.ts`) && !layout.commandFolders.includes(domain)) {
      problems.push(`domain ${domain} has no starter command apps/starter/src/commands/${domain}.ts or ${domain}/`);
    }
  }
  for (const folder of layout.activityFolders.keys()) {
    if (!layout.domains.has(folder)) problems.push(`packages/activities/src/${folder}/ is no workflow domain`);
  }
  for (const file of layout.activityFiles) {
    if (file !== 'index.ts') problems.push(`packages/activities/src/${file} is in no domain's folder`);
  }
  const home = new Map<string, string>();
  for (const [folder, defined] of layout.activityFolders) for (const activity of defined) home.set(activity, folder);
  for (const [domain, called] of layout.domains) {
    for (const activity of called) {
      const folder = home.get(activity);
      const callers = domains.filter((other) => layout.domains.get(other)?.has(activity));
      if (folder === undefined)
        problems.push(`activity ${activity}, called by ${domain}, is defined in no domain folder`);
      else if (folder === domain || callers.includes(folder)) continue;
      else problems.push(`activity ${activity} is in activities/src/${folder}/, not with ${callers.join(' or ')}`);
    }
  }
  for (const folder of layout.commandFolders) {
    if (layout.commandFiles.includes(`${folder}.ts`)) {
      problems.push(`apps/starter/src/commands/${folder}.ts sits beside commands/${folder}/: it belongs inside`);
    }
  }
  for (const name of layout.names) {
    const base = path.basename(name).split('.')[0]!;
    for (const word of [base, ...base.split('-')]) {
      const twin = domains.find((domain) => domain !== word && spellingFree(domain) === spellingFree(word));
      if (twin) problems.push(`${name}: '${word}' is the ${twin} domain's name spelt otherwise`);
    }
  }
  return [...new Set(problems)];
}
