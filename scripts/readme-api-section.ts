// The README's generated API section: where it sits (between two markers) and what it should say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomElementsManifest } from './custom-elements-manifest.js';
import { renderApiTables } from './render-api-tables.js';

export const apiSectionStart = '<!-- api:start -->';
export const apiSectionEnd = '<!-- api:end -->';

/** The section as the current custom-elements.json describes it. */
export function generatedApiSection(projectRoot: string): string {
  const manifest = JSON.parse(
    readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'),
  ) as CustomElementsManifest;
  return renderApiTables(manifest);
}

function markerPositions(readme: string): { start: number; end: number } {
  const start = readme.indexOf(apiSectionStart);
  const end = readme.indexOf(apiSectionEnd);
  if (start < 0 || end < start) throw new Error(`README.md needs ${apiSectionStart} followed by ${apiSectionEnd}.`);
  return { start: start + apiSectionStart.length, end };
}

/** What the README holds between the markers, without the blank lines around it. */
export function apiSectionOf(readme: string): string {
  const { start, end } = markerPositions(readme);
  return readme.slice(start, end).trim();
}

export function replaceApiSection(readme: string, section: string): string {
  const { start, end } = markerPositions(readme);
  return `${readme.slice(0, start)}\n\n${section}\n\n${readme.slice(end)}`;
}
