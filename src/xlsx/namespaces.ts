/**
 * The namespace URIs and relationship types of SpreadsheetML, in both of its flavours: transitional (what
 * Excel writes by default) and strict (ISO/IEC 29500 strict, "Strict Open XML Spreadsheet"). Elements and
 * relationships are recognised by these URIs, never by the prefix a file happens to use.
 */
export interface Flavour {
  strict: boolean;
  main: string;
  /** The namespace of `r:id` attributes. */
  relationships: string;
  /** Relationship types are this plus `/worksheet`, `/styles` … */
  relationshipTypes: string;
  drawingMain: string;
  chart: string;
  spreadsheetDrawing: string;
}

export const TRANSITIONAL: Flavour = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relationshipTypes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingMain: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export const STRICT: Flavour = {
  strict: true,
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  relationshipTypes: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  drawingMain: 'http://purl.oclc.org/ooxml/drawingml/main',
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
};

/** The flavour whose SpreadsheetML namespace this is, or null. */
export function flavourOf(mainUri: string): Flavour | null {
  return mainUri === TRANSITIONAL.main ? TRANSITIONAL : mainUri === STRICT.main ? STRICT : null;
}

export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** A relationship type's last segment (`worksheet`, `styles` …) when it is one of SpreadsheetML's, either flavour. */
export function relationshipKind(type: string): string | null {
  for (const f of [TRANSITIONAL, STRICT]) if (type.startsWith(`${f.relationshipTypes}/`)) return type.slice(f.relationshipTypes.length + 1);
  return null;
}

/** Whether `uri` is SpreadsheetML's main namespace, either flavour. */
export function isMain(uri: string): boolean {
  return uri === TRANSITIONAL.main || uri === STRICT.main;
}

/** Whether `uri` is the namespace of relationship-id attributes, either flavour. */
export function isRelationshipsNs(uri: string): boolean {
  return uri === TRANSITIONAL.relationships || uri === STRICT.relationships;
}
