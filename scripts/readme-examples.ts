// The README's embedding snippets are cut from the example apps, so a snippet is always code that runs. An
// example file marks a snippet with `#region <name>` and `#endregion` comments (`//`, `{/* */}` or `<!-- -->`);
// the README names the regions in a comment right above a fenced code block:
//
//   <!-- example: demo/react/main.jsx#import #widget -->
//   ```jsx
//   …the regions, each de-indented, separated by a blank line…
//   ```
//
// `npm run docs` rewrites those blocks; a node test fails when one differs from its regions.

const regionStart = /#region\s+([\w-]+)/;
const regionEnd = /#endregion\b/;

/** Named regions of a source file, each de-indented. */
export function regionsOf(source: string): Map<string, string> {
  const regions = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  for (const line of source.split('\n')) {
    const start = regionStart.exec(line);
    if (start) {
      name = start[1]!;
      lines = [];
    } else if (regionEnd.test(line) && name) {
      regions.set(name, dedent(lines));
      name = null;
    } else if (name) lines.push(line);
  }
  return regions;
}

function dedent(lines: string[]): string {
  const indents = lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length);
  const indent = Math.min(...indents);
  return lines.map((line) => line.slice(indent)).join('\n');
}

export interface ExampleBlock {
  /** The example file, relative to the project root. */
  file: string;
  regions: string[];
  /** What the README's code block holds now. */
  code: string;
}

const exampleBlock = /<!-- example: (\S+?)((?:\s*#[\w-]+)+) -->\n```[\w-]*\n([\s\S]*?)\n?```/g;

/** `#import #widget` → `['import', 'widget']`. */
function regionNames(list: string): string[] {
  return [...list.matchAll(/#([\w-]+)/g)].map((match) => match[1]!);
}

export function exampleBlocksOf(readme: string): ExampleBlock[] {
  return [...readme.matchAll(exampleBlock)].map((match) => ({
    file: match[1]!,
    regions: regionNames(match[2]!),
    code: match[3]!,
  }));
}

/** What the block should hold: its regions of the example file, separated by blank lines. */
export function exampleCode(block: Pick<ExampleBlock, 'file' | 'regions'>, readFile: (path: string) => string): string {
  const regions = regionsOf(readFile(block.file));
  return block.regions
    .map((name) => {
      const region = regions.get(name);
      if (region === undefined) throw new Error(`${block.file} has no region "${name}" (the README asks for it)`);
      return region;
    })
    .join('\n\n');
}

/** The README with every example block set to its regions. */
export function withCurrentExamples(readme: string, readFile: (path: string) => string): string {
  return readme.replace(exampleBlock, (whole, file: string, regions: string, _code: string) => {
    const fence = /```[\w-]*\n/.exec(whole)![0];
    const code = exampleCode({ file, regions: regionNames(regions) }, readFile);
    return `<!-- example: ${file}${regions} -->\n${fence}${code}\n\`\`\``;
  });
}
