// The README's event table names the fields of each event's `detail`, `{type, message, recoverable, code?}`;
// the manifest carries the detail's whole type (`{ type: 'authentication_error' | …; message: string; … }`).

const brackets: Record<string, string> = { '{': '}', '(': ')', '[': ']', '<': '>' };
const closers = new Set(Object.values(brackets));

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
    else if (closers.has(char) && !(char === '>' && member.endsWith('='))) depth -= 1;
    if (depth === 0 && (char === ';' || char === ',' || char === '\n')) flush();
    else member += char;
  }
  flush();
  return names;
}

/** `{ view: 'cases' | 'case'; caseId?: string }` → `{view, caseId?}`; other types as they are. */
export function detailFieldNames(detailType: string): string {
  const type = detailType.trim();
  if (!type.startsWith('{') || !type.endsWith('}')) return type;
  return `{${fieldNames(type.slice(1, -1)).join(', ')}}`;
}
