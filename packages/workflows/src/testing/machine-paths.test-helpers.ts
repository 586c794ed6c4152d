/**
 * Recorded histories are fixtures of the repository, so they hold no path of the machine they were recorded on:
 * a recording's scratch folders (`/tmp/catalog-Ab12Cd/feed.jsonl`) and the checkout its stack traces ran from
 * (`/home/me/project/packages/...`) become relative paths. Replay compares commands, never these strings, so a
 * history with neutral paths replays as the recorded one did. Payloads are searched too: they hold the inputs.
 */

/** A folder made by `mkdtemp` (a name, a dash, six random characters) in a temporary directory, or that directory. */
const scratchFolder =
  /(?:\/private)?(?:\/tmp|\/var\/folders\/[^/\s"]+\/[^/\s"]+\/T)\/(?:([\w.]+(?:-[\w.]+)*)-[A-Za-z0-9]{6}(?![\w.-]))?/g;
/** Everything before the first folder that any checkout of this repository has, such as `/home/me/project/`. */
const checkoutRoot = /(?<![\w.:/@~-])(?:\/[\w.@+~-]+)+?\/(?=(?:node_modules|packages|apps)\/)/g;
/** An absolute path (two segments at least) that is not part of a URL or of a relative path. */
const absolutePath = /(?<![\w.:/@~-])\/[\w.@+~-]+(?:\/[\w.@+~-]+)+/g;

/** A path text without the machine's part: scratch folders keep their name, checkout paths start in the repository. */
function neutralText(text: string): string {
  return text.replace(scratchFolder, (_, name?: string) => name ?? '').replace(checkoutRoot, '');
}

interface Payload {
  metadata: { encoding?: string };
  data: string;
}

function isPayload(value: object): value is Payload {
  const { metadata, data } = value as Partial<Payload>;
  return typeof data === 'string' && typeof metadata === 'object';
}

/** Payloads of other encodings (binary, protobuf) are bytes, whose base64 can look like a path: left alone. */
function isJsonPayload({ metadata: { encoding } }: Payload): boolean {
  return encoding !== undefined && Buffer.from(encoding, 'base64').toString() === 'json/plain';
}

/** Applies `edit` to every text of a history: its strings as they are, its JSON payloads decoded. */
function mapTexts(value: unknown, edit: (text: string) => string): unknown {
  if (typeof value === 'string') return edit(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, edit));
  if (value === null || typeof value !== 'object') return value;
  if (isPayload(value)) {
    if (!isJsonPayload(value)) return value;
    const data = Buffer.from(edit(Buffer.from(value.data, 'base64').toString('utf8'))).toString('base64');
    return { ...value, data };
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTexts(item, edit)]));
}

/** A history's JSON (as `historyToJSON` writes it) with neutral paths, formatted as the repository keeps JSON. */
export function withoutMachinePaths(historyJson: string): string {
  return `${JSON.stringify(mapTexts(JSON.parse(historyJson), neutralText), null, 2)}\n`;
}

/** Every absolute path a history holds, in its texts and its JSON payloads. */
export function machinePaths(history: unknown): string[] {
  const found = new Set<string>();
  mapTexts(history, (text) => {
    for (const [match] of text.matchAll(absolutePath)) found.add(match);
    return text;
  });
  return [...found];
}
