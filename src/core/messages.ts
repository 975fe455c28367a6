/**
 * Every text a user reads, in Swedish and English: one catalogue, so a message cannot exist in one
 * language only (a test checks that). `{name}` is replaced by a parameter.
 */
export type Lang = 'sv' | 'en';

export const MESSAGES = {
  'amount.errorValue': {
    sv: 'Cellen innehåller felvärdet {text} där ett belopp ({column}) väntades. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    en: 'The cell holds the error value {text} where an amount ({column}) was expected. It is not read as zero: what depends on the cell (such as the line’s deviation) is left empty until the cell is corrected.',
  },
  'amount.noCachedValue': {
    sv: 'Cellen har en formel men inget beräknat värde sparat i filen (den har aldrig räknats om). Öppna och spara filen i Excel så att formeln räknas. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    en: 'The cell holds a formula but the file has no computed value for it (it was never calculated). Open and save the file in Excel so the formula is calculated. It is not read as zero: what depends on the cell (such as the line’s deviation) is left empty until the cell is corrected.',
  },
  'amount.notANumber': {
    sv: 'Texten ”{text}” går inte att läsa som ett belopp ({column}); skriv ett tal, t.ex. 1 234,50. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    en: 'The text “{text}” cannot be read as an amount ({column}); write a number such as 1 234,50. It is not read as zero: what depends on the cell (such as the line’s deviation) is left empty until the cell is corrected.',
  },
  'amount.ambiguous': {
    sv: '”{text}” är tvetydigt ({column}): punkt kan vara decimaltecken eller tusentalsavgränsare. Skriv 1234 eller 1,234. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    en: '“{text}” is ambiguous ({column}): the dot may be a decimal point or a thousands separator. Write 1234 or 1,234. It is not read as zero: what depends on the cell (such as the line’s deviation) is left empty until the cell is corrected.',
  },
  'header.duplicate': {
    sv: 'Rubriken ”{header}” finns redan i {first}; den första används och denna kolumn läses inte. Byt namn på den ena om båda ska läsas.',
    en: 'The header “{header}” already appears in {first}; the first one is used and this column is not read. Rename one of them if both should be read.',
  },
  'sheet.hidden': {
    sv: 'Bladet är dolt men dess tabeller räknas med; visa bladet för att granska dem, eller ta bort dem om de inte ska ingå.',
    en: 'The sheet is hidden but its tables are counted; unhide the sheet to review them, or remove them if they should not count.',
  },
  'sheet.veryHidden': {
    sv: 'Bladet är mycket dolt (det kan bara visas med VBA) och läses inte, fast det har en budgettabell; gör bladet synligt om tabellen ska räknas med.',
    en: 'The sheet is very hidden (only VBA can show it) and is not read, although it has a budget table; make the sheet visible if the table should count.',
  },
  'workbook.noTable': {
    sv: 'Ingen budgettabell hittades: inget blad har en rubrikrad (bland de första 30 raderna) med t.ex. Budget och Utfall.',
    en: 'No budget table was found: no sheet has a header row (within its first 30 rows) with e.g. Budget and Actual.',
  },
  'workbook.noFeesOrGoals': {
    sv: 'Arbetsboken gäller medlemsavgifter eller finansiella mål, men inget kunde beräknas; det som saknas står nedan.',
    en: 'The workbook is about member fees or financial goals, but nothing could be computed; what is missing is listed below.',
  },
  'table.noItems': {
    sv: 'Tabellen har rubriker men inga rader med belopp; skriv raderna (en benämning och belopp) under rubrikraden, eller ta bort rubrikraden.',
    en: 'The table has headers but no rows with amounts; write the lines (a label and amounts) under the header row, or remove the header row.',
  },
  'reading.deviations': {
    sv: 'Läst som budgettabell: {lines} rader i {groups} grupper.',
    en: 'Read as a budget table: {lines} lines in {groups} groups.',
  },
  'reading.noOutcome': {
    sv: 'Har budget men inget utfall: inga avvikelser räknas.',
    en: 'Has a budget but no outcome: no deviations are computed.',
  },
  'reading.noBudget': {
    sv: 'Har utfall men ingen budget: inga avvikelser räknas.',
    en: 'Has an outcome but no budget: no deviations are computed.',
  },
  'statement.balance-sheet': { sv: 'balansräkning', en: 'balance sheet' },
  'statement.income-statement': { sv: 'resultaträkning', en: 'income statement' },
  'statement.balance-requirement': { sv: 'balanskravsutredning', en: 'balance requirement' },
  'statement.other': { sv: 'tabell med årskolumner', en: 'table with year columns' },
  'conventionName.signed': { sv: 'kostnader negativa', en: 'costs negative' },
  'conventionName.unsigned': { sv: 'alla belopp positiva', en: 'all amounts positive' },
  'conventionName.ledger': { sv: 'intäkter negativa (huvudbok)', en: 'income negative (ledger)' },
  'accountGroup.income': { sv: '3 Intäkter', en: '3 Income' },
  'accountGroup.staff': { sv: '5 Personalkostnader', en: '5 Staff costs' },
  'accountGroup.otherCosts': { sv: '4, 6–7 Övriga kostnader', en: '4, 6–7 Other costs' },
  'accountGroup.financial': { sv: '8 Finansiella poster', en: '8 Financial items' },
  'accountGroup.balance': { sv: '1–2 Balansposter', en: '1–2 Balance sheet items' },
  'accountGroup.other': { sv: 'Övrigt', en: 'Other' },
  'reading.members': { sv: 'Läst som medlemstabell för avgifterna.', en: 'Read as the members table for the fees.' },
  'reading.feeParameters': { sv: 'Läst som avgiftsparametrar.', en: 'Read as fee parameters.' },
  'reading.goals': { sv: 'Läst som finansiella mål.', en: 'Read as financial goals.' },
  'reading.statement': { sv: 'Läst som {kind} för de finansiella målen.', en: 'Read as the {kind} for the financial goals.' },
  'reading.settings': { sv: 'Avstämnings inställningar.', en: 'Avstämning’s settings.' },
  'reading.generated': { sv: 'Skapat av Avstämning; läses inte som indata.', en: 'Created by Avstämning; not read as input.' },
  'reading.empty': { sv: 'Bladet är tomt.', en: 'The sheet is empty.' },
  'reading.noHeader': {
    sv: 'Används inte: ingen rubrikrad med ett belopp (t.ex. Budget, Utfall) bland de första 30 raderna.',
    en: 'Not used: no header row with an amount (e.g. Budget, Actual) within the first 30 rows.',
  },
  'reading.veryHidden': { sv: 'Används inte: bladet är mycket dolt.', en: 'Not used: the sheet is very hidden.' },
  'column.sameRoleEarlier': { sv: 'en annan kolumn har samma roll och används', en: 'another column has the same role and is used' },
  'column.otherYear': { sv: 'ett annat år än utfallet', en: 'another year than the outcome' },
  'column.percent': { sv: 'procent, räknas om från beloppen', en: 'a percentage, recomputed from the amounts' },
  'column.notUsed': { sv: 'används inte', en: 'not used' },
  'groupBy.rows': { sv: 'varje rad är ett målområde', en: 'each row is a goal area' },
  'groupBy.goalArea': { sv: 'målområde (kolumn {header})', en: 'goal area (column {header})' },
  'groupBy.section': { sv: 'avsnitten i tabellen', en: 'the sections of the table' },
  'groupBy.dimension': { sv: 'kolumnen {header}', en: 'the column {header}' },
  'groupBy.accountClass': { sv: 'kontoklass (Kommun-Bas)', en: 'account class (Kommun-Bas)' },
  'groupBy.table': { sv: 'hela tabellen', en: 'the whole table' },
  'convention.deviation-column': { sv: 'tabellens egen avvikelsekolumn', en: 'the table’s own deviation column' },
  'convention.income-negative': { sv: 'intäkterna är negativa och kostnaderna positiva, som i en huvudbok', en: 'income is negative and costs positive, as in a ledger' },
  'convention.costs-negative': { sv: 'kostnaderna är negativa', en: 'costs are negative' },
  'convention.negative-budget': { sv: 'det finns negativa budgetbelopp', en: 'there are negative budget amounts' },
  'convention.negative-amounts': { sv: 'många belopp är negativa', en: 'many amounts are negative' },
  'convention.non-negative': { sv: 'inga belopp är negativa', en: 'no amount is negative' },
  'convention.override': { sv: 'ditt val', en: 'your choice' },
  'unitFrom.header': { sv: 'rubriken', en: 'the header' },
  'unitFrom.title': { sv: 'rubriken ovanför tabellen', en: 'the title above the table' },
  'unitFrom.sheet': { sv: 'bladets namn', en: 'the sheet name' },
  'unitFrom.default': { sv: 'ingen enhet angiven, kronor antas', en: 'no unit given, kronor assumed' },
  'unitFrom.mapping': { sv: 'ditt val', en: 'your choice' },
  'role.budget': { sv: 'budget', en: 'budget' },
  'role.periodBudget': { sv: 'periodiserad budget', en: 'period budget' },
  'role.outcome': { sv: 'utfall', en: 'outcome' },
  'role.forecast': { sv: 'prognos', en: 'forecast' },
  'role.deviation': { sv: 'avvikelse', en: 'deviation' },
  'role.forecastDeviation': { sv: 'prognosavvikelse', en: 'forecast deviation' },
  'role.priorYear': { sv: 'föregående år', en: 'prior year' },
  'role.percent': { sv: 'procent', en: 'percent' },
  'role.goalArea': { sv: 'målområde', en: 'goal area' },
  'role.line': { sv: 'rad', en: 'line' },
  'role.code': { sv: 'kod', en: 'code' },
  'role.dimension': { sv: 'dimension', en: 'dimension' },
  'role.type': { sv: 'typ', en: 'type' },
  'role.comment': { sv: 'kommentar', en: 'comment' },
  'role.key': { sv: 'nyckel', en: 'key' },
  'role.period': { sv: 'period', en: 'period' },
  'role.date': { sv: 'datum', en: 'date' },
  'role.voucher': { sv: 'verifikation', en: 'voucher' },
  'role.member': { sv: 'medlem', en: 'member' },
  'role.population': { sv: 'invånare', en: 'population' },
  'role.municipalityCode': { sv: 'kommunkod', en: 'municipality code' },
  'role.orgNumber': { sv: 'organisationsnummer', en: 'org. number' },
  'role.share': { sv: 'andel', en: 'share' },
  'role.unknown': { sv: 'förstods inte', en: 'not understood' },
  'table.noOutcome': {
    sv: 'Tabellen med rubrikrad {row} har en budget men ingen kolumn som kan läsas som utfall, så inga avvikelser räknas för den (inget läses som noll). Rubriker som inte förstods: {unknown}. Ange vilken kolumn som är utfall i inställningarna (Blad | Kolumn | Roll) eller byt rubrik till t.ex. Utfall.',
    en: 'The table with its header in row {row} has a budget but no column that reads as the outcome, so no deviations are computed for it (nothing is read as zero). Headers not understood: {unknown}. Say which column is the outcome in the settings (Sheet | Column | Role) or rename its header to e.g. Actual.',
  },
  'table.noBudget': {
    sv: 'Tabellen med rubrikrad {row} har ett utfall men ingen kolumn som kan läsas som budget, så inga avvikelser räknas för den (inget läses som noll). Rubriker som inte förstods: {unknown}. Ange vilken kolumn som är budget i inställningarna (Blad | Kolumn | Roll) eller byt rubrik till t.ex. Budget.',
    en: 'The table with its header in row {row} has an outcome but no column that reads as the budget, so no deviations are computed for it (nothing is read as zero). Headers not understood: {unknown}. Say which column is the budget in the settings (Sheet | Column | Role) or rename its header to e.g. Budget.',
  },
  'check.reportedDeviation.plain': {
    sv: '{line}: arbetsboken visar avvikelsen {found}, men utfall minus budget är {expected}.',
    en: '{line}: the workbook shows a deviation of {found}, but outcome minus budget is {expected}.',
  },
  'check.reportedDeviation.turned': {
    sv: '{line}: arbetsboken visar avvikelsen {found}, men budget minus utfall är {expected}.',
    en: '{line}: the workbook shows a deviation of {found}, but budget minus outcome is {expected}.',
  },
  'check.reportedForecastDeviation.plain': {
    sv: '{line}: arbetsboken visar prognosavvikelsen {found}, men prognos minus budget är {expected}.',
    en: '{line}: the workbook shows a forecast deviation of {found}, but forecast minus budget is {expected}.',
  },
  'check.reportedForecastDeviation.turned': {
    sv: '{line}: arbetsboken visar prognosavvikelsen {found}, men budget minus prognos är {expected}.',
    en: '{line}: the workbook shows a forecast deviation of {found}, but budget minus forecast is {expected}.',
  },
  'check.controlTotal': {
    sv: '{line} ({column}): summaraden visar {found}, raderna den summerar ger {expected} ({count} rader).',
    en: '{line} ({column}): the total row shows {found}, the rows it covers sum to {expected} ({count} rows).',
  },
  'check.controlTotal.result': {
    sv: '{line} ({column}): summaraden visar {found}, men intäkterna minus kostnaderna ovanför ger {expected} ({count} rader).',
    en: '{line} ({column}): the total row shows {found}, but the income minus the costs above it comes to {expected} ({count} rows).',
  },
  'check.controlTotal.netCost': {
    sv: '{line} ({column}): summaraden visar {found}, men kostnaderna minus intäkterna ovanför ger {expected} ({count} rader).',
    en: '{line} ({column}): the total row shows {found}, but the costs minus the income above it come to {expected} ({count} rows).',
  },
  'check.totalCoversNothing': {
    sv: '{line}: summaraden har inga rader ovanför att summera; en summarad väntades under raderna den summerar.',
    en: '{line}: the total row has no rows above it to add up; a total row was expected below the rows it sums.',
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
    sv: 'Användning: avstamning <arbetsbok.xlsx> [--out <ut.xlsx>] [--json <fil eller ->] [--invoices-csv <fil>] [--lang sv|en] [--amount-threshold <kr>] [--percent-threshold <%>] [--convention <blad>=signed|unsigned]',
    en: 'Usage: avstamning <workbook.xlsx> [--out <out.xlsx>] [--json <file or ->] [--invoices-csv <file>] [--lang sv|en] [--amount-threshold <kr>] [--percent-threshold <%>] [--convention <sheet>=signed|unsigned]',
  },
  'cli.unknownOption': { sv: 'Okänt val: {option}', en: 'Unknown option: {option}' },
  'cli.missingValue': { sv: 'Valet {option} behöver ett värde.', en: 'The option {option} needs a value.' },
  'cli.badValue': { sv: 'Ogiltigt värde för {option}: ”{value}”. {expected}', en: 'Invalid value for {option}: “{value}”. {expected}' },
  'cli.fileNotFound': { sv: 'Filen {file} finns inte.', en: 'The file {file} does not exist.' },
  'cli.notXlsx': { sv: 'Filen {file} kunde inte läsas som en .xlsx-arbetsbok: {reason}', en: 'The file {file} could not be read as an .xlsx workbook: {reason}' },
  'cli.sameAsInput': { sv: 'Utfilen får inte vara samma som indatafilen; din arbetsbok ändras aldrig.', en: 'The output file must not be the input file; your workbook is never changed.' },
  'cli.noInvoices': { sv: 'Inga fakturor att exportera: arbetsboken har ingen medlemstabell med avgifter.', en: 'No invoices to export: the workbook has no members table with fees.' },
  'cli.wrote': { sv: 'Skrev {file}', en: 'Wrote {file}' },
  'goals.missingMetric': {
    sv: 'Målet ”{goal}” saknar nyckeltal; skriv ett inbyggt nyckeltal (t.ex. Kassalikviditet) eller ett uttryck över radetiketter.',
    en: 'The goal “{goal}” has no metric; write a built-in metric (e.g. Quick ratio) or an expression over row labels.',
  },
  'goals.missingCondition': {
    sv: 'Målet ”{goal}” saknar villkor; skriv >, ≥ (>=), < eller ≤ (<=).',
    en: 'The goal “{goal}” has no condition; write >, ≥ (>=), < or ≤ (<=).',
  },
  'goals.badCondition': {
    sv: 'Villkoret ”{text}” för målet ”{goal}” går inte att läsa; skriv >, ≥ (>=), < eller ≤ (<=).',
    en: 'The condition “{text}” of the goal “{goal}” cannot be read; write >, ≥ (>=), < or ≤ (<=).',
  },
  'goals.missingThreshold': {
    sv: 'Målet ”{goal}” saknar gränsvärde; skriv t.ex. 1,0, 100 % eller 12 mnkr.',
    en: 'The goal “{goal}” has no threshold; write e.g. 1,0, 100 % or 12 mnkr.',
  },
  'goals.badThreshold': {
    sv: 'Gränsvärdet ”{text}” för målet ”{goal}” går inte att läsa; skriv ett tal som 1,0, 100 % eller 12 mnkr.',
    en: 'The threshold “{text}” of the goal “{goal}” cannot be read; write a number such as 1,0, 100 % or 12 mnkr.',
  },
  'goals.thresholdPercentForAmount': {
    sv: 'Gränsvärdet ”{text}” för målet ”{goal}” är en procentsats, men nyckeltalet ”{metric}” är ett belopp; skriv t.ex. 12 mnkr.',
    en: 'The threshold “{text}” of the goal “{goal}” is a percentage, but the metric “{metric}” is an amount; write e.g. 12 mnkr.',
  },
  'goals.thresholdAmountForRatio': {
    sv: 'Gränsvärdet ”{text}” för målet ”{goal}” är ett belopp, men nyckeltalet ”{metric}” är en kvot; skriv t.ex. 100 % eller 1,0.',
    en: 'The threshold “{text}” of the goal “{goal}” is an amount, but the metric “{metric}” is a ratio; write e.g. 100 % or 1,0.',
  },
  'goals.unknownMetric': {
    sv: 'Nyckeltalet ”{metric}” är inget inbyggt nyckeltal (Budget i balans, Årets resultat, Balanskravsresultat, Eget kapital, Kassalikviditet, Balanslikviditet, Soliditet, Soliditet inkl. pensionsförpliktelser), och ingen rad i balans- eller resultaträkningen heter så.',
    en: 'The metric “{metric}” is not a built-in metric (Balanced budget, Result for the year, Balance requirement result, Equity, Quick ratio, Current ratio, Equity ratio, Equity ratio including pension commitments), and no row of the balance sheet or income statement has that label.',
  },
  'goals.unknownMetricSuggest': {
    sv: 'Nyckeltalet ”{metric}” är inget inbyggt nyckeltal, och ingen rad i balans- eller resultaträkningen heter så. Menade du ”{suggestion}”?',
    en: 'The metric “{metric}” is not a built-in metric, and no row of the balance sheet or income statement has that label. Did you mean “{suggestion}”?',
  },
  'goals.unknownLabel': {
    sv: 'Etiketten ”{label}” i nyckeltalet ”{metric}” finns inte på någon rad i balansräkningen, resultaträkningen eller någon annan tabell med årskolumner.',
    en: 'The label “{label}” in the metric “{metric}” is not on any row of the balance sheet, the income statement or another table with year columns.',
  },
  'goals.unknownLabelSuggest': {
    sv: 'Etiketten ”{label}” i nyckeltalet ”{metric}” finns inte på någon rad i balans- eller resultaträkningen. Menade du ”{suggestion}”?',
    en: 'The label “{label}” in the metric “{metric}” is not on any row of the balance sheet or income statement. Did you mean “{suggestion}”?',
  },
  'goals.ambiguousLabel': {
    sv: 'Nyckeltalet ”{metric}”: etiketten ”{label}” finns på flera rader ({cells}); skriv avsnittet framför, t.ex. ”Eget kapital › Summa”, eller ge raderna olika namn.',
    en: 'The metric “{metric}”: the label “{label}” is on several rows ({cells}); write its section before it, e.g. “Equity › Total”, or give the rows different labels.',
  },
  'goals.noStatements': {
    sv: 'Nyckeltalet ”{metric}” räknas från balans- och resultaträkningen, men ingen tabell med årskolumner (t.ex. 2017, 2017-12-31 eller Utfall 2017) hittades.',
    en: 'The metric “{metric}” is computed from the balance sheet and income statement, but no table with year columns (e.g. 2017, 2017-12-31 or Actual 2017) was found.',
  },
  'goals.builtInMissing': {
    sv: 'Nyckeltalet ”{metric}” behöver raden ”{label}”, men den finns inte i balans- eller resultaträkningen.',
    en: 'The metric “{metric}” needs the row “{label}”, which is not in the balance sheet or income statement.',
  },
  'goals.noBudget': {
    sv: 'Nyckeltalet ”{metric}” behöver budgeterade intäkter och kostnader: en budgettabell med en resultatrad (t.ex. Resultat) eller raderna Summa intäkter och Summa kostnader i kolumnen Budget.',
    en: 'The metric “{metric}” needs budgeted income and costs: a budget table with a result row (e.g. Result) or the rows Total income and Total costs in the Budget column.',
  },
  'goals.noRequirement': {
    sv: 'Nyckeltalet ”{metric}” behöver en balanskravsutredning eller en resultaträkning med Årets resultat.',
    en: 'The metric “{metric}” needs a balance requirement table or an income statement with the result for the year.',
  },
  'goals.divisionByZero': {
    sv: '{goal} {year}: division med noll ({divisor} är 0); målet får inget värde det året.',
    en: '{goal} {year}: division by zero ({divisor} is 0); the goal has no value that year.',
  },
  'goals.noValue': { sv: '{label} har inget värde för {year} ({cell}); skriv beloppet där.', en: '{label} has no value for {year} ({cell}); write the amount there.' },
  'goals.unreadable': { sv: '{label} för {year} går inte att läsa ({cell}); ett belopp väntades, t.ex. 1 234,50.', en: '{label} for {year} cannot be read ({cell}); an amount such as 1 234,50 was expected.' },
  'goals.noYear': { sv: '{label} har ingen kolumn för {year}; en kolumn med året i rubriken väntades.', en: '{label} has no column for {year}; a column with the year in its header was expected.' },
  'goals.syntax.empty': { sv: 'Nyckeltalet är tomt; skriv ett inbyggt nyckeltal (t.ex. Kassalikviditet) eller ett uttryck över radetiketter.', en: 'The metric is empty; write a built-in metric (e.g. Quick ratio) or an expression over row labels.' },
  'goals.syntax.unexpectedEnd': {
    sv: 'Nyckeltalet ”{metric}” slutar mitt i ett uttryck (tecken {position}): något saknas efter sista operatorn.',
    en: 'The metric “{metric}” ends in the middle of an expression (character {position}): something is missing after the last operator.',
  },
  'goals.syntax.unexpected': {
    sv: 'Nyckeltalet ”{metric}” kan inte läsas: ”{near}” på tecken {position} passar inte där; skriv etiketter och tal med +, −, ×, / och parenteser emellan.',
    en: 'The metric “{metric}” cannot be read: “{near}” at character {position} does not fit there; write labels and numbers with +, −, ×, / and parentheses between them.',
  },
  'goals.syntax.unclosedParenthesis': {
    sv: 'Nyckeltalet ”{metric}”: parentesen på tecken {position} stängs aldrig.',
    en: 'The metric “{metric}”: the parenthesis at character {position} is never closed.',
  },
  'goals.syntax.unmatchedParenthesis': {
    sv: 'Nyckeltalet ”{metric}”: slutparentesen på tecken {position} har ingen startparentes.',
    en: 'The metric “{metric}”: the closing parenthesis at character {position} has no opening one.',
  },
  'goals.syntax.badNumber': {
    sv: 'Nyckeltalet ”{metric}”: ”{near}” på tecken {position} går inte att läsa som ett tal.',
    en: 'The metric “{metric}”: “{near}” at character {position} cannot be read as a number.',
  },
  'goals.syntax.unclosedQuote': {
    sv: 'Nyckeltalet ”{metric}”: citattecknet eller hakparentesen på tecken {position} avslutas aldrig.',
    en: 'The metric “{metric}”: the quote or bracket at character {position} is never closed.',
  },
  'goals.balanceSheetUnbalanced': {
    sv: 'Balansräkningen {year} balanserar inte: summa tillgångar {found} ({assetsCell}), eget kapital och skulder {expected} ({financingCells}); skillnad {difference}.',
    en: 'The balance sheet {year} does not balance: total assets {found} ({assetsCell}), equity and liabilities {expected} ({financingCells}); difference {difference}.',
  },
  'goals.requirementTotal': {
    sv: 'Balanskravsutredningen {year}: {line} visar {found}, raderna ovanför ger {expected}.',
    en: 'Balance requirement {year}: {line} shows {found}, the rows above give {expected}.',
  },
  'goals.noGoalsFound': {
    sv: 'Här står ”{text}”, men inget finansiellt mål kunde läsas. Skriv målen som meningar, t.ex. ”Soliditeten ska vara minst 30 %”, eller i en tabell med rubrikerna Finansiellt mål | Nyckeltal | Villkor | Gränsvärde.',
    en: 'This says “{text}”, but no financial goal could be read. Write the goals as sentences, such as “The equity ratio shall be at least 30%”, or in a table headed Financial goal | Metric | Condition | Threshold.',
  },
  'goals.concept.currentAssets': { sv: 'Summa omsättningstillgångar', en: 'Total current assets' },
  'goals.concept.inventories': { sv: 'Förråd', en: 'Inventories' },
  'goals.concept.currentLiabilities': { sv: 'Summa kortfristiga skulder', en: 'Total current liabilities' },
  'goals.concept.equity': { sv: 'Eget kapital', en: 'Equity' },
  'goals.concept.totalAssets': { sv: 'Summa tillgångar', en: 'Total assets' },
  'goals.concept.equityAndLiabilities': { sv: 'Summa eget kapital och skulder', en: 'Total equity and liabilities' },
  'goals.concept.provisions': { sv: 'Avsättningar', en: 'Provisions' },
  'goals.concept.liabilities': { sv: 'Skulder', en: 'Liabilities' },
  'goals.concept.longTermLiabilities': { sv: 'Långfristiga skulder', en: 'Long-term liabilities' },
  'goals.concept.pensionCommitment': { sv: 'Pensionsförpliktelser (ansvarsförbindelse)', en: 'Pension commitments (contingent liability)' },
  'goals.concept.result': { sv: 'Årets resultat', en: 'Result for the year' },
  'goals.term.balanceResult': { sv: 'Balanskravsresultat', en: 'Balance requirement result' },
  'goals.term.budgetedIncome': { sv: 'Budgeterade intäkter', en: 'Budgeted income' },
  'goals.term.budgetedCosts': { sv: 'Budgeterade kostnader', en: 'Budgeted costs' },
  'goals.requirementDeadline': { sv: 'Ska återställas senast {deadline} (KL 11 kap. 12 §).', en: 'To be restored by {deadline} at the latest (KL 11:12).' },
  'goals.requirementOverdue': { sv: 'Skulle ha återställts senast {deadline} (KL 11 kap. 12 §).', en: 'Should have been restored by {deadline} (KL 11:12).' },
  'fees.unknownParameter': {
    sv: 'Okänd parameter ”{key}”; raden används inte. Kända parametrar: Avgift per invånare, Belopp att fördela, Fördelningsnyckel, Fast del per medlem, Uppräkning, Benämning, Avrundning, Avgiftsår, Referensdatum, Källa, Fakturadatum, Betalningsvillkor, Första fakturanummer, Faktureringsperiod, Bankgiro, Avsändare, Organisationsnummer, Vår referens, Momstext, OCR med längdsiffra.',
    en: 'Unknown parameter “{key}”; the row is not used. Known parameters: Fee per inhabitant, Amount to allocate, Allocation key, Fixed part per member, Uplift, Name, Rounding, Fee year, Reference date, Source, Invoice date, Payment terms, First invoice number, Invoicing period, Bankgiro, Sender, Organisation number, Our reference, VAT text, OCR length digit (or their Swedish names).',
  },
  'fees.parameterTwice': {
    sv: 'Parametern ”{key}” finns redan i {first}; den första gäller och denna rad används inte.',
    en: 'The parameter “{key}” already appears in {first}; the first one applies and this row is not used.',
  },
  'fees.parameterEmpty': {
    sv: 'Parametern ”{key}” saknar värde; skriv ett värde i cellen eller ta bort raden.',
    en: 'The parameter “{key}” has no value; write a value in the cell or remove the row.',
  },
  'fees.parameterNotAmount': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; ett belopp i kronor som är 0 eller mer väntades, t.ex. 4 eller 106 791 (högst två decimaler för belopp att fördela).',
    en: 'The parameter “{key}” has the value “{text}”; an amount in kronor of 0 or more was expected, e.g. 4 or 106 791 (at most two decimals for an amount to allocate).',
  },
  'fees.totalNegative': {
    sv: 'Beloppet att fördela (”{text}”) är negativt; ett belopp på 0 kr eller mer väntades. Ingen avgift fördelas.',
    en: 'The amount to allocate (“{text}”) is negative; an amount of 0 kr or more was expected. No fee is allocated.',
  },
  'fees.parameterNotPercent': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; en procentsats väntades, t.ex. 2,5 % eller 2,5.',
    en: 'The parameter “{key}” has the value “{text}”; a percentage was expected, e.g. 2.5 % or 2.5.',
  },
  'fees.parameterNotKey': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; väntade Invånare, Lika delar, Andel eller Hälften lika, hälften invånare.',
    en: 'The parameter “{key}” has the value “{text}”; expected Population, Equal parts, Share or Half equal, half population (or the Swedish words).',
  },
  'fees.parameterNotRounding': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; väntade Hela kronor eller Öre.',
    en: 'The parameter “{key}” has the value “{text}”; expected Whole kronor or Öre.',
  },
  'fees.parameterNotYear': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; ett årtal väntades, t.ex. 2018.',
    en: 'The parameter “{key}” has the value “{text}”; a year was expected, e.g. 2018.',
  },
  'fees.parameterNotDate': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; ett datum väntades, skrivet som datum i Excel eller som 2018-01-31.',
    en: 'The parameter “{key}” has the value “{text}”; a date was expected, as an Excel date or written 2018-01-31.',
  },
  'fees.parameterNotDays': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; ett antal dagar (0–365) väntades, t.ex. 30.',
    en: 'The parameter “{key}” has the value “{text}”; a number of days (0–365) was expected, e.g. 30.',
  },
  'fees.parameterNotInvoiceNumber': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; ett fakturanummer av siffror väntades (högst 20), t.ex. 170001.',
    en: 'The parameter “{key}” has the value “{text}”; an invoice number of digits was expected (at most 20), e.g. 170001.',
  },
  'fees.parameterNotPeriod': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; väntade År, Halvår, Kvartal eller Månad.',
    en: 'The parameter “{key}” has the value “{text}”; expected Year, Half-year, Quarter or Month (or the Swedish words).',
  },
  'fees.parameterNotYesNo': {
    sv: 'Parametern ”{key}” har värdet ”{text}”; väntade Ja eller Nej.',
    en: 'The parameter “{key}” has the value “{text}”; expected Yes or No.',
  },
  'invoice.badBankgiro': {
    sv: 'Bankgironumret ”{text}” är inte giltigt: 7 eller 8 siffror med rätt kontrollsiffra väntades, t.ex. 5050-1055.',
    en: 'The bankgiro number “{text}” is not valid: 7 or 8 digits with a correct check digit were expected, e.g. 5050-1055.',
  },
  'invoice.badSenderOrgNumber': {
    sv: 'Organisationsnumret ”{text}” är inte giltigt: tio siffror med rätt kontrollsiffra väntades, t.ex. 212000-2882.',
    en: 'The organisation number “{text}” is not valid: ten digits with a correct check digit were expected, e.g. 212000-2882.',
  },
  'invoice.notWritten': {
    sv: 'Inga fakturor skrivs för {charge}, eftersom en faktureringsinställning inte kunde läsas (se ovan); avgifterna visas ändå.',
    en: 'No invoices are written for {charge}, because an invoice setting could not be read (see above); the fees are still shown.',
  },
  'invoice.noDate': {
    sv: 'Inga fakturor skrivs för {charge}: fakturadatum saknas. Ange parametern Fakturadatum.',
    en: 'No invoices are written for {charge}: there is no invoice date. Give the parameter Invoice date (Fakturadatum).',
  },
  'invoice.numberTwice': {
    sv: 'Inga fakturor skrivs för {charge}: fakturanummer {number} används redan av en annan avgift. Ange ett annat Första fakturanummer.',
    en: 'No invoices are written for {charge}: invoice number {number} is already used by another charge. Give another First invoice number.',
  },
  'fees.memberTwice': {
    sv: '{member} finns redan i {first}. Ingen av raderna får avgift eller faktura förrän den ena tagits bort.',
    en: '{member} already appears in {first}. Neither row gets a fee or an invoice until one of them is removed.',
  },
  'fees.memberNameMissing': {
    sv: 'Raden har värden men ingen medlem; den får ingen avgift. Skriv medlemmens namn.',
    en: 'The row has values but no member; it gets no fee. Write the member’s name.',
  },
  'fees.membersTableTwice': {
    sv: 'En andra medlemstabell hittades; bara den första ({first}) används. Ta bort rubrikraden i den som inte ska gälla.',
    en: 'A second members table was found; only the first one ({first}) is used. Remove the header row of the one that should not count.',
  },
  'fees.notANumber': {
    sv: '”{text}” går inte att läsa som ett tal ({column}); {member} får ingen avgift som bygger på det förrän det rättats.',
    en: '“{text}” cannot be read as a number ({column}); {member} gets no fee that rests on it until it is corrected.',
  },
  'fees.errorValue': {
    sv: 'Cellen innehåller felvärdet {text} ({column}); {member} får ingen avgift som bygger på den förrän den rättats.',
    en: 'The cell holds the error value {text} ({column}); {member} gets no fee that rests on it until it is corrected.',
  },
  'fees.populationNegative': {
    sv: 'Invånarantalet för {member} är negativt ({text}); ett heltal 0 eller större väntades.',
    en: 'The population of {member} is negative ({text}); a whole number of 0 or more was expected.',
  },
  'fees.populationFractional': {
    sv: 'Invånarantalet för {member} är inte ett heltal ({text}); ett helt antal invånare väntades.',
    en: 'The population of {member} is not a whole number ({text}); a whole number of inhabitants was expected.',
  },
  'fees.populationMissing': {
    sv: 'Invånarantal saknas för {member}; {charge} kräver det. Skriv antalet invånare.',
    en: 'There is no population for {member}; {charge} needs it. Write the number of inhabitants.',
  },
  'fees.shareNegative': {
    sv: 'Andelen för {member} är negativ ({text}); en andel 0 % eller större väntades.',
    en: 'The share of {member} is negative ({text}); a share of 0 % or more was expected.',
  },
  'fees.shareMissing': {
    sv: 'Andel saknas för {member}; {charge} fördelas efter andel. Skriv medlemmens andel i procent.',
    en: 'There is no share for {member}; {charge} is allocated by share. Write the member’s share in percent.',
  },
  'fees.sharesNot100': {
    sv: 'Andelarna summerar till {sum} %, inte 100 %; {charge} fördelas inte förrän andelarna rättats.',
    en: 'The shares sum to {sum} %, not 100 %; {charge} is not allocated until the shares are corrected.',
  },
  'fees.amountNegative': {
    sv: 'Beloppet för {member} är negativt ({text}); ett belopp på 0 kr eller mer väntades ({column}).',
    en: 'The amount for {member} is negative ({text}); an amount of 0 kr or more was expected ({column}).',
  },
  'fees.amountNotInOre': {
    sv: 'Beloppet för {member} ({text}) har fler än två decimaler; ett belopp i kronor och öre väntades ({column}).',
    en: 'The amount for {member} ({text}) has more than two decimals; an amount in kronor and öre was expected ({column}).',
  },
  'fees.feeMissing': {
    sv: 'Avgift saknas för {member}; skriv avgiften i kronor. Medlemmen får ingen faktura.',
    en: 'There is no fee for {member}; write the fee in kronor. The member gets no invoice.',
  },
  'fees.priorFeeMissing': {
    sv: 'Föregående års avgift saknas för {member}; {charge} räknas upp från den. Skriv den i kronor.',
    en: 'Last year’s fee is missing for {member}; {charge} is an uplift on it. Write it in kronor.',
  },
  'fees.badMunicipalityCode': {
    sv: 'Kommunkoden ”{text}” för {member} är inte fyra siffror (t.ex. 0127); den lämnas tom.',
    en: 'The municipality code “{text}” of {member} is not four digits (e.g. 0127); it is left blank.',
  },
  'fees.badOrgNumber': {
    sv: 'Organisationsnumret ”{text}” för {member} är inte giltigt (tio siffror med rätt kontrollsiffra, t.ex. 212000-2882); fakturan skrivs utan organisationsnummer.',
    en: 'The organisation number “{text}” of {member} is not valid (ten digits with a correct check digit, e.g. 212000-2882); the invoice is written without one.',
  },
  'fees.badDate': {
    sv: '”{text}” går inte att läsa som datum ({column}) för {member}; skriv ett datum, t.ex. 2017-12-31.',
    en: '“{text}” cannot be read as a date ({column}) for {member}; write a date such as 2017-12-31.',
  },
  'fees.totalRowMismatch': {
    sv: 'Summaraden visar {found} ({column}), men de {count} medlemmarna ovanför summerar till {expected}.',
    en: 'The total row shows {found} ({column}), but the {count} members above it sum to {expected}.',
  },
  'fees.populationColumnMissing': {
    sv: 'Medlemstabellen har ingen kolumn Invånare, som {charge} kräver; ingen avgift beräknas efter invånare. Lägg till kolumnen med medlemmarnas invånarantal.',
    en: 'The members table has no Population column, which {charge} needs; no fee is computed by population. Add the column with each member’s population.',
  },
  'fees.shareColumnMissing': {
    sv: 'Medlemstabellen har ingen kolumn Andel, som {charge} kräver; ingen avgift fördelas efter andel. Lägg till kolumnen med medlemmarnas andelar i procent.',
    en: 'The members table has no Share column, which {charge} needs; no fee is allocated by share. Add the column with each member’s share in percent.',
  },
  'fees.feeColumnMissing': {
    sv: 'Medlemstabellen har ingen kolumn Avgift, som {charge} kräver; inga avgifter beräknas. Lägg till kolumnen med avgiften i kronor.',
    en: 'The members table has no Fee column, which {charge} needs; no fees are computed. Add the column with each fee in kronor.',
  },
  'fees.allocationWithheld': {
    sv: '{charge} fördelas inte: varje medlems del beror på alla andras, och underlaget har fel (se ovan). Inga fakturor skrivs för den.',
    en: '{charge} is not allocated: each member’s part depends on all the others, and the basis has errors (see above). No invoices are written for it.',
  },
  'fees.noClaimants': {
    sv: '{charge} fördelas inte: det finns ingen medlem att fördela beloppet på. Skriv medlemmarna i medlemstabellen.',
    en: '{charge} is not allocated: there is no member to share the amount between. Write the members in the members table.',
  },
  'fees.zeroWeights': {
    sv: '{charge} fördelas inte: fördelningsnyckeln summerar till 0 (t.ex. 0 invånare överallt). Minst en medlem med invånare eller andel större än 0 väntades.',
    en: '{charge} is not allocated: the allocation key sums to 0 (e.g. 0 inhabitants everywhere). At least one member with a population or share above 0 was expected.',
  },
  'fees.fixedExceedsTotal': {
    sv: '{charge} fördelas inte: fasta belopp och fasta delar ({fixed} kr) är större än beloppet att fördela ({total} kr). Höj beloppet eller sänk de fasta delarna.',
    en: '{charge} is not allocated: set amounts and fixed parts ({fixed} kr) exceed the amount to allocate ({total} kr). Raise the amount or lower the fixed parts.',
  },
  'fees.conflictingModels': {
    sv: 'Både ”{first}” och ”{second}” anges i samma tabell; det går inte att veta vilken som gäller, så ingen avgift beräknas. Ta bort den ena eller lägg den andra i en egen tabell på ett blad som börjar med Avgift.',
    en: 'Both “{first}” and “{second}” are given in one table; which applies cannot be known, so no fee is computed. Remove one, or put the other in a table of its own on a sheet whose name starts with Avgift.',
  },
  'fees.keyMissing': {
    sv: 'Belopp att fördela anges men ingen Fördelningsnyckel, och medlemstabellen har varken Invånare eller Andel; ange Fördelningsnyckel (t.ex. Lika delar).',
    en: 'An amount to allocate is given but no allocation key, and the members table has neither Population nor Share; give the Allocation key (e.g. Equal parts).',
  },
  'fees.needsRateOrTotal': {
    sv: '”{key}” anges utan Avgift per invånare eller Belopp att fördela; ingen avgift beräknas. Ange det ena.',
    en: '“{key}” is given without a Fee per inhabitant or an Amount to allocate; no fee is computed. Give one of them.',
  },
  'fees.noModel': {
    sv: 'Medlemstabellen har ingen kolumn Avgift, och ingen parametertabell anger Avgift per invånare, Belopp att fördela eller Uppräkning; inga avgifter beräknas.',
    en: 'The members table has no Fee column, and no parameter table gives a Fee per inhabitant, an Amount to allocate or an Uplift; no fees are computed.',
  },
  'fees.noMembersTable': {
    sv: 'Avgiftsparametrar finns men ingen medlemstabell: inget blad har en rubrikrad med t.ex. Medlem och Invånare.',
    en: 'Fee parameters are given but there is no members table: no sheet has a header row with e.g. Member and Population.',
  },
  'fees.noMembersTableOnSheet': {
    sv: 'Bladet handlar om medlemsavgifter men ingen medlemstabell hittades: en rubrikrad med t.ex. Medlem (eller Kommun) och Invånare behövs bland de första 30 raderna, med en rad per medlem under.',
    en: 'The sheet is about member fees but no members table was found: a header row with e.g. Member (or Municipality) and Population is needed within the first 30 rows, with one row per member below it.',
  },
  'fees.chargeName': { sv: 'Medlemsavgift {year}', en: 'Member fee {year}' },
  'fees.chargeNameNoYear': { sv: 'Medlemsavgift', en: 'Member fee' },
  'fees.keyMix': { sv: '{equal} i lika delar och {population} efter invånare', en: '{equal} in equal parts and {population} by population' },
  'fees.keyNamedFirst': { sv: '{named} och resten {key}', en: '{named} and the rest {key}' },
  'fees.basisMix': {
    sv: '{fixedPart}av {total} {equal} lika (1/{count}), {byPopulation} efter invånare: {population} av {sum} invånare{reference}',
    en: '{fixedPart}of {total} {equal} equally (1/{count}), {byPopulation} by population: {population} of {sum} inhabitants{reference}',
  },
  'fees.feeCellDiffers': {
    sv: '{column} för {member} visar {found}, men avgiften blir {expected} enligt avgiftsparametrarna (skillnad {difference}); cellen kan vara inaktuell eller inskriven för hand. Det beräknade beloppet används.',
    en: '{column} for {member} shows {found}, but the fee parameters give {expected} (difference {difference}); the cell may be out of date or typed over. The computed amount is used.',
  },
  'fees.namedShareUnknown': {
    sv: 'Fördelningen ger ”{name}” {percent} %, men ingen medlem i medlemstabellen heter så; {charge} fördelas inte. Skriv medlemmens namn som i tabellen.',
    en: 'The split gives “{name}” {percent} %, but no member in the members table has that name; {charge} is not allocated. Write the member’s name as in the table.',
  },
  'fees.namedShareDiffers': {
    sv: 'Fördelningen ger {member} {percent} %, men medlemstabellens andel är {table} %; fördelningens andel används.',
    en: 'The split gives {member} {percent} %, but the members table’s share is {table} %; the split’s share is used.',
  },
  'fees.splitNot100': {
    sv: 'Fördelningens delar summerar till {sum} %, inte 100 %; {charge} fördelas inte förrän delarna rättats.',
    en: 'The parts of the split sum to {sum} %, not 100 %; {charge} is not allocated until the parts are corrected.',
  },
  'fees.noMembers': {
    sv: 'Medlemstabellen har rubriker men inga medlemmar; skriv en rad per medlem under rubrikraden.',
    en: 'The members table has headers but no members; write one row per member under the header row.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * A message inside a message: a word the core chooses but may not write in a language (a default charge name,
 * the name of a statement row), written in the reader's language with the message around it.
 */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

export type MessageParam = string | number | MessageRef;
export type MessageParams = Record<string, MessageParam>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** A parameter as text: a nested message is written in the same language. */
export function formatParam(param: MessageParam, lang: Lang): string {
  return typeof param === 'object' ? formatMessage(param.key, lang, param.params) : String(param);
}

export function formatMessage(key: string, lang: Lang, params: MessageParams = {}): string {
  const template: string = isMessageKey(key) ? MESSAGES[key][lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? formatParam(params[name], lang) : whole));
}
