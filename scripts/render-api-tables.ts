// The README's reference tables for each element (<debitura-collect>, <debitura-partner-console>), rendered from the
// Custom Elements Manifest so the README says exactly what the element's JSDoc says.
import { reactEventProp } from '../src/widget/events/public-events.js';
import { declarationsOf, type CustomElementsManifest, type ManifestDeclaration } from './custom-elements-manifest.js';
import { detailFieldNames } from './event-detail-members.js';

export interface ApiTablesOptions {
  /** The element the tables describe. */
  tag: string;
  /** `###` under the widget's `## API`, `####` under the console's own section. */
  headingLevel: number;
  /** Whether the events table names the prop of the React wrapper (`debitura-collect/react`), which only the widget has. */
  reactProps: boolean;
}

export const widgetTables: ApiTablesOptions = { tag: 'debitura-collect', headingLevel: 3, reactProps: true };

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

function elementDeclaration(manifest: CustomElementsManifest, tag: string): ManifestDeclaration {
  const element = declarationsOf(manifest).find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`custom-elements.json declares no <${tag}>; run \`npm run analyze\`.`);
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

/** Each event with its class, its detail and (for the widget) the React wrapper's prop, named as the wrapper names it. */
function eventsTable(manifest: CustomElementsManifest, element: ManifestDeclaration, reactProps: boolean): string {
  const rows = (element.events ?? []).map((event) => [
    code(event.name),
    code(event.type?.text),
    code(detailOf(manifest, event.type?.text)),
    ...(reactProps ? [code(reactEventProp(event.name))] : []),
    cell(event.description),
  ]);
  return table(['event', 'class', 'detail', ...(reactProps ? ['React prop'] : []), 'description'], rows);
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

/** Markdown for one element's API section: attributes, properties, events, slots, CSS custom properties, parts. */
export function renderApiTables(manifest: CustomElementsManifest, options: ApiTablesOptions = widgetTables): string {
  const element = elementDeclaration(manifest, options.tag);
  const heading = (title: string, body: string) => `${'#'.repeat(options.headingLevel)} ${title}\n\n${body}`;
  const sections: string[] = [
    `<!-- Generated from custom-elements.json by \`npm run docs\`; edit the element's JSDoc instead. -->`,
    heading('Attributes', attributesTable(element)),
  ];
  const properties = propertiesTable(element);
  if (properties) sections.push(heading('Properties', properties));
  sections.push(heading('Events', eventsTable(manifest, element, options.reactProps)));
  const slots = slotsTable(element);
  if (slots) sections.push(heading('Slots', slots));
  sections.push(
    heading('CSS custom properties', cssPropertiesTable(element)),
    heading('CSS parts', cssPartsTable(element)),
  );
  return sections.join('\n\n');
}
