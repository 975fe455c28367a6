/**
 * Every text a user reads, in Swedish and English: one catalogue, so a message cannot exist in one
 * language only (a test checks that). `{name}` is replaced by a parameter.
 */
export type Lang = 'sv' | 'en';

export const MESSAGES = {
  'amount.errorValue': {
    sv: 'Cellen innehåller felvärdet {text} där ett belopp ({column}) väntades; raden räknas utan det värdet.',
    en: 'The cell holds the error value {text} where an amount ({column}) was expected; the row is computed without it.',
  },
  'amount.notANumber': {
    sv: 'Texten ”{text}” går inte att läsa som ett belopp ({column}); skriv ett tal, t.ex. 1 234,50. Raden räknas utan det värdet.',
    en: 'The text “{text}” cannot be read as an amount ({column}); write a number such as 1 234,50. The row is computed without it.',
  },
  'amount.ambiguous': {
    sv: '”{text}” är tvetydigt ({column}): punkt kan vara decimaltecken eller tusentalsavgränsare. Skriv 1234 eller 1,234.',
    en: '“{text}” is ambiguous ({column}): the dot may be a decimal point or a thousands separator. Write 1234 or 1,234.',
  },
  'header.duplicate': {
    sv: 'Rubriken ”{header}” finns redan i {first}; den första används och denna kolumn läses inte.',
    en: 'The header “{header}” already appears in {first}; the first one is used and this column is not read.',
  },
  'sheet.hidden': {
    sv: 'Bladet är dolt men lästes ändå; visa det om dess tabeller inte ska ingå.',
    en: 'The sheet is hidden but was read; unhide it or remove it if its tables should not count.',
  },
  'workbook.noTable': {
    sv: 'Ingen budgettabell hittades: inget blad har en rubrikrad (bland de första 30 raderna) med t.ex. Budget och Utfall.',
    en: 'No budget table was found: no sheet has a header row (within its first 30 rows) with e.g. Budget and Actual.',
  },
  'table.noItems': {
    sv: 'Tabellen har rubriker men inga rader med belopp.',
    en: 'The table has headers but no rows with amounts.',
  },
  'check.reportedDeviation': {
    sv: '{line}: redovisad avvikelse {found}, beräknad {expected} ({formula}).',
    en: '{line}: reported deviation {found}, recomputed {expected} ({formula}).',
  },
  'check.controlTotal': {
    sv: '{line} ({column}): summaraden visar {found}, raderna den summerar ger {expected} ({count} rader).',
    en: '{line} ({column}): the total row shows {found}, the rows it covers sum to {expected} ({count} rows).',
  },
  'check.totalCoversNothing': {
    sv: '{line}: summaraden har inga rader ovanför att summera.',
    en: '{line}: the total row has no rows above it to add up.',
  },
  'check.crossSheet': {
    sv: '{goal} ({column}): {summarySheet} visar {expected}, raderna i {detailSheet} summerar till {found} ({count} rader).',
    en: '{goal} ({column}): {summarySheet} shows {expected}, the rows in {detailSheet} sum to {found} ({count} rows).',
  },
  'check.crossSheetMissingInSummary': {
    sv: '{goal}: finns i {detailSheet} ({count} rader, {column} {found}) men saknar rad i {summarySheet}.',
    en: '{goal}: appears in {detailSheet} ({count} rows, {column} {found}) but has no row in {summarySheet}.',
  },
  'check.crossSheetMissingInDetail': {
    sv: '{goal}: finns i {summarySheet} ({column} {expected}) men har inga rader i {detailSheet}.',
    en: '{goal}: appears in {summarySheet} ({column} {expected}) but has no rows in {detailSheet}.',
  },
  'check.notBudgeted': {
    sv: '{line}: utfall {found} men ingen budget (ej budgeterat).',
    en: '{line}: outcome {found} but no budget (not budgeted).',
  },
  'check.zeroBudget': {
    sv: '{line}: utfall {found} mot budget 0; ingen avvikelse i procent.',
    en: '{line}: outcome {found} against a budget of 0; no deviation percentage.',
  },
  'check.noOutcome': {
    sv: '{line}: budget {expected} men inget utfall.',
    en: '{line}: budget {expected} but no outcome.',
  },
  'settings.badNumber': {
    sv: 'Inställningen ”{key}” har värdet ”{text}”, som inte är ett tal ≥ 0; standardvärdet används.',
    en: 'The setting “{key}” has the value “{text}”, which is not a number ≥ 0; the default is used.',
  },
  'cli.usage': {
    sv: 'Användning: avstamning <arbetsbok.xlsx> [--out <ut.xlsx>] [--json <fil eller ->] [--lang sv|en] [--amount-threshold <kr>] [--percent-threshold <%>] [--convention <blad>=signed|unsigned]',
    en: 'Usage: avstamning <workbook.xlsx> [--out <out.xlsx>] [--json <file or ->] [--lang sv|en] [--amount-threshold <kr>] [--percent-threshold <%>] [--convention <sheet>=signed|unsigned]',
  },
  'cli.unknownOption': { sv: 'Okänt val: {option}', en: 'Unknown option: {option}' },
  'cli.missingValue': { sv: 'Valet {option} behöver ett värde.', en: 'The option {option} needs a value.' },
  'cli.badValue': { sv: 'Ogiltigt värde för {option}: ”{value}”. {expected}', en: 'Invalid value for {option}: “{value}”. {expected}' },
  'cli.fileNotFound': { sv: 'Filen {file} finns inte.', en: 'The file {file} does not exist.' },
  'cli.notXlsx': { sv: 'Filen {file} kunde inte läsas som en .xlsx-arbetsbok: {reason}', en: 'The file {file} could not be read as an .xlsx workbook: {reason}' },
  'cli.sameAsInput': { sv: 'Utfilen får inte vara samma som indatafilen; din arbetsbok ändras aldrig.', en: 'The output file must not be the input file; your workbook is never changed.' },
  'cli.wrote': { sv: 'Skrev {file}', en: 'Wrote {file}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function formatMessage(key: string, lang: Lang, params: MessageParams = {}): string {
  const template: string = isMessageKey(key) ? MESSAGES[key][lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
