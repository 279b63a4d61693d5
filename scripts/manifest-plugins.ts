// Plugins of the Custom Elements Manifest analyzer (custom-elements-manifest.config.mjs). The analyzer's own
// output names type aliases where editors need the allowed values, leaves an event's `detail` untyped, and points
// at the TypeScript sources, which the package does not ship. These plugins write the manifest partners' tools
// read: literal unions spelled out, each event class with its `detail`, and one module, the package's entry.
import type * as TS from '../node_modules/@custom-elements-manifest/analyzer/node_modules/typescript/lib/typescript.js';
import type { CustomElementsManifest, ManifestDeclaration, ManifestMember } from './custom-elements-manifest.js';

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

/** Where the declarations live in the published package: the npm entry (`import 'debitura-collect'`). */
export const publishedModule = 'dist/esm/debitura-collect.js';

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

/** Type aliases made of literals and other aliases: what an attribute or a detail field accepts. */
function collectAlias(ts: Ts, node: TS.Node, aliases: Aliases): void {
  if (!ts.isTypeAliasDeclaration(node)) return;
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
  const details = new Map<string, string>();
  return {
    name: 'debitura-types-spelled-out',
    collectPhase({ ts, node }) {
      collectAlias(ts, node, aliases);
      if (ts.isClassDeclaration(node) && node.name) {
        const detail = eventDetail(ts, node);
        if (detail) details.set(node.name.text, detail);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
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

/**
 * Keeps the manifest to what partners may use (no private members, no events the JSDoc does not name, only
 * what the package entry `entrySource` exports) and files it under the published entry module.
 */
export function publicSurfaceOnly(entrySource: string): AnalyzerPlugin {
  return {
    name: 'debitura-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      const entry = customElementsManifest.modules.find((module) => module.path === entrySource);
      if (!entry) throw new Error(`the analyzer globs must include the package entry ${entrySource}`);
      const exported = new Set((entry.exports ?? []).map((item) => item.name));
      const declarations = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => exported.has(declaration.name));
      for (const declaration of declarations) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
        // `dispatchEvent(new SomeEvent(...))` is found without a name; the @fires tags carry the real list.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        publishedSuperclass(declaration);
      }
      const published = (name: string) => ({ name, module: publishedModule });
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: publishedModule,
          declarations,
          exports: [
            ...declarations.map((declaration) => ({
              kind: 'js',
              name: declaration.name,
              declaration: published(declaration.name),
            })),
            ...declarations
              .filter((declaration) => declaration.tagName)
              .map((element) => ({
                kind: 'custom-element-definition',
                name: element.tagName!,
                declaration: published(element.name),
              })),
          ],
        },
      ];
    },
  };
}
