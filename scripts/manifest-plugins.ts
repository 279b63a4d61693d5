// Plugins of the Custom Elements Manifest analyzer (custom-elements-manifest.config.mjs). The analyzer's own
// output names type aliases where editors need the allowed values, leaves an event's `detail` untyped, and points
// at the TypeScript sources, which the package does not ship. These plugins write the manifest partners' tools
// read: literal unions spelled out, each event class with its `detail`, and one module per browser entry of the
// package (the widget's and the console's).
import type * as TS from '../node_modules/@custom-elements-manifest/analyzer/node_modules/typescript/lib/typescript.js';
import type {
  CustomElementsManifest,
  ManifestDeclaration,
  ManifestMember,
  ManifestModule,
} from './custom-elements-manifest.js';

type Ts = typeof TS;

interface CollectHook {
  ts: Ts;
  node: TS.Node;
}
interface PackageLinkHook {
  customElementsManifest: CustomElementsManifest;
}
export interface AnalyzerPlugin {
  name: string;
  collectPhase?(hook: CollectHook): void;
  packageLinkPhase?(hook: PackageLinkHook): void;
}

/**
 * The package's browser entries, each source entry with the published module it becomes
 * (`import 'debitura-collect'`, `import 'debitura-collect/console'`). The manifest files every declaration under
 * the first entry that exports it.
 */
export const publishedEntries: Record<string, string> = {
  'src/widget/index.ts': 'dist/esm/debitura-collect.js',
  'src/console/index.ts': 'dist/esm/console.js',
};

/** `Name` → the members of `type Name = 'a' | 'b' | Other`, as source text. */
type Aliases = Map<string, string[]>;

const withinWord = /[\w$]/;

/** `text` with every alias that is a union of literals (or of such aliases) written out. */
export function expandAliases(text: string, aliases: Aliases, depth = 0): string {
  if (depth > 8) return text;
  let expanded = text;
  for (const [name, members] of aliases) {
    expanded = expanded.replace(new RegExp(`\\b${name}\\b(\\[\\])?`, 'g'), (match, array: string | undefined, at) => {
      if (withinWord.test(expanded[at - 1] ?? '') || expanded[at - 1] === '.') return match;
      const union = members.join(' | ');
      return array ? `(${union})[]` : union;
    });
  }
  return expanded === text ? text : expandAliases(expanded, aliases, depth + 1);
}

function isLiteralUnionMember(ts: Ts, type: TS.TypeNode): boolean {
  return ts.isLiteralTypeNode(type) || (ts.isTypeReferenceNode(type) && !type.typeArguments);
}

/** `export const list = ['a', 'b'] as const`: the literals of each constant list, by the list's name. */
function collectConstList(ts: Ts, node: TS.Node, lists: Aliases): void {
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
  const initializer = node.initializer;
  if (!ts.isAsExpression(initializer) || initializer.type.getText() !== 'const') return;
  if (!ts.isArrayLiteralExpression(initializer.expression)) return;
  const elements = [...initializer.expression.elements];
  if (!elements.every((element) => ts.isStringLiteral(element))) return;
  lists.set(
    node.name.text,
    elements.map((element) => element.getText()),
  );
}

/** `(typeof list)[number]`: the name of the list whose elements the type is, or null. */
function listElementOf(ts: Ts, type: TS.TypeNode): string | null {
  if (!ts.isIndexedAccessTypeNode(type) || type.indexType.kind !== ts.SyntaxKind.NumberKeyword) return null;
  let object = type.objectType;
  while (ts.isParenthesizedTypeNode(object)) object = object.type;
  return ts.isTypeQueryNode(object) ? object.exprName.getText() : null;
}

/**
 * Type aliases made of literals and other aliases, or of the elements of a constant list
 * (`type View = (typeof views)[number]`): what an attribute or a detail field accepts.
 */
function collectAlias(ts: Ts, node: TS.Node, aliases: Aliases, listElements: Map<string, string>): void {
  if (!ts.isTypeAliasDeclaration(node)) return;
  const list = listElementOf(ts, node.type);
  if (list) {
    listElements.set(node.name.text, list);
    return;
  }
  const members = ts.isUnionTypeNode(node.type) ? [...node.type.types] : [node.type];
  if (!members.every((member) => isLiteralUnionMember(ts, member))) return;
  if (!members.some((member) => ts.isLiteralTypeNode(member))) return;
  aliases.set(
    node.name.text,
    members.map((member) => member.getText()),
  );
}

/** `{ name: type; other?: type }` from the members of an object type or interface. */
function objectTypeText(ts: Ts, members: readonly TS.TypeElement[]): string {
  const fields = members.filter(ts.isPropertySignature).map((member) => {
    const optional = member.questionToken ? '?' : '';
    return `${member.name.getText()}${optional}: ${member.type?.getText() ?? 'unknown'}`;
  });
  return `{ ${fields.join('; ')} }`;
}

/** For `class X extends CustomEvent<Detail>`, the detail's type as text (interfaces of the same file inlined). */
function eventDetail(ts: Ts, node: TS.ClassDeclaration): string | null {
  const heritage = node.heritageClauses?.flatMap((clause) => [...clause.types]) ?? [];
  const customEvent = heritage.find((type) => type.expression.getText() === 'CustomEvent');
  const argument = customEvent?.typeArguments?.[0];
  if (!argument) return null;
  if (ts.isTypeLiteralNode(argument)) return objectTypeText(ts, argument.members);
  const declared = node
    .getSourceFile()
    .statements.find(
      (statement): statement is TS.InterfaceDeclaration =>
        ts.isInterfaceDeclaration(statement) && statement.name.text === argument.getText(),
    );
  return declared ? objectTypeText(ts, declared.members) : argument.getText();
}

/** Spells out literal-union aliases in attributes, members and event details, and types each event's `detail`. */
export function typesSpelledOut(): AnalyzerPlugin {
  const aliases: Aliases = new Map();
  const lists: Aliases = new Map();
  /** Alias → the constant list whose elements it is; resolved once every file has been read. */
  const listElements = new Map<string, string>();
  const details = new Map<string, string>();
  return {
    name: 'debitura-types-spelled-out',
    collectPhase({ ts, node }) {
      collectConstList(ts, node, lists);
      collectAlias(ts, node, aliases, listElements);
      if (ts.isClassDeclaration(node) && node.name) {
        const detail = eventDetail(ts, node);
        if (detail) details.set(node.name.text, detail);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [alias, list] of listElements) {
        const literals = lists.get(list);
        if (literals) aliases.set(alias, literals);
      }
      const spell = (type: { text: string } | undefined) => {
        if (type) type.text = expandAliases(type.text, aliases);
      };
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const attribute of declaration.attributes ?? []) spell(attribute.type);
        for (const member of declaration.members ?? []) spell(member.type);
        const detail = details.get(declaration.name);
        if (detail && declaration.kind === 'class') {
          const field: ManifestMember = {
            kind: 'field',
            name: 'detail',
            type: { text: expandAliases(detail, aliases) },
            readonly: true,
          };
          declaration.members = [...(declaration.members ?? []).filter((member) => member.name !== 'detail'), field];
        }
      }
    },
  };
}

/** A declaration's superclass: a global (`CustomEvent`) or a package's, never a source path. */
function publishedSuperclass(declaration: ManifestDeclaration): void {
  const superclass = declaration.superclass;
  if (superclass?.module && !superclass.package) {
    declaration.superclass = { name: superclass.name, package: 'global:' };
  }
}

/** Drops what partners may not use: private and protected members, and events the JSDoc does not name. */
function publicMembersOnly(declaration: ManifestDeclaration): void {
  if (declaration.members) {
    declaration.members = declaration.members.filter(
      (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
    );
  }
  // `dispatchEvent(new SomeEvent(...))` is found without a name; the @fires tags carry the real list.
  if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
  publishedSuperclass(declaration);
}

/**
 * Keeps the manifest to what partners may use: one module per package entry of `entries` (source entry →
 * published module), holding what that entry exports. A declaration two entries export (the console re-exports
 * the widget's `DebituraErrorEvent`) is declared by the first and re-exported by the others.
 */
export function publicSurfaceOnly(entries: Record<string, string>): AnalyzerPlugin {
  return {
    name: 'debitura-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      const analyzed = customElementsManifest.modules;
      const everyDeclaration = analyzed.flatMap((module) => module.declarations ?? []);
      /** Declaration name → the published module that declares it. */
      const home = new Map<string, string>();
      const published: ManifestModule[] = [];
      for (const [source, path] of Object.entries(entries)) {
        const entry = analyzed.find((module) => module.path === source);
        if (!entry) throw new Error(`the analyzer globs must include the package entry ${source}`);
        const exported = new Set((entry.exports ?? []).map((item) => item.name));
        const candidates = everyDeclaration.filter((declaration) => exported.has(declaration.name));
        const declarations = candidates.filter((declaration) => !home.has(declaration.name));
        const reexported = candidates.filter((declaration) => home.has(declaration.name));
        for (const declaration of declarations) {
          publicMembersOnly(declaration);
          home.set(declaration.name, path);
        }
        const reference = (name: string) => ({ name, module: home.get(name)! });
        published.push({
          kind: 'javascript-module',
          path,
          declarations,
          exports: [
            ...[...declarations, ...reexported].map((declaration) => ({
              kind: 'js',
              name: declaration.name,
              declaration: reference(declaration.name),
            })),
            ...declarations
              .filter((declaration) => declaration.tagName)
              .map((element) => ({
                kind: 'custom-element-definition',
                name: element.tagName!,
                declaration: reference(element.name),
              })),
          ],
        });
      }
      customElementsManifest.modules = published;
    },
  };
}
