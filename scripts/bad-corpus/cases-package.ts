/**
 * Issue 13: valid workbooks in the shapes other programs write (read the same as ExcelJS's own), workbooks
 * the writer must still write valid files for (names, 1904 dates, macros, templates, text too long for a
 * cell, names that would inject formulas into the invoice CSV), and files that must be refused with words
 * (bombs, DTDs, damage, and files that are no .xlsx at all). See package-variants.ts and raw-files.ts.
 */
import { MEDLEMMAR, malomraden, medlemmar, parametrar, projekt } from './base';
import { BadCase, Expectation } from './types';

const P = 'deviations[sheet=Projekt]';
const M = 'deviations[sheet=Målområden]';

/** What the Projekt and Målområden sheets give whatever the package looks like. */
const BOTH: Expectation = {
  messages: [],
  tables: 2,
  values: [
    { path: `${P}.total.deviation`, equals: '111500' },
    { path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' },
    { path: `${P}.lines[name=Regional kompetensplattform].budget`, equals: '425000' },
    { path: `${M}.total.deviation`, equals: '-307600' },
  ],
  written: ['Sammanfattning', 'Avvikelser', 'Kontroller'],
};

const PROJEKT_ONLY: Expectation = {
  messages: [],
  tables: 1,
  values: [{ path: `${P}.total.deviation`, equals: '111500' }],
  written: ['Sammanfattning', 'Avvikelser', 'Kontroller'],
};

const INVOICE_DATES: Expectation = {
  messages: [],
  tables: 0,
  values: [
    { path: 'invoices[member=Flens kommun].date', equals: '2018-01-31' },
    { path: 'invoices[member=Flens kommun].dueDate', equals: '2018-03-02' },
    { path: 'fees.total', equals: '524656' },
  ],
};

/**
 * Member names that try to become formulas when the invoice CSV is opened (with `;` or `,` as separator).
 * A NUL and a BEL cannot stand in XML: the cells hold them as `_x0000_` and `_x0007_`, as Excel writes them.
 */
export const CSV_INJECTION_NAMES = [
  '_x0000_=HYPERLINK("http://example.com/","klicka")',
  'Flens kommun,=1+1',
  'Gnesta kommun\n=2+2',
  '\t=3+3',
  ' =4+4',
  '@SUM(5+5)',
  '-6+6',
  '+7+7',
  'Kommun "citat"; med semikolon',
  'Ring_x0007_klocka',
];

const REFUSED: Expectation = { messages: [], values: [] };
const refuse = (id: string, about: string, key: string, spec: Partial<BadCase>): BadCase => ({
  id,
  about,
  sheets: [projekt(), malomraden()],
  refused: key,
  expect: REFUSED,
  ...spec,
});

const LONG_LABEL = `Projekt med en mycket lång beskrivning ${'som fortsätter '.repeat(2700)}slut`;

export const PACKAGE_CASES: BadCase[] = [
  {
    id: 'package-openpyxl-lxml',
    about:
      'Written as openpyxl with lxml writes: xmlns:r on each <sheet>, an empty <definedNames/>, absolute targets. Read as any workbook; the output declares every prefix it uses and has one definedNames.',
    sheets: [projekt(), malomraden()],
    variants: ['openpyxl-lxml'],
    expect: BOTH,
  },
  {
    id: 'package-part-names',
    about:
      'The workbook part at xl/bok.xml, sheets at xl/worksheets/projekt.xml and "blad två.xml" (percent-encoded target), shared strings at xl/strings.xml: found by their relationships, not by name.',
    sheets: [projekt(), malomraden()],
    variants: ['part-names'],
    expect: BOTH,
  },
  {
    id: 'package-odd-targets',
    about:
      'Targets ./worksheets/…, Worksheets/SHEET2.xml (another letter case than the zip entry), ../xl/./sharedStrings.xml, single quotes, attributes on their own lines: resolved as the standard says.',
    sheets: [projekt(), malomraden()],
    variants: ['odd-targets'],
    expect: BOTH,
  },
  {
    id: 'package-prefixed',
    about:
      'SpreadsheetML elements with an x: prefix and relationship ids with rel: (as the Open XML SDK writes): namespaces are known by URI, and what is added uses the prefixes in scope.',
    sheets: [projekt(), malomraden()],
    variants: ['prefixed'],
    expect: BOTH,
  },
  {
    id: 'package-strict',
    about:
      'Strict Open XML (ISO/IEC 29500 strict namespaces and relationship types), Fakturadatum as an ISO date cell (t="d"): read, and written back in the strict namespaces.',
    sheets: [projekt(), medlemmar(), parametrar({ B6: new Date(Date.UTC(2018, 0, 31)) })],
    variants: ['strict'],
    expect: { ...PROJEKT_ONLY, values: [...PROJEKT_ONLY.values, ...INVOICE_DATES.values], written: undefined },
  },
  {
    id: 'package-string-forms',
    about:
      'Labels as CDATA, rich text with a phonetic guide (left out), _x002D_ for a hyphen, a protected literal _x005F_x0041_, character references, and Mål 2 as an inline string: read as the text Excel shows.',
    sheets: [projekt({ B8: 'Kod _x0041_' })],
    variants: ['string-forms'],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[0].name`, equals: 'Regional kompetensplattform' },
        { path: `${P}.lines[1].name`, equals: 'Politisk kompetensberedning' },
        { path: `${P}.lines[2].name`, equals: 'ESF-projekt' },
        { path: `${P}.lines[4].name`, equals: 'Kod _x0041_' },
        { path: `${P}.lines[5].name`, equals: 'Utredningar och övrig verksamhet & annat' },
        { path: `${P}.groups[name=Mål 2].deviation`, equals: '224600' },
        { path: `${P}.total.deviation`, equals: '111500' },
      ],
    },
  },
  {
    id: 'package-xml-comments',
    about:
      'Comments holding a <sheet>, a <Relationship> and a <row>, and processing instructions, in every part read: no ghost sheet, no ghost row; the output counts sheets without them.',
    sheets: [projekt(), malomraden()],
    variants: ['xml-comments'],
    expect: BOTH,
  },
  {
    id: 'package-1904',
    about:
      'A workbook in the 1904 date system (Excel for Mac): Fakturadatum 2018-01-31 is the 1904 serial 41669. The invoice dates are 2018-01-31 in the JSON and the CSV, and on the Fakturor sheet, written as 1904 serials.',
    sheets: [medlemmar(), parametrar({ B6: new Date(Date.UTC(2018, 0, 31)) })],
    date1904: true,
    expect: INVOICE_DATES,
  },
  {
    id: 'package-macro-enabled',
    about:
      'An .xlsm with a VBA project part: written to .xlsm with the macros byte for byte; to .xlsx it is refused (a usage error), since the macros cannot go there.',
    sheets: [projekt()],
    variants: ['macro-enabled'],
    extension: 'xlsm',
    expect: PROJEKT_ONLY,
  },
  {
    id: 'package-template',
    about: 'An .xltx (template content type): written to .xlsx with the workbook content type Excel expects of an .xlsx.',
    sheets: [projekt()],
    variants: ['template'],
    extension: 'xltx',
    expect: PROJEKT_ONLY,
  },
  {
    id: 'package-openpyxl-parts',
    about: 'A note (its part at xl/comments/comment1.xml as openpyxl names it), a table, a picture and a chart on Projekt: read past, kept byte for byte.',
    sheets: [projekt()],
    variants: ['openpyxl-parts'],
    expect: PROJEKT_ONLY,
  },
  {
    id: 'package-unreferenced-bomb',
    about:
      'A part no relationship reaches (xl/media/nollor.bin) that inflates to 100 MB of zeros: never inflated, copied as it is; the run is as quick as without it.',
    sheets: [projekt()],
    variants: ['unreferenced-bomb'],
    expect: PROJEKT_ONLY,
  },
  {
    id: 'package-defined-name-clash',
    about:
      'Defined names Avstamning_Avvikelser and Avstamning_Kontroller already exist: the output tables take other names (Excel refuses a table named like a defined name).',
    sheets: [projekt()],
    definedNames: { Avstamning_Avvikelser: "'Projekt'!$C$4:$C$9", avstamning_kontroller: "'Projekt'!$D$4:$D$9" },
    expect: PROJEKT_ONLY,
  },
  {
    id: 'text-over-cell-limit',
    about:
      'A label of 40 000+ characters (more than Excel lets a cell hold, though a file can carry it): read whole, and on the output sheet cut to 32 767 characters ending in a mark that says how much was left out.',
    sheets: [projekt({ B4: LONG_LABEL })],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[0].name`, equals: LONG_LABEL },
        { path: `${P}.total.deviation`, equals: '111500' },
      ],
    },
  },
  {
    id: 'fees-csv-injection',
    about:
      'Member names that try to become formulas in a spreadsheet opening the invoice CSV (a NUL before =HYPERLINK, a comma or a line break before a formula, tab, space, @, -, +, a quote and a semicolon, a BEL): every one is an invoice, and the CSV holds no formula whichever separator it is opened with.',
    sheets: [{ name: 'Medlemmar', rows: [...MEDLEMMAR.slice(0, 3), ...CSV_INJECTION_NAMES.map((name, i) => [name, 1000 + i, '212000-0340'])] }, parametrar()],
    expect: {
      messages: [],
      values: [
        { path: 'invoices.length', equals: CSV_INJECTION_NAMES.length },
        { path: 'invoices[member=Flens kommun,=1+1].amount', equals: '4004' },
        { path: 'invoices[member=@SUM(5+5)].amount', equals: '4020' },
      ],
    },
  },
  refuse('refuse-declared-bomb', 'Sheet 1’s zip entry declares 600 MB: refused before inflating it, naming the part.', 'file.partDeclaredTooLarge', {
    variants: ['declared-bomb'],
  }),
  refuse(
    'refuse-inflated-bomb',
    'Sheet 1 inflates to 20 MB though its entry declares a few KB: inflating stops as soon as it passes the declared size, naming the part.',
    'file.partInflatedTooLarge',
    {
      variants: ['inflated-bomb'],
    },
  ),
  refuse('refuse-dtd-external', 'The workbook part declares an external entity (file:///etc/passwd): refused, never fetched.', 'file.dtd', {
    variants: ['dtd-external'],
  }),
  refuse('refuse-dtd-laughs', 'The shared strings declare nested entities (a billion laughs): refused, never expanded.', 'file.dtd', {
    variants: ['dtd-laughs'],
  }),
  refuse('refuse-missing-sheet-part', 'Målområden’s part is missing from the zip: refused naming the sheet, not read as empty.', 'file.missingPart', {
    variants: ['missing-sheet-part'],
  }),
  refuse('refuse-damaged-crc', 'A byte of sheet 1’s compressed data is changed: refused as a damaged part.', 'file.damagedPart', { variants: ['damaged-crc'] }),
  refuse('refuse-truncated', 'The file ends at 60 % of its length (a copy cut short): refused as a damaged zip.', 'file.damaged', { variants: ['truncated'] }),
  refuse('refuse-xls', 'An old binary workbook (.xls, a compound file with a Workbook stream).', 'file.xls', { raw: 'xls', extension: 'xls' }),
  refuse(
    'refuse-encrypted',
    'A password-protected workbook (a compound file with EncryptionInfo and EncryptedPackage), named .xlsx as Excel names it.',
    'file.encrypted',
    { raw: 'encrypted' },
  ),
  refuse('refuse-ods', 'An OpenDocument spreadsheet (.ods).', 'file.ods', { raw: 'ods', extension: 'ods' }),
  refuse('refuse-csv', 'A CSV file.', 'file.csv', { raw: 'csv', extension: 'csv' }),
  refuse('refuse-empty', 'An empty file named .xlsx.', 'file.empty', { raw: 'empty' }),
  refuse('refuse-random', 'Bytes of no known kind, named .xlsx.', 'file.unknown', { raw: 'random' }),
  refuse('refuse-docx', 'A Word document (a zip with an officeDocument that is no workbook).', 'file.notWorkbook', { raw: 'docx', extension: 'docx' }),
];
