// The parts of the Custom Elements Manifest schema (custom-elements.json, schema 1.0.0) the README and the
// analyzer plugins use.

export interface ManifestType {
  text: string;
}

export interface ManifestMember {
  kind: string;
  name: string;
  type?: ManifestType;
  default?: string;
  description?: string;
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}

export interface ManifestAttribute {
  name: string;
  type?: ManifestType;
  default?: string;
  description?: string;
  fieldName?: string;
}

export interface ManifestEvent {
  name: string;
  type?: ManifestType;
  description?: string;
}

export interface ManifestCssProperty {
  name: string;
  default?: string;
  syntax?: string;
  description?: string;
}

export interface ManifestCssPart {
  name: string;
  description?: string;
}

export interface ManifestReference {
  name: string;
  module?: string;
  package?: string;
}

export interface ManifestSlot {
  name: string;
  description?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  superclass?: ManifestReference;
  tagName?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestEvent[];
  cssProperties?: ManifestCssProperty[];
  cssParts?: ManifestCssPart[];
  slots?: ManifestSlot[];
}

export interface ManifestExport {
  kind: string;
  name: string;
  declaration: ManifestReference;
}

export interface ManifestModule {
  kind?: string;
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: ManifestExport[];
}

export interface CustomElementsManifest {
  modules: ManifestModule[];
}

export function declarationsOf(manifest: CustomElementsManifest): ManifestDeclaration[] {
  return manifest.modules.flatMap((module) => module.declarations ?? []);
}
