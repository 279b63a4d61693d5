// The README's reference tables for <debitura-collect>, rendered from the Custom Elements Manifest so the
// README says exactly what the element's JSDoc says.
import { reactEventProp } from '../src/widget/events/public-events.js';
import { declarationsOf, type CustomElementsManifest, type ManifestDeclaration } from './custom-elements-manifest.js';
import { detailFieldNames } from './event-detail-members.js';

export const documentedTag = 'debitura-collect';

/** A table cell: one line, and `|` escaped, which GitHub needs even inside code spans. */
function cell(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text: string | undefined): string {
  return text ? `\`${cell(text)}\`` : '';
}

function table(headers: string[], rows: string[][]): string {
  const lines = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function elementDeclaration(manifest: CustomElementsManifest): ManifestDeclaration {
  const element = declarationsOf(manifest).find((declaration) => declaration.tagName === documentedTag);
  if (!element) throw new Error(`custom-elements.json declares no <${documentedTag}>; run \`npm run analyze\`.`);
  return element;
}

/** The fields of an event class's `detail`, when the manifest gives its type. */
function detailOf(manifest: CustomElementsManifest, eventClass: string | undefined): string | undefined {
  if (!eventClass) return undefined;
  const declaration = declarationsOf(manifest).find(
    (candidate) => candidate.kind === 'class' && candidate.name === eventClass,
  );
  const detail = declaration?.members?.find((member) => member.name === 'detail' && !member.static)?.type?.text;
  return detail && detailFieldNames(detail);
}

function attributesTable(element: ManifestDeclaration): string {
  const rows = (element.attributes ?? []).map((attribute) => [
    code(attribute.name),
    code(attribute.fieldName),
    code(attribute.type?.text),
    code(attribute.default),
    cell(attribute.description),
  ]);
  return table(['attribute', 'property', 'type', 'default', 'description'], rows);
}

/** Public properties with no attribute: they can only be set from script. */
function propertiesTable(element: ManifestDeclaration): string | null {
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.attribute && member.privacy === undefined,
  );
  if (properties.length === 0) return null;
  const rows = properties.map((property) => [
    code(property.name),
    code(property.type?.text),
    cell(property.description),
  ]);
  return table(['property', 'type', 'description'], rows);
}

/** Each event with its class, its detail and the React wrapper's prop for it, named the way the wrapper names it. */
function eventsTable(manifest: CustomElementsManifest, element: ManifestDeclaration): string {
  const rows = (element.events ?? []).map((event) => [
    code(event.name),
    code(event.type?.text),
    code(detailOf(manifest, event.type?.text)),
    code(reactEventProp(event.name)),
    cell(event.description),
  ]);
  return table(['event', 'class', 'detail', 'React prop', 'description'], rows);
}

function cssPropertiesTable(element: ManifestDeclaration): string {
  const properties = element.cssProperties ?? [];
  // A default column only when the manifest carries defaults; otherwise it would be empty.
  const withDefaults = properties.some((property) => property.default !== undefined);
  const rows = properties.map((property) =>
    withDefaults
      ? [code(property.name), code(property.default), cell(property.description)]
      : [code(property.name), cell(property.description)],
  );
  return table(withDefaults ? ['custom property', 'default', 'description'] : ['custom property', 'description'], rows);
}

function slotsTable(element: ManifestDeclaration): string | null {
  const slots = element.slots ?? [];
  if (slots.length === 0) return null;
  return table(
    ['slot', 'description'],
    slots.map((slot) => [code(slot.name), cell(slot.description)]),
  );
}

function cssPartsTable(element: ManifestDeclaration): string {
  const rows = (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  return table(['part', 'description'], rows);
}

/** Markdown for the README's API section: attributes, properties, events, slots, CSS custom properties, parts. */
export function renderApiTables(manifest: CustomElementsManifest): string {
  const element = elementDeclaration(manifest);
  const sections: string[] = [
    `<!-- Generated from custom-elements.json by \`npm run docs\`; edit the element's JSDoc instead. -->`,
    `### Attributes\n\n${attributesTable(element)}`,
  ];
  const properties = propertiesTable(element);
  if (properties) sections.push(`### Properties\n\n${properties}`);
  sections.push(`### Events\n\n${eventsTable(manifest, element)}`);
  const slots = slotsTable(element);
  if (slots) sections.push(`### Slots\n\n${slots}`);
  sections.push(
    `### CSS custom properties\n\n${cssPropertiesTable(element)}`,
    `### CSS parts\n\n${cssPartsTable(element)}`,
  );
  return sections.join('\n\n');
}
