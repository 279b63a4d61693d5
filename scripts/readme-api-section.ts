// The README's generated API sections, one per element: where each sits (between two markers) and what it should
// say. The widget's is the README's `## API`; the console's sits in the console's own section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomElementsManifest } from './custom-elements-manifest.js';
import { renderApiTables, widgetTables, type ApiTablesOptions } from './render-api-tables.js';

export interface ApiSection extends ApiTablesOptions {
  start: string;
  end: string;
}

export const widgetApiSection: ApiSection = {
  ...widgetTables,
  start: '<!-- api:start -->',
  end: '<!-- api:end -->',
};

export const consoleApiSection: ApiSection = {
  tag: 'debitura-partner-console',
  headingLevel: 4,
  reactProps: false,
  start: '<!-- api:debitura-partner-console:start -->',
  end: '<!-- api:debitura-partner-console:end -->',
};

/** Every element the README documents, each between its own markers. */
export const apiSections: readonly ApiSection[] = [widgetApiSection, consoleApiSection];

/** The section as the current custom-elements.json describes it. */
export function generatedApiSection(projectRoot: string, section: ApiSection = widgetApiSection): string {
  const manifest = JSON.parse(
    readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'),
  ) as CustomElementsManifest;
  return renderApiTables(manifest, section);
}

function markerPositions(readme: string, section: ApiSection): { start: number; end: number } {
  const start = readme.indexOf(section.start);
  const end = readme.indexOf(section.end);
  if (start < 0 || end < start) throw new Error(`README.md needs ${section.start} followed by ${section.end}.`);
  return { start: start + section.start.length, end };
}

/** What the README holds between the markers, without the blank lines around it. */
export function apiSectionOf(readme: string, section: ApiSection = widgetApiSection): string {
  const { start, end } = markerPositions(readme, section);
  return readme.slice(start, end).trim();
}

export function replaceApiSection(readme: string, text: string, section: ApiSection = widgetApiSection): string {
  const { start, end } = markerPositions(readme, section);
  return `${readme.slice(0, start)}\n\n${text}\n\n${readme.slice(end)}`;
}
