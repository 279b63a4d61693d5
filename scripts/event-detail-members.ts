// The analyzer records an event's class but not the type of its `detail` (it drops the `CustomEvent<…>` type
// argument). This reads the argument from the class's own module and adds it to the manifest as the `detail`
// field the analyzer would have written, listing the detail's field names: `{type, message, recoverable, code?}`.
import { declarationsOf, type CustomElementsManifest, type ManifestMember } from './custom-elements-manifest.js';

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** The text between the bracket at `open` and its partner, nested brackets included. */
function enclosed(source: string, open: number, pairs: Record<string, string>): string | null {
  const closers: string[] = [];
  for (let index = open; index < source.length; index += 1) {
    const char = source[index] ?? '';
    if (pairs[char]) closers.push(pairs[char]);
    else if (char === closers[closers.length - 1]) {
      closers.pop();
      if (closers.length === 0) return source.slice(open + 1, index);
    }
  }
  return null;
}

const brackets = { '{': '}', '(': ')', '[': ']', '<': '>' };

/** `name` and `name?` of each top-level member of an object type body. */
function fieldNames(body: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let member = '';
  const flush = () => {
    const match = /^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)(\??)\s*:/.exec(member);
    if (match) names.push(`${match[1]}${match[2]}`);
    member = '';
  };
  for (const char of body) {
    if (char in brackets) depth += 1;
    else if (Object.values(brackets).includes(char) && !(char === '>' && member.endsWith('='))) depth -= 1;
    if (depth === 0 && (char === ';' || char === ',' || char === '\n')) flush();
    else member += char;
  }
  flush();
  return names;
}

/** The detail of `class <eventClass> extends CustomEvent<…>` in `source`, as `{field, other?}`. */
export function eventDetailShape(source: string, eventClass: string): string | null {
  const code = withoutComments(source);
  const heading = new RegExp(`class\\s+${eventClass}\\s+extends\\s+CustomEvent\\s*<`).exec(code);
  if (!heading) return null;
  const argument = enclosed(code, heading.index + heading[0].length - 1, { '<': '>' })?.trim();
  if (!argument) return null;
  let body: string | null = null;
  if (argument.startsWith('{')) body = enclosed(argument, 0, { '{': '}' });
  else {
    const declaration = new RegExp(`(?:interface\\s+${argument}\\s*\\{|type\\s+${argument}\\s*=\\s*\\{)`).exec(code);
    if (declaration) body = enclosed(code, declaration.index + declaration[0].length - 1, { '{': '}' });
  }
  if (body === null) return null;
  return `{${fieldNames(body).join(', ')}}`;
}

/**
 * A copy of `manifest` whose event classes carry a `detail` field read from their modules. Classes the
 * manifest already gives a `detail` keep it.
 */
export function withEventDetails(
  manifest: CustomElementsManifest,
  readModule: (path: string) => string,
): CustomElementsManifest {
  const eventClasses = new Set(
    declarationsOf(manifest).flatMap((declaration) =>
      (declaration.events ?? []).map((event) => event.type?.text ?? ''),
    ),
  );
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (declaration.kind !== 'class' || !eventClasses.has(declaration.name)) return declaration;
        if (declaration.members?.some((member) => member.name === 'detail')) return declaration;
        const shape = eventDetailShape(readModule(module.path), declaration.name);
        if (!shape) return declaration;
        const detail: ManifestMember = { kind: 'field', name: 'detail', type: { text: shape }, readonly: true };
        return { ...declaration, members: [...(declaration.members ?? []), detail] };
      }),
    })),
  };
}
