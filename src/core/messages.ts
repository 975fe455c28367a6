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
  'amount.noUnit': {
    sv: 'Beloppet {text} ({column}) står utan enhet bland belopp som skriver sin enhet i cellen (t.ex. 14 250 tkr), och varken rubriken eller raderna ovanför anger någon: det kan vara kronor eller tkr. Det läses inte: skriv enheten i cellen eller i rubriken, t.ex. Budget (tkr).',
    en: 'The amount {text} ({column}) has no unit among amounts that write theirs in the cell (e.g. 14 250 tkr), and neither the header nor the rows above give one: it may be kronor or tkr. It is not read: write the unit in the cell or in the header, e.g. Budget (tkr).',
  },
  'amount.formatScale': {
    sv: 'Talet {text} ({column}) har talformatet ”{format}”, som visar det i en annan skala än kolumnens övriga tal (”{columnFormat}”) under enheten {unit}, så vilken enhet cellen håller går inte att säga. Det läses inte (inte heller som noll): ge kolumnens celler samma talformat.',
    en: 'The number {text} ({column}) has the number format “{format}”, which shows it at another scale than the column’s other numbers (“{columnFormat}”) under the unit {unit}, so which unit the cell holds cannot be told. It is not read (not as zero either): give the column’s cells one number format.',
  },
  'amount.formatUnit': {
    sv: 'Talet {text} ({column}) har talformatet ”{format}”, som visar talet delat med 1 000 för varje komma i slutet, men enheten som anges är {unit}: då skulle cellen hålla mindre än kronor, så vilken enhet den håller går inte att säga. Det läses inte (inte heller som noll): ta bort kommat ur formatet eller ange den enhet som visas.',
    en: 'The number {text} ({column}) has the number format “{format}”, which shows it divided by 1 000 for each comma at its end, but the unit given is {unit}: the cell would then hold less than kronor, so which unit it holds cannot be told. It is not read (not as zero either): remove the comma from the format or give the unit it shows.',
  },
  'format.general': { sv: 'Allmänt', en: 'General' },
  'amount.ambiguousComma': {
    sv: '”{text}” går att läsa på två sätt ({column}): kolumnen skriver också belopp med komma som tusentalsavgränsare (1,234.50), så kommat kan vara decimaltecken eller avgränsare. Skriv beloppet utan tvetydighet, t.ex. 12 500 eller 12,50. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    en: '“{text}” reads two ways ({column}): the column also writes amounts with a comma grouping thousands (1,234.50), so the comma may be a decimal sign or a separator. Write the amount unambiguously, e.g. 12 500 or 12.50. It is not read as zero: what depends on the cell (such as the line’s deviation) is left empty until the cell is corrected.',
  },
  'amount.ambiguous': {
    sv: '”{text}” är tvetydigt ({column}): punkt kan vara decimaltecken eller tusentalsavgränsare. Skriv 1234 eller 1,234. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    en: '“{text}” is ambiguous ({column}): the dot may be a decimal point or a thousands separator. Write 1234 or 1,234. It is not read as zero: what depends on the cell (such as the line’s deviation) is left empty until the cell is corrected.',
  },
  'header.duplicate': {
    sv: 'Rubriken ”{header}” finns redan i {first}; den första används och denna kolumn läses inte. Byt namn på den ena om båda ska läsas.',
    en: 'The header “{header}” already appears in {first}; the first one is used and this column is not read. Rename one of them if both should be read.',
  },
  'unit.titleDiffers': {
    sv: 'Rubriken ovanför tabellen, ”{title}”, anger {titleUnit}, men beloppskolumnernas rubriker anger {headerUnit}. Beloppen läses i {headerUnit}, som rubrikerna säger; stämmer rubrikerna inte, blir alla belopp fel med en faktor tusen. Rätta den som är fel.',
    en: 'The title above the table, “{title}”, states {titleUnit}, but the amount headers state {headerUnit}. The amounts are read in {headerUnit}, as the headers say; if the headers are wrong, every amount is off by a factor of a thousand. Correct whichever is wrong.',
  },
  'unit.foreignCurrency': {
    sv: 'Beloppen är i en annan valuta än kronor (”{text}”), och arbetsboken anger ingen växelkurs. Inget belopp läses från tabellen, eftersom det skulle räknas som kronor. Räkna om till kronor i en egen kolumn, eller jämför i valutan utanför Avstämning.',
    en: 'The amounts are in a currency other than kronor (“{text}”), and the workbook gives no exchange rate. No amount is read from the table, since it would be counted as kronor. Convert to kronor in a column of its own, or compare in the currency outside Avstämning.',
  },
  'header.twoOutcomes': {
    sv: 'Två kolumner ser ut att vara utfall, ”{first}” ({firstCell}) och ”{second}”, och inget år eller någon period skiljer dem åt. Ingen av dem jämförs med budgeten, eftersom det skulle vara en gissning. Ange vilken som är utfallet i bladet Avstämning inställningar (Blad | Kolumn | Roll).',
    en: 'Two columns look like the outcome, “{first}” ({firstCell}) and “{second}”, and no year or period tells them apart. Neither is compared with the budget, as that would be a guess. Say which is the outcome on the sheet Avstämning inställningar (Sheet | Column | Role).',
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
  'table.across': {
    sv: 'Budget och utfall står som rader här, med namnen som kolumner i rad {namesRow} ({names} namn): en tabell på tvären läses inte, och inget räknas från den. Vänd tabellen (Kopiera, Klistra in special, Transponera) så att varje namn blir en rad under rubrikerna Budget och Utfall.',
    en: 'Budget and outcome stand as rows here, with the names as columns in row {namesRow} ({names} names): a table laid across is not read, and nothing is computed from it. Turn the table (Copy, Paste Special, Transpose) so that each name becomes a row under the headers Budget and Actual.',
  },
  'table.blocks': {
    sv: 'Bladet har {count} block (det första här) med ett namn ensamt på en rad och Budget och Utfall på raderna under: blocken läses inte som en tabell, och inget räknas från dem. Skriv dem som en tabell med en rad per namn och kolumnerna Budget och Utfall.',
    en: 'The sheet has {count} blocks (the first here) with a name alone on a row and Budget and Actual on the rows beneath: the blocks are not read as a table, and nothing is computed from them. Write them as a table with one row per name and the columns Budget and Actual.',
  },
  'reading.deviations': {
    sv: 'Läst som budgettabell (rader: {lines}, grupper: {groups}).',
    en: 'Read as a budget table (lines: {lines}, groups: {groups}).',
  },
  'reading.deviations.beside': {
    sv: 'Läst som budgettabell (rader: {lines}, grupper: {groups}), en av {of} tabeller bredvid varandra på rubrikraden; var och en läses för sig.',
    en: 'Read as a budget table (lines: {lines}, groups: {groups}), one of {of} tables side by side on the header row; each is read on its own.',
  },
  'reading.deviations.blocks': {
    sv: 'Läst som budgettabell av block, ett namn per block med raderna under som kolumner (rader: {lines}, grupper: {groups}).',
    en: 'Read as a budget table of blocks, one name per block with the rows beneath as columns (lines: {lines}, groups: {groups}).',
  },
  'reading.deviations.across': {
    sv: 'Läst som budgettabell på tvären: namnen i rubrikraden är raderna, radrubrikerna (Budget, Utfall …) kolumnerna (rader: {lines}, grupper: {groups}).',
    en: 'Read as a budget table laid across: the names in the header row are the lines, the row labels (Budget, Actual …) the columns (lines: {lines}, groups: {groups}).',
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
  'group.notPlaced': { sv: 'Ej placerade', en: 'Not placed' },
  'group.income': { sv: 'Intäkter', en: 'Income' },
  'group.cost': { sv: 'Kostnader', en: 'Costs' },
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
  'reading.foreignCurrency': {
    sv: 'Används inte: beloppen är i en annan valuta än kronor (”{text}”).',
    en: 'Not used: the amounts are in a currency other than kronor (“{text}”).',
  },
  'reading.noHeader': {
    sv: 'Används inte: ingen rubrikrad med ett belopp (t.ex. Budget, Utfall) bland de första 30 raderna.',
    en: 'Not used: no header row with an amount (e.g. Budget, Actual) within the first 30 rows.',
  },
  'reading.veryHidden': { sv: 'Används inte: bladet är mycket dolt.', en: 'Not used: the sheet is very hidden.' },
  'column.sameRoleEarlier': { sv: 'en annan kolumn har samma roll och används', en: 'another column has the same role and is used' },
  'column.otherYear': { sv: 'ett annat år än utfallet', en: 'another year than the outcome' },
  'column.otherPeriod': {
    sv: 'budgeten för en annan period än utfallet: jämförs inte',
    en: 'the budget for another period than the outcome: not compared',
  },
  'column.outcomeUnsettled': {
    sv: 'ett av två utfall som inget år eller period skiljer åt: används inte',
    en: 'one of two outcomes that no year or period tells apart: not used',
  },
  'column.runningBalance': { sv: 'ett löpande saldo, som inte summeras', en: 'a running balance, which is not summed' },
  'column.afterCommitments': {
    sv: 'det som är kvar när också beställt och ej attesterat räknats av, inte en avvikelse mot utfallet',
    en: 'what is left once commitments are taken too, not a deviation of the outcome',
  },
  'column.foreignCurrency': { sv: 'belopp i en annan valuta än kronor: läses inte', en: 'amounts in a currency other than kronor: not read' },
  'column.remaining': { sv: 'det som är kvar av årets budget, inte en avvikelse', en: "what is left of the year's budget, not a deviation" },
  'column.percent': { sv: 'procent, räknas om från beloppen', en: 'a percentage, recomputed from the amounts' },
  'column.heldKronor': {
    sv: 'cellerna håller kronor, som talformatet visar i den angivna enheten',
    en: 'the cells hold kronor, which their number format shows in the unit stated',
  },
  'column.heldTkr': {
    sv: 'cellerna håller tkr, som talformatet visar i den angivna enheten',
    en: 'the cells hold tkr, which their number format shows in the unit stated',
  },
  'column.openingClosing': {
    sv: 'ingående eller utgående balans i en saldobalans: utfallet är periodens belopp',
    en: "an opening or closing balance of a trial balance: the outcome is the period's amount",
  },
  'column.notUsed': { sv: 'används inte', en: 'not used' },
  'column.grossPart': { sv: 'bara intäkterna eller kostnaderna, inte nettot: används inte', en: 'the income or the costs alone, not the net: not used' },
  'column.againstForecast': {
    sv: 'utfallet mot prognosen, inte mot budgeten: kontrolleras inte',
    en: 'the outcome against the forecast, not against the budget: not checked',
  },
  'groupBy.rows': { sv: 'varje rad är ett målområde', en: 'each row is a goal area' },
  'groupBy.goalArea': { sv: 'målområde (kolumn {header})', en: 'goal area (column {header})' },
  'groupBy.section': { sv: 'avsnitten i tabellen', en: 'the sections of the table' },
  'groupBy.dimension': { sv: 'kolumnen {header}', en: 'the column {header}' },
  'groupBy.accountClass': { sv: 'kontoklass (Kommun-Bas)', en: 'account class (Kommun-Bas)' },
  'groupBy.map': { sv: 'kolumnen {header} på bladet {sheet}', en: 'the column {header} on the sheet {sheet}' },
  'groupBy.keyDimension': { sv: 'nyckelkolumnen {header}', en: 'the key column {header}' },
  'reading.joinBudget': {
    sv: 'Läst som budget och matchad mot bladet {other} på {key}.',
    en: 'Read as the budget and matched with the sheet {other} on {key}.',
  },
  'reading.joinOutcome': {
    sv: 'Läst som utfall och matchat mot bladet {other} på {key}.',
    en: 'Read as the outcome and matched with the sheet {other} on {key}.',
  },
  'reading.groupMap': { sv: 'Läst som grupperingstabell ({header}) för sammanställningen.', en: 'Read as a grouping table ({header}) for the summary.' },
  'groupBy.table': { sv: 'hela tabellen', en: 'the whole table' },
  'groupBy.type': { sv: 'intäkter och kostnader', en: 'income and costs' },
  'convention.deviation-column': { sv: 'tabellens egen avvikelsekolumn', en: 'the table’s own deviation column' },
  'convention.income-negative': {
    sv: 'intäkterna är negativa och kostnaderna positiva, som i en huvudbok',
    en: 'income is negative and costs positive, as in a ledger',
  },
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
  'unitFrom.cells': {
    sv: 'beloppscellerna, som skriver enheten efter talet (varje cell läses i sin egen enhet)',
    en: 'the amount cells, which write it after the number (each cell is read in its own unit)',
  },
  'unitFrom.formatText': {
    sv: 'beloppscellernas talformat, som skriver enheten efter talet (t.ex. #,##0" tkr")',
    en: 'the amount cells’ number format, which writes the unit after the number (e.g. #,##0" tkr")',
  },
  'unitFrom.format': {
    sv: 'cellernas talformat ”{format}”, som visar talen i den angivna enheten {shown} genom att dela dem med 1 000 per komma i slutet',
    en: 'the cells’ number format “{format}”, which shows the numbers in the unit stated, {shown}, by dividing them by 1 000 per comma at its end',
  },
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
  'role.entrySide': { sv: 'debet eller kredit', en: 'debit or credit' },
  'amount.entrySideUnknown': {
    sv: 'Cellen säger inte om beloppet bredvid är debet (D) eller kredit (K) (”{text}”), så dess tecken är okänt och det räknas inte.',
    en: 'The cell does not say whether the amount beside it is a debit (D) or a credit (C) (“{text}”), so its sign is unknown and it is not counted.',
  },
  'role.unknown': { sv: 'förstods inte', en: 'not understood' },
  'table.monthGap': {
    sv: 'Månaden ”{month}” är tom på varje rad, men ”{later}” har belopp. En tom månad är inget värde, inte noll: utfallet hittills i år är okänt, så ingen avvikelse räknas för tabellen. Fyll i månaden (eller skriv 0 där inget bokförts).',
    en: 'The month “{month}” is empty on every row, but “{later}” has amounts. An empty month is no value, not zero: the outcome for the year so far is unknown, so no deviation is computed for the table. Fill in the month (or write 0 where nothing was booked).',
  },
  'join.otherYear': {
    sv: 'Utfallet här gäller {outcomeYear}, budgeten på bladet {budgetSheet} {budgetYear}. Två år jämförs inte: bladen matchas inte mot varandra och inga avvikelser räknas. Lägg in utfallet för {budgetYear} om det är det som ska stämmas av.',
    en: 'The outcome here is for {outcomeYear}, the budget on the sheet {budgetSheet} for {budgetYear}. Two years are not compared: the sheets are not matched and no deviations are computed. Add the outcome for {budgetYear} if that is what should be reconciled.',
  },
  'table.outcomeWithoutSign': {
    sv: 'Kolumnen ”{header}” har inga negativa belopp, men budgeten (”{budget}”) skriver intäkterna eller kostnaderna med minustecken. På {count} rader har budget och utfall olika tecken, så utfallets tecken går inte att veta: de raderna jämförs inte (inget läses som noll). Skriv utfallet med samma teckenregel som budgeten.',
    en: 'The column “{header}” has no negative amounts, but the budget (“{budget}”) writes income or costs with a minus sign. On {count} lines budget and outcome have opposite signs, so the outcome’s sign cannot be known: those lines are not compared (nothing is read as zero). Write the outcome with the budget’s sign rule.',
  },
  'period.dateTwoWays': {
    sv: 'Datumet ”{text}” kan läsas på två sätt: dag/månad eller månad/dag. Radens månad är okänd, så raden (och det konto den bokförts på) får inget utfall hittills i år; inget läses som noll. Skriv datumet som 2025-08-04.',
    en: 'The date “{text}” reads two ways: day/month or month/day. The row’s month is unknown, so the row (and the account it is booked on) has no outcome for the year so far; nothing is read as zero. Write the date as 2025-08-04.',
  },
  'table.noOutcome': {
    sv: 'Tabellen med rubrikrad {row} har en budget men ingen kolumn som kan läsas som utfall, så inga avvikelser räknas för den (inget läses som noll). Rubriker som inte förstods: {unknown}. Ange vilken kolumn som är utfall i inställningarna (Blad | Kolumn | Roll) eller byt rubrik till t.ex. Utfall.',
    en: 'The table with its header in row {row} has a budget but no column that reads as the outcome, so no deviations are computed for it (nothing is read as zero). Headers not understood: {unknown}. Say which column is the outcome in the settings (Sheet | Column | Role) or rename its header to e.g. Actual.',
  },
  'table.partYearUnknown': {
    sv: 'Utfallet ({header}) gäller året hittills, men varken rubrikerna, rubriken ovanför tabellen eller en periodbudget säger till och med vilken månad; det jämförs därför med helårsbudgeten, och avvikelsen är inte årets. Skriv månaden i rubriken (t.ex. Utfall t.o.m. aug) eller lägg till en kolumn med periodens budget.',
    en: "The outcome ({header}) is for the year so far, but neither the headers, the title above the table nor a period budget say through which month; it is compared with the full year's budget, so the deviation is not the year's. Write the month in the header (e.g. Actual through Aug) or add a column with the period's budget.",
  },
  'reading.untypedAsCost': {
    sv: '{count} rader säger inte om de är intäkt eller kostnad och räknas som kostnader (den första {cell} ”{line}”); lägg till en kolumn Typ om någon är en intäkt.',
    en: '{count} lines do not say whether they are income or cost and are read as costs (the first {cell} “{line}”); add a Type column if any is income.',
  },
  'reading.leftOut.keyFigures': {
    sv: '{count} rader under rubriken ”{label}” ({cell}–{lastCell}) är nyckeltal, antal och andelar, inte kronor: de läses inte som budgetrader och räknas inte in i summorna.',
    en: '{count} rows under the heading “{label}” ({cell}–{lastCell}) are key figures, counts and ratios, not kronor: they are not read as budget lines and not added into the totals.',
  },
  'reading.leftOut.partOfAbove': {
    sv: '{count} varav-rader (den första {cell} ”{label}”) är en del av raden ovanför och redan med i den: de läses inte som egna rader och räknas inte in i summorna.',
    en: '{count} “of which” rows (the first {cell} “{label}”) are part of the line above and already in it: they are not read as lines of their own and not added into the totals.',
  },
  'reading.leftOut.note': {
    sv: '{count} anteckningsrader med text i beloppskolumnerna (den första {cell} ”{label}”) läses inte som budgetrader, och texten i dem inte som belopp.',
    en: '{count} note rows with text in the amount columns (the first {cell} “{label}”) are not read as budget lines, nor their text as amounts.',
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
  'check.typeFromDeviation.cost': {
    sv: '{line}: läses som en kostnad, som tabellens egen avvikelse på raden visar ({found}); namnet ensamt avgör det inte. Stämmer inte det är det avvikelsens tecken som är fel.',
    en: '{line}: read as a cost, as the table’s own deviation on the row shows ({found}); its name alone does not settle it. If that is wrong, it is the deviation’s sign that is wrong.',
  },
  'check.typeFromDeviation.income': {
    sv: '{line}: läses som en intäkt, som tabellens egen avvikelse på raden visar ({found}); namnet ensamt avgör det inte. Stämmer inte det är det avvikelsens tecken som är fel.',
    en: '{line}: read as income, as the table’s own deviation on the row shows ({found}); its name alone does not settle it. If that is wrong, it is the deviation’s sign that is wrong.',
  },
  'check.reportedForecastDeviation.plain': {
    sv: '{line}: arbetsboken visar prognosavvikelsen {found}, men prognos minus budget är {expected}.',
    en: '{line}: the workbook shows a forecast deviation of {found}, but forecast minus budget is {expected}.',
  },
  'check.reportedForecastDeviation.turned': {
    sv: '{line}: arbetsboken visar prognosavvikelsen {found}, men budget minus prognos är {expected}.',
    en: '{line}: the workbook shows a forecast deviation of {found}, but budget minus forecast is {expected}.',
  },
  'check.join.noOutcome': {
    sv: '{key} {line}: budget {expected} men inget utfall på bladet {outcomeSheet} (inget utfall). Raden står med utan avvikelse.',
    en: '{key} {line}: budget {expected} but no outcome on the sheet {outcomeSheet} (no outcome). The line is shown without a deviation.',
  },
  'check.join.notBudgeted': {
    sv: '{key} {line}: utfall {found} ({count} rader: {rows}) men ingen budget på bladet {budgetSheet} (ej budgeterat). Raden står med utan avvikelse.',
    en: '{key} {line}: outcome {found} ({count} rows: {rows}) but no budget on the sheet {budgetSheet} (not budgeted). The line is shown without a deviation.',
  },
  'check.join.twiceInBudget': {
    sv: '{key} {line} står flera gånger i budgeten (rad {rows}); beloppen har lagts ihop till {found}. Kontrollera att det inte är en dubblett.',
    en: '{key} {line} appears more than once in the budget (rows {rows}); the amounts were added up to {found}. Check that it is not a duplicate.',
  },
  'check.join.budgetTurned.income': {
    sv: 'Budgeten på bladet {budgetSheet} skriver intäkterna med motsatt tecken mot bladet {outcomeSheet}; de har vänts till samma tecken innan de jämförs.',
    en: 'The budget on the sheet {budgetSheet} writes income with the opposite sign to the sheet {outcomeSheet}; it was turned to the same sign before the comparison.',
  },
  'check.join.budgetTurned.cost': {
    sv: 'Budgeten på bladet {budgetSheet} skriver kostnaderna med motsatt tecken mot bladet {outcomeSheet}; de har vänts till samma tecken innan de jämförs.',
    en: 'The budget on the sheet {budgetSheet} writes costs with the opposite sign to the sheet {outcomeSheet}; they were turned to the same sign before the comparison.',
  },
  'check.join.budgetTurned.all': {
    sv: 'Budgeten på bladet {budgetSheet} skriver både intäkter och kostnader med motsatt tecken mot bladet {outcomeSheet}; de har vänts till samma tecken innan de jämförs.',
    en: 'The budget on the sheet {budgetSheet} writes both income and costs with the opposite sign to the sheet {outcomeSheet}; they were turned to the same sign before the comparison.',
  },
  'check.join.outcomeTurned.income': {
    sv: 'Utfallet på bladet {outcomeSheet} skriver intäkterna med motsatt tecken mot budgeten på bladet {budgetSheet}, som följer huvudbokens tecken; utfallet har vänts till budgetens tecken innan de jämförs.',
    en: 'The outcome on the sheet {outcomeSheet} writes income with the opposite sign to the budget on the sheet {budgetSheet}, which follows the ledger’s signs; the outcome was turned to the budget’s signs before the comparison.',
  },
  'check.join.outcomeTurned.cost': {
    sv: 'Utfallet på bladet {outcomeSheet} skriver kostnaderna med motsatt tecken mot budgeten på bladet {budgetSheet}, som följer huvudbokens tecken; utfallet har vänts till budgetens tecken innan de jämförs.',
    en: 'The outcome on the sheet {outcomeSheet} writes costs with the opposite sign to the budget on the sheet {budgetSheet}, which follows the ledger’s signs; the outcome was turned to the budget’s signs before the comparison.',
  },
  'check.join.outcomeTurned.all': {
    sv: 'Utfallet på bladet {outcomeSheet} skriver både intäkter och kostnader med motsatt tecken mot budgeten på bladet {budgetSheet}, som följer huvudbokens tecken; utfallet har vänts till budgetens tecken innan de jämförs.',
    en: 'The outcome on the sheet {outcomeSheet} writes both income and costs with the opposite sign to the budget on the sheet {budgetSheet}, which follows the ledger’s signs; the outcome was turned to the budget’s signs before the comparison.',
  },
  'check.join.otherYearRows': {
    sv: '{count} rader på bladet {outcomeSheet} (rad {rows}) är daterade {years}, inte budgetens år på bladet {budgetSheet}; de ingår inte i utfallet.',
    en: '{count} rows on the sheet {outcomeSheet} (rows {rows}) are dated {years}, not the year of the budget on the sheet {budgetSheet}; they are not part of the outcome.',
  },
  'check.join.balanceAccounts': {
    sv: '{count} rader på bladet {outcomeSheet} (rad {rows}) står på balanskonton (klass 1–2); budgeten på bladet {budgetSheet} har bara resultatkonton, så de ingår inte i jämförelsen.',
    en: '{count} rows on the sheet {outcomeSheet} (rows {rows}) are on balance accounts (classes 1–2); the budget on the sheet {budgetSheet} has result accounts only, so they are not compared.',
  },
  'check.join.notPlaced': {
    sv: '{key} {line} finns inte i tabellen på bladet {mapSheet} ({group}); den står under ”Ej placerade” och räknas med i totalen.',
    en: '{key} {line} is not in the table on the sheet {mapSheet} ({group}); it is listed under “Not placed” and counts in the total.',
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
  'check.besideNotAdded': {
    sv: '{line}: raden summerar tabellerna som står bredvid varandra ovanför, men de går inte att lägga ihop (en saknar budget eller utfall, eller de skriver tecknen på olika sätt); den kontrolleras inte.',
    en: '{line}: the row adds up the tables side by side above it, but they cannot be added together (one lacks a budget or an outcome, or they write their signs differently); it is not checked.',
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
  'settings.mapping.noSuchSheet': {
    sv: 'Inställningen gäller bladet ”{sheet}”, som inte finns i arbetsboken; raden används inte. Skriv bladets namn som det står på fliken.',
    en: 'The setting is for the sheet “{sheet}”, which is not in the workbook; the row is not used. Write the sheet’s name as its tab shows it.',
  },
  'settings.mapping.noSuchColumn': {
    sv: 'Kolumnen ”{column}” finns inte på bladet {sheet} (skriv en kolumnbokstav med innehåll, t.ex. C); raden används inte.',
    en: 'The column “{column}” is not on the sheet {sheet} (write the letter of a column that has content, e.g. C); the row is not used.',
  },
  'settings.mapping.badRole': {
    sv: 'Rollen ”{text}” för kolumn {column} på bladet {sheet} är okänd; skriv t.ex. Budget, Utfall, Prognos, Avvikelse, Föregående år, Rad, Kod, Målområde, Dimension, Nyckel eller Ignorera.',
    en: 'The role “{text}” of column {column} on the sheet {sheet} is not known; write e.g. Budget, Actual, Forecast, Deviation, Prior year, Line, Code, Goal area, Dimension, Key or Ignore.',
  },
  'settings.mapping.roleTwice': {
    sv: 'Rollen ”{role}” ges både kolumn {first} och kolumn {column} på bladet {sheet}; den första gäller. Ta bort den ena raden.',
    en: 'The role “{role}” is given to both column {first} and column {column} on the sheet {sheet}; the first holds. Remove one of the rows.',
  },
  'settings.mapping.badHeaderRow': {
    sv: 'Rubrikraden ”{text}” för bladet {sheet} är inget radnummer på bladet; rubrikraden hittas som vanligt.',
    en: 'The header row “{text}” for the sheet {sheet} is not a row number on the sheet; the header row is found as usual.',
  },
  'settings.mapping.badUnit': {
    sv: 'Enheten ”{text}” för bladet {sheet} är okänd; skriv kr, tkr eller mnkr.',
    en: 'The unit “{text}” for the sheet {sheet} is not known; write kr, tkr or mnkr.',
  },
  'settings.mapping.badConvention': {
    sv: 'Teckenkonventionen ”{text}” för bladet {sheet} är okänd; skriv Med tecken, Utan tecken eller Huvudbok.',
    en: 'The sign convention “{text}” for the sheet {sheet} is not known; write Signed, Unsigned or Ledger.',
  },
  'settings.badNumber': {
    sv: 'Inställningen ”{key}” har värdet ”{text}”, som inte är ett tal ≥ 0; standardvärdet används.',
    en: 'The setting “{key}” has the value “{text}”, which is not a number ≥ 0; the default is used.',
  },
  'cli.usage': {
    sv: "Användning: avstamning <arbetsbok.xlsx> [val …]\nLäser budget och utfall i arbetsboken och skriver avvikelser, kontroller, avgifter, fakturor och finansiella mål.\n\nVal:\n  --out <ut.xlsx>                  arbetsboken med de skapade bladen (indatafilen skrivs aldrig)\n  --json <fil eller ->             resultatet som JSON; - är standard ut\n  --invoices-csv <fil eller ->     fakturaraderna som CSV; - är standard ut\n  --lang sv|en                     språk för blad och meddelanden (annars sv, eller AVSTAMNING_LANG)\n  --amount-threshold <kr>          flagga avvikelser från detta belopp (100000 om inget anges)\n  --percent-threshold <%>          … och från denna procent (5 om inget anges)\n  --map '<blad>!<kolumn>=<roll>'   vad en kolumn är, t.ex. 'Drift!C=Utfall'; kan ges en gång per kolumn\n  --header-row '<blad>=<rad>'      tabellens rubrikrad, t.ex. 'Drift=4'\n  --unit '<blad>=kr|tkr|mnkr'      tabellens enhet\n  --convention '<blad>=<tecken>'   signed (kostnader negativa), unsigned (allt positivt) eller ledger (intäkter negativa)\n  --help, -h                       den här hjälpen\n  --version, -v                    versionen\nRoller: Budget, Periodiserad budget, Utfall, Prognos, Avvikelse, Föregående år, Rad, Kod, Målområde, Dimension, Nyckel, Typ, Kommentar, Medlem, Invånare, Ignorera.\nBlad- och kolumnval sparas på bladet Avstämning inställningar i --out, så att nästa körning använder dem.\n\nSlutkod: 0 körningen gick (även med varningar), 1 arbetsboken går inte att använda eller en utfil går inte att skriva, 2 fel på kommandoraden.\n\nExempel:\n  avstamning budget.xlsx --out budget-avstamning.xlsx --json resultat.json\n  avstamning uppfoljning.xlsx --map 'Uppföljning!B=Budget' --map 'Uppföljning!C=Utfall' --unit 'Uppföljning=tkr' --json -",
    en: "Usage: avstamning <workbook.xlsx> [option …]\nReads the budget and outcome in the workbook and writes deviations, checks, fees, invoices and financial goals.\n\nOptions:\n  --out <out.xlsx>                 the workbook with the generated sheets (the input file is never written)\n  --json <file or ->               the results as JSON; - is standard output\n  --invoices-csv <file or ->       the invoice rows as CSV; - is standard output\n  --lang sv|en                     language of sheets and messages (else sv, or AVSTAMNING_LANG)\n  --amount-threshold <kr>          flag deviations from this amount (100000 unless given)\n  --percent-threshold <%>          … and from this percentage (5 unless given)\n  --map '<sheet>!<col>=<role>'     what a column is, e.g. 'Drift!C=Actual'; may be given once per column\n  --header-row '<sheet>=<row>'     the table’s header row, e.g. 'Drift=4'\n  --unit '<sheet>=kr|tkr|mnkr'     the table’s unit\n  --convention '<sheet>=<signs>'   signed (costs negative), unsigned (all positive) or ledger (income negative)\n  --help, -h                       this help\n  --version, -v                    the version\nRoles: Budget, Period budget, Actual, Forecast, Deviation, Prior year, Line, Code, Goal area, Dimension, Key, Type, Comment, Member, Population, Ignore.\nSheet and column choices are kept on the sheet Avstämning settings in --out, so the next run uses them.\n\nExit code: 0 it ran (even with warnings), 1 the workbook cannot be used or an output cannot be written, 2 a usage error.\n\nExamples:\n  avstamning budget.xlsx --out budget-avstamning.xlsx --json results.json\n  avstamning follow-up.xlsx --map 'Uppföljning!B=Budget' --map 'Uppföljning!C=Actual' --unit 'Uppföljning=tkr' --json -",
  },
  'cli.seeHelp': { sv: 'Alla val: avstamning --help', en: 'Every option: avstamning --help' },
  'cli.unknownOption': { sv: 'Okänt val: {option}', en: 'Unknown option: {option}' },
  'cli.missingValue': { sv: 'Valet {option} behöver ett värde.', en: 'The option {option} needs a value.' },
  'cli.emptyValue': {
    sv: 'Valet {option} har ett tomt värde; ange ett värde, t.ex. ett filnamn.',
    en: 'The option {option} has an empty value; give a value, such as a file name.',
  },
  'cli.duplicateOption': { sv: 'Valet {option} är angivet två gånger; ange det en gång.', en: 'The option {option} is given twice; give it once.' },
  'cli.badValue': { sv: 'Ogiltigt värde för {option}: ”{value}”. {expected}', en: 'Invalid value for {option}: “{value}”. {expected}' },
  'cli.unknownSheet': {
    sv: 'Valet {option} nämner bladet ”{sheet}”, som inte finns i arbetsboken. Bladen heter: {sheets}.',
    en: 'The option {option} names the sheet “{sheet}”, which the workbook does not have. Its sheets are: {sheets}.',
  },
  'cli.sheetOptionTwice': {
    sv: 'Valet {option} är angivet två gånger för bladet {sheet}; ange det en gång per blad.',
    en: 'The option {option} is given twice for the sheet {sheet}; give it once per sheet.',
  },
  'cli.unknownRow': {
    sv: 'Valet {option} nämner rad {row} på bladet {sheet}, som bara har {rows} rader.',
    en: 'The option {option} names row {row} of the sheet {sheet}, which has only {rows} rows.',
  },
  'cli.unknownColumn': {
    sv: 'Valet {option} nämner kolumn {column} på bladet {sheet}, som inte finns där; bladets sista kolumn med innehåll är {last}.',
    en: 'The option {option} names column {column} of the sheet {sheet}, which is not there; the sheet’s last column with content is {last}.',
  },
  'cli.columnTwice': {
    sv: 'Valet {option} ger kolumn {column} på bladet {sheet} två gånger; ange varje kolumn en gång.',
    en: 'The option {option} gives column {column} of the sheet {sheet} twice; give each column once.',
  },
  'cli.roleTwice': {
    sv: 'Valet {option} ger rollen {role} både kolumn {first} och kolumn {column} på bladet {sheet}; ett blad har en kolumn med den rollen.',
    en: 'The option {option} gives the role {role} to both column {first} and column {column} of the sheet {sheet}; a sheet has one column with that role.',
  },
  'cli.fileNotFound': { sv: 'Filen {file} finns inte.', en: 'The file {file} does not exist.' },
  'cli.unexpected': {
    sv: 'Avstämning stötte på ett oväntat fel ({detail}). Din arbetsbok har inte ändrats och inga utfiler skrevs över.',
    en: 'Avstämning met an unexpected error ({detail}). Your workbook has not been changed and no output file was replaced.',
  },
  'cli.sameAsInput': {
    sv: '{option} {file} är samma fil som arbetsboken som läses (samma sökväg, en länk eller samma namn med annat skiftläge); din arbetsbok skrivs aldrig över. Välj ett annat filnamn.',
    en: '{option} {file} is the same file as the workbook being read (the same path, a link, or the same name in another letter case); your workbook is never overwritten. Choose another file name.',
  },
  'cli.sameOutput': {
    sv: '{first} och {second} pekar på samma fil; ge dem olika filnamn.',
    en: '{first} and {second} point to the same file; give them different names.',
  },
  'cli.bothStdout': {
    sv: 'Bara en av --json och --invoices-csv kan skrivas till standard ut (-); ge den andra ett filnamn.',
    en: 'Only one of --json and --invoices-csv can go to standard output (-); give the other a file name.',
  },
  'cli.outStdout': {
    sv: 'Arbetsboken kan inte skrivas till standard ut; ange ett filnamn för --out.',
    en: 'The workbook cannot be written to standard output; give --out a file name.',
  },
  'cli.outputNotFile': {
    sv: '{file} finns men är ingen vanlig fil (t.ex. en enhet eller en namngiven pipe); ange en vanlig fil, eller - för standard ut där det går.',
    en: '{file} exists but is not a regular file (a device or a named pipe, say); give a regular file, or - for standard output where allowed.',
  },
  'cli.outputNoSpace': {
    sv: 'Det finns inte plats på disken för {file}. Ingen tidigare fil skrevs över; frigör utrymme eller välj en annan plats.',
    en: 'There is no space left on the disk for {file}. No earlier file was replaced; free some space or choose another place.',
  },
  'cli.outputNoPermission': {
    sv: 'Behörighet saknas för att skriva {file}. Ingen tidigare fil skrevs över; välj en mapp du får skriva i.',
    en: 'There is no permission to write {file}. No earlier file was replaced; choose a folder you may write to.',
  },
  'cli.outputIsDirectory': { sv: '{file} är en mapp; ange ett filnamn att skriva till.', en: '{file} is a folder; give a file name to write to.' },
  'cli.outputNoFolder': {
    sv: 'Mappen för {file} finns inte och kunde inte skapas (en del av sökvägen är kanske en fil).',
    en: 'The folder for {file} does not exist and could not be created (part of the path may be a file).',
  },
  'cli.outputFailed': {
    sv: '{file} kunde inte skrivas (systemfelet {code}). Ingen tidigare fil skrevs över.',
    en: '{file} could not be written (system error {code}). No earlier file was replaced.',
  },
  'cli.noInvoices': {
    sv: 'Inga fakturor att exportera: arbetsboken har ingen medlemstabell med avgifter.',
    en: 'No invoices to export: the workbook has no members table with fees.',
  },
  'cli.wrote': { sv: 'Skrev {file}', en: 'Wrote {file}' },
  'file.xls': {
    sv: 'Filen {file} är en äldre Excel-arbetsbok i binärformat (.xls). Avstämning läser .xlsx: öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx).',
    en: 'The file {file} is an older Excel workbook in the binary format (.xls). Avstämning reads .xlsx: open the file in Excel and save it as an Excel Workbook (.xlsx).',
  },
  'file.encrypted': {
    sv: 'Filen {file} är lösenordsskyddad (krypterad) och kan inte läsas utan lösenordet. Öppna den i Excel och spara en kopia utan lösenord (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm fältet).',
    en: 'The file {file} is password-protected (encrypted) and cannot be read without the password. Open it in Excel and save a copy without a password (File → Info → Protect Workbook → Encrypt with Password, clear the box).',
  },
  'file.ods': {
    sv: 'Filen {file} är ett OpenDocument-kalkylark (.ods). Öppna den i LibreOffice Calc eller Excel och spara den som Excel-arbetsbok (.xlsx).',
    en: 'The file {file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx).',
  },
  'file.csv': {
    sv: 'Filen {file} är en textfil (t.ex. CSV), ingen Excel-arbetsbok. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).',
    en: 'The file {file} is a text file (CSV, say), not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).',
  },
  'file.notWorkbook': {
    sv: 'Filen {file} är ett zip-arkiv men ingen Excel-arbetsbok (den saknar arbetsboksdelen). Kontrollera att rätt fil är vald.',
    en: 'The file {file} is a zip archive but not an Excel workbook (it has no workbook part). Check that the right file is chosen.',
  },
  'file.unknown': {
    sv: 'Filen {file} är ingen Excel-arbetsbok (.xlsx): den är varken ett zip-arkiv eller ett känt kalkylbladsformat. Kontrollera att rätt fil är vald.',
    en: 'The file {file} is not an Excel workbook (.xlsx): it is neither a zip archive nor a known spreadsheet format. Check that the right file is chosen.',
  },
  'file.empty': {
    sv: 'Filen {file} är tom (0 byte). Den har kanske inte sparats klart; spara arbetsboken igen i Excel.',
    en: 'The file {file} is empty (0 bytes). It may not have been saved completely; save the workbook again in Excel.',
  },
  'file.damaged': {
    sv: 'Filen {file} är skadad: zip-arkivet som en .xlsx-fil består av går inte att läsa. Öppna den i Excel, som kan försöka reparera den, och spara den igen.',
    en: 'The file {file} is damaged: the zip archive an .xlsx file consists of cannot be read. Open it in Excel, which may repair it, and save it again.',
  },
  'file.damagedPart': {
    sv: 'Delen {part} i {file} är skadad (den går inte att packa upp, eller dess kontrollsumma stämmer inte). Öppna arbetsboken i Excel, som kan försöka reparera den, och spara den igen.',
    en: 'The part {part} of {file} is damaged (it cannot be unpacked, or its checksum does not match). Open the workbook in Excel, which may repair it, and save it again.',
  },
  'file.zip64': {
    sv: 'Filen {file} använder zip64, formatet för mycket stora arkiv, som Avstämning inte läser. Dela upp arbetsboken, eller ta bort data som inte behövs.',
    en: 'The file {file} uses zip64, the format for very large archives, which Avstämning does not read. Split the workbook, or remove data it does not need.',
  },
  'file.tooLarge': {
    sv: 'Filen {file} är {size}; Avstämning läser arbetsböcker upp till {limit}. Dela upp arbetsboken, eller ta bort data som inte behövs.',
    en: 'The file {file} is {size}; Avstämning reads workbooks up to {limit}. Split the workbook, or remove data it does not need.',
  },
  'file.partDeclaredTooLarge': {
    sv: 'Delen {part} i {file} skulle enligt zip-arkivet packas upp till {size}, mer än gränsen {limit} per del. Den packades inte upp: så stora delar finns inte i vanliga arbetsböcker, och det kan vara en zip-bomb.',
    en: 'The part {part} of {file} would unpack to {size} by the zip archive’s own account, more than the limit of {limit} per part. It was not unpacked: ordinary workbooks have no such parts, and it may be a zip bomb.',
  },
  'file.partInflatedTooLarge': {
    sv: 'Delen {part} i {file} blev större än de {declared} som zip-arkivet uppgav för den när den packades upp, så uppackningen avbröts: filen är skadad eller en zip-bomb.',
    en: 'The part {part} of {file} grew beyond the {declared} the zip archive gave for it while being unpacked, so unpacking was stopped: the file is damaged or a zip bomb.',
  },
  'file.totalTooLarge': {
    sv: 'Delarna som behövs ur {file} blir tillsammans mer än {limit} uppackade; läsningen avbröts vid delen {part}. Dela upp arbetsboken.',
    en: 'The parts needed from {file} unpack to more than {limit} together; reading stopped at the part {part}. Split the workbook.',
  },
  'file.unsupportedCompression': {
    sv: 'Delen {part} i {file} är komprimerad med en metod som .xlsx-filer inte använder. Spara arbetsboken igen i Excel.',
    en: 'The part {part} of {file} is compressed with a method .xlsx files do not use. Save the workbook again in Excel.',
  },
  'file.dtd': {
    sv: 'Delen {part} i {file} har en dokumenttypsdeklaration (DTD), vilket Excel aldrig skriver. Den läses inte, eftersom en sådan kan hämta andra filer eller växa till enorma mängder text.',
    en: 'The part {part} of {file} has a document type declaration (DTD), which Excel never writes. It is not read, since one can fetch other files or expand to enormous amounts of text.',
  },
  'file.badXml': {
    sv: 'Delen {part} i {file} är inte giltig XML, så arbetsboken är skadad. Öppna den i Excel, som kan försöka reparera den, och spara den igen.',
    en: 'The part {part} of {file} is not well-formed XML, so the workbook is damaged. Open it in Excel, which may repair it, and save it again.',
  },
  'file.missingPart': {
    sv: 'Bladet ”{sheet}” i {file} pekar på delen {part}, som saknas eller inte är ett kalkylblad; arbetsboken är skadad. Öppna den i Excel och spara den igen.',
    en: 'The sheet “{sheet}” of {file} points to the part {part}, which is missing or not a worksheet; the workbook is damaged. Open it in Excel and save it again.',
  },
  'file.notRegular': {
    sv: '{file} är ingen vanlig fil (utan t.ex. en enhet, en namngiven pipe eller en socket) och läses inte. Ange en sparad .xlsx-fil.',
    en: '{file} is not a regular file (a device, a named pipe or a socket, say) and is not read. Give a saved .xlsx file.',
  },
  'file.isDirectory': {
    sv: '{file} är en mapp, ingen fil. Ange arbetsbokens fil (.xlsx).',
    en: '{file} is a folder, not a file. Give the workbook’s file (.xlsx).',
  },
  'file.noPermission': {
    sv: 'Filen {file} kan inte läsas: behörighet saknas. Kontrollera filens rättigheter, eller kopiera den till en mapp du kan läsa.',
    en: 'The file {file} cannot be read: permission is denied. Check the file’s permissions, or copy it to a folder you can read.',
  },
  'file.macrosToXlsx': {
    sv: 'Arbetsboken har makron (VBA), som en .xlsx-fil inte kan innehålla: {out} skulle inte gå att öppna eller förlora dem. Skriv utfilen som .xlsm, så följer makrona med.',
    en: 'The workbook has macros (VBA), which an .xlsx file cannot hold: {out} would not open or would lose them. Write the output as .xlsm, and the macros come along.',
  },
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
  'goals.noValue': {
    sv: '{label} har inget värde för {year} ({cell}); skriv beloppet där.',
    en: '{label} has no value for {year} ({cell}); write the amount there.',
  },
  'goals.unreadable': {
    sv: '{label} för {year} går inte att läsa ({cell}); ett belopp väntades, t.ex. 1 234,50.',
    en: '{label} for {year} cannot be read ({cell}); an amount such as 1 234,50 was expected.',
  },
  'goals.noYear': {
    sv: '{label} har ingen kolumn för {year}; en kolumn med året i rubriken väntades.',
    en: '{label} has no column for {year}; a column with the year in its header was expected.',
  },
  'goals.syntax.empty': {
    sv: 'Nyckeltalet är tomt; skriv ett inbyggt nyckeltal (t.ex. Kassalikviditet) eller ett uttryck över radetiketter.',
    en: 'The metric is empty; write a built-in metric (e.g. Quick ratio) or an expression over row labels.',
  },
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
  'goals.verdictSaysMet': {
    sv: 'Målet ”{goal}” står som ”{said}” här, men {year} är det inte uppfyllt enligt räkenskaperna. Rätta bedömningen.',
    en: 'The goal “{goal}” is marked “{said}” here, but in {year} it is not met by the accounts. Correct the assessment.',
  },
  'goals.verdictSaysNotMet': {
    sv: 'Målet ”{goal}” står som ”{said}” här, men {year} är det uppfyllt enligt räkenskaperna. Rätta bedömningen.',
    en: 'The goal “{goal}” is marked “{said}” here, but in {year} it is met by the accounts. Correct the assessment.',
  },
  'goals.requirementTotal': {
    sv: 'Balanskravsutredningen {year}: {line} visar {found}, raderna ovanför ger {expected}.',
    en: 'Balance requirement {year}: {line} shows {found}, the rows above give {expected}.',
  },
  'goals.sentenceNotRead': {
    sv: '”{text}” står som ett finansiellt mål men bedöms inte: det nämner inget nyckeltal som Avstämning räknar (Budget i balans, Årets resultat, Balanskravsresultat, Eget kapital, Kassalikviditet, Balanslikviditet, Soliditet). Skriv det i en måltabell med en formel över raderna i balans- och resultaträkningen för att få det bedömt.',
    en: '“{text}” stands as a financial goal but is not judged: it names no metric Avstämning computes (Balanced budget, Result for the year, Balance requirement result, Equity, Quick ratio, Current ratio, Equity ratio). Write it in a goals table with a formula over the rows of the balance sheet and income statement to have it judged.',
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
  'fees.setAmountUnreadable': {
    sv: 'Det fasta beloppet för {member}, ”{text}”, går inte att läsa som ett belopp; skriv t.ex. 1 500 000 kr. Det läses inte som noll.',
    en: 'The set amount for {member}, "{text}", cannot be read as an amount; write e.g. 1 500 000 kr. It is not read as zero.',
  },
  'fees.parameterUnclear': {
    sv: '”{label}” börjar som parametern ”{name}” men fortsätter med ord som inte förstås, så {value} bredvid används inte och avgiften beräknas inte. Skriv parameterns namn ensamt (”{name}”) med värdet i cellen bredvid.',
    en: '“{label}” starts as the parameter “{name}” but goes on with words that are not understood, so {value} beside it is not used and the fee is not computed. Write the parameter’s name alone (“{name}”) with the value in the next cell.',
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
  'fees.badMonths': {
    sv: 'Antalet månader för {member} ({text}) är inte ett helt antal månader mellan 1 och 12 ({column}).',
    en: 'The number of months for {member} ({text}) is not a whole number of months from 1 to 12 ({column}).',
  },
  'fees.monthsNotPerCapita': {
    sv: '{member} är medlem {months} månader av året, men {charge} beräknas inte per invånare; en del av året räknas bara om för en avgift per invånare. Ingen avgift beräknas för {member}; ange avgiften för den del av året medlemmen betalar.',
    en: '{member} is a member for {months} months of the year, but {charge} is not computed per inhabitant; part of a year is only prorated for a fee per inhabitant. No fee is computed for {member}; state the fee for the part of the year the member pays.',
  },
  'fees.memberDateNoFeeYear': {
    sv: '{member} har {column} {date}, men arbetsboken anger inget avgiftsår att placera datumet i; ingen avgift beräknas för {member}. Ange Avgiftsår i parametertabellen.',
    en: '{member} has {column} {date}, but the workbook states no fee year to place the date in; no fee is computed for {member}. State the Fee year in the parameter table.',
  },
  'fees.memberDateOutsideYear': {
    sv: '{column} {date} för {member} ligger utanför avgiftsåret {year}, så medlemmen är inte medlem någon månad av {year}; ingen avgift beräknas. Rätta datumet, eller ta bort raden om medlemmen inte ska betala för {year}.',
    en: '{column} {date} of {member} lies outside the fee year {year}, so it is a member no month of {year}; no fee is computed. Correct the date, or remove the row if the member is not to pay for {year}.',
  },
  'fees.memberFromMidMonth': {
    sv: 'Avgiften räknas i hela månader, men {column} {date} för {member} är inte den första dagen i en månad: det går inte att veta om den månaden ska betalas. Ingen avgift beräknas för {member}; skriv den första dagen i den första månad medlemmen betalar för (t.ex. 2026-04-01).',
    en: 'The fee is reckoned in whole months, but {column} {date} of {member} is not the first day of a month: whether that month is paid cannot be told. No fee is computed for {member}; write the first day of the first month the member pays for (e.g. 2026-04-01).',
  },
  'fees.memberUntilMidMonth': {
    sv: 'Avgiften räknas i hela månader, men {column} {date} för {member} är varken den sista dagen i en månad eller den första efter: det går inte att veta om den månaden ska betalas. Ingen avgift beräknas för {member}; skriv den sista dagen i den sista månad medlemmen betalar för (t.ex. 2026-06-30).',
    en: 'The fee is reckoned in whole months, but {column} {date} of {member} is neither the last day of a month nor the first after one: whether that month is paid cannot be told. No fee is computed for {member}; write the last day of the last month the member pays for (e.g. 2026-06-30).',
  },
  'fees.memberDatesReversed': {
    sv: '{member} slutar vara medlem ({column} {until}) innan medlemskapet börjar ({from}, {first}); ingen avgift beräknas för {member} förrän datumen rättats.',
    en: '{member} stops being a member ({column} {until}) before its membership starts ({from}, {first}); no fee is computed for {member} until the dates are corrected.',
  },
  'fees.monthsDisagreeWithDates': {
    sv: 'Antal månader för {member} är {months} ({column}), men datumen i {dates} ger {dateMonths} månader av avgiftsåret; ingen avgift beräknas för {member} förrän de stämmer med varandra.',
    en: 'The number of months for {member} is {months} ({column}), but the dates in {dates} give {dateMonths} months of the fee year; no fee is computed for {member} until they agree.',
  },
  'fees.basisFloor': {
    sv: '→ lägsta avgift {amount}',
    en: '→ minimum fee {amount}',
  },
  'fees.basisCap': {
    sv: '→ högsta avgift {amount}',
    en: '→ maximum fee {amount}',
  },
  'fees.limitNeedsRate': {
    sv: '”{key}” anges för ett belopp som fördelas, men det står inte vem som bär skillnaden (de andra medlemmarna eller ett högre totalbelopp); ingen avgift beräknas. Skriv hur skillnaden fördelas, eller ange en avgift per invånare.',
    en: '“{key}” is given for an amount that is shared, but it is not stated who bears the difference (the other members or a larger total); no fee is computed. State how the difference is shared, or give a fee per inhabitant.',
  },
  'fees.basisMonths': {
    sv: '× {months}/12 månader ({range})',
    en: '× {months}/12 months ({range})',
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
  'fees.unitConflict': {
    sv: 'Enheten för {what} går inte att avgöra: {firstFrom} anger {firstUnit}, men {secondFrom} anger {secondUnit}. Med fel enhet blir beloppet fel med en faktor tusen, så ingen avgift beräknas från det. Rätta den som är fel.',
    en: 'The unit of {what} cannot be told: {firstFrom} states {firstUnit}, but {secondFrom} states {secondUnit}. In the wrong unit the amount would be off by a factor of a thousand, so no fee is computed from it. Correct whichever is wrong.',
  },
  'fees.unitFrom.value': { sv: 'värdet ”{text}”', en: 'the value “{text}”' },
  'fees.unitFrom.label': { sv: 'namnet ”{text}”', en: 'the name “{text}”' },
  'fees.unitFrom.header': { sv: 'kolumnrubriken ”{text}” ({cell})', en: 'the column header “{text}” ({cell})' },
  'fees.unitFrom.title': { sv: 'rubriken ”{text}” ({cell})', en: 'the title “{text}” ({cell})' },
  'fees.unitFrom.sheet': { sv: 'bladnamnet ”{text}”', en: 'the sheet name “{text}”' },
  'fees.unitWhatParameter': { sv: 'parametern ”{key}”', en: 'the parameter “{key}”' },
  'fees.unitWhatColumn': { sv: 'kolumnen ”{column}”', en: 'the column “{column}”' },
  'fees.formatUnclear': {
    sv: 'Värdet {text} för ”{key}” har talformatet ”{format}”, som inte visar talet som det lagras, under enheten {unit}: vilken enhet cellen håller går inte att säga. Ingen avgift beräknas från det; ge cellen ett talformat utan komma i slutet eller ange den enhet som visas.',
    en: 'The value {text} of “{key}” has the number format “{format}”, which does not show the number as it is stored, under the unit {unit}: which unit the cell holds cannot be told. No fee is computed from it; give the cell a number format with no comma at its end or state the unit it shows.',
  },
  'fees.unitsApplied': {
    sv: 'Belopp i {unit} omräknade till kronor ({cells}).',
    en: 'Amounts in {unit} converted to kronor ({cells}).',
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
  'excel.readOnly': {
    sv: 'Arbetsboken är öppen skrivskyddad eller i visningsläge, så Avstämning kan inte skriva sina blad; inget har ändrats. Öppna den för redigering och kör igen.',
    en: 'The workbook is open read-only or in view mode, so Avstämning cannot write its sheets; nothing was changed. Open it for editing and run again.',
  },
  'excel.workbookProtected': {
    sv: 'Arbetsbokens struktur är skyddad, så Avstämning kan inte lägga till, byta namn på eller ta bort sina blad; inget har ändrats. Ta bort skyddet (Granska → Skydda arbetsbok) och kör igen.',
    en: 'The workbook structure is protected, so Avstämning cannot add, rename or remove its sheets; nothing was changed. Remove the protection (Review → Protect Workbook) and run again.',
  },
  'excel.sheetProtected': {
    sv: 'Bladet {sheet} är skyddat, så Avstämning kan inte skriva om det; inget har ändrats. Ta bort bladets skydd (Granska → Ta bort bladets skydd) och kör igen.',
    en: 'The sheet {sheet} is protected, so Avstämning cannot rewrite it; nothing was changed. Unprotect the sheet (Review → Unprotect Sheet) and run again.',
  },
  'excel.accessDenied': {
    sv: 'Excel nekade Avstämning att skriva (ett blad eller arbetsboken är skyddat eller skrivskyddat). Ta bort skyddet och kör igen.',
    en: 'Excel refused to let Avstämning write (a sheet or the workbook is protected or read-only). Remove the protection and run again.',
  },
  'excel.cellEdit': {
    sv: 'Excel redigerar en cell just nu. Tryck Retur eller Esc och kör igen.',
    en: 'Excel is editing a cell right now. Press Enter or Esc and run again.',
  },
  'excel.busy': {
    sv: 'Avstämning kör redan (i fönstret eller från menyfliksområdet). Vänta tills den körningen är klar och försök sedan igen.',
    en: 'Avstämning is already running (in the pane or from the ribbon). Wait until that run is done, then try again.',
  },
  'excel.needsPane': {
    sv: 'Arbetsboken är för stor för knappen i menyfliksområdet, som får arbeta i högst fem minuter; inget har skrivits. Öppna Avstämning (Start → Öppna Avstämning) och kör därifrån.',
    en: 'The workbook is too large for the ribbon button, which may work for five minutes at most; nothing was written. Open Avstämning (Home → Open Avstämning) and run it from there.',
  },
  'excel.payload': {
    sv: 'Excel på webben tog inte emot en så stor begäran (gränsen är 5 MB); inget mer skrevs. Kör i Excel för skrivbordet, eller dela upp arbetsboken.',
    en: 'Excel on the web refused a request that large (the limit is 5 MB); nothing more was written. Run in Excel on the desktop, or split the workbook.',
  },
  'excel.failed': {
    sv: 'Excel avbröt körningen med felkoden {code}. Försök igen; kvarstår felet, skicka felkoden till den som förvaltar Avstämning.',
    en: 'Excel stopped the run with the error code {code}. Try again; if it persists, send the error code to whoever maintains Avstämning.',
  },
  'excel.unexpected': {
    sv: 'Något oväntat gick fel i Avstämning: {message}',
    en: 'Something unexpected went wrong in Avstämning: {message}',
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

/**
 * A figure with decimals the core puts in a message (`99.9`, a share in percent): written with the reader's decimal
 * sign, `99,9` in Swedish and `99.9` in English. A plain string would show the point in a Swedish sentence.
 */
export interface DecimalParam {
  decimal: string;
}

export type MessageParam = string | number | MessageRef | DecimalParam;
export type MessageParams = Record<string, MessageParam>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** A parameter as text: a nested message is written in the same language. */
export function formatParam(param: MessageParam, lang: Lang): string {
  if (typeof param !== 'object') return String(param);
  if ('decimal' in param) return lang === 'sv' ? param.decimal.replace('.', ',').replace(/^-/, '\u2212') : param.decimal;
  return formatMessage(param.key, lang, param.params);
}

export function formatMessage(key: string, lang: Lang, params: MessageParams = {}): string {
  const template: string = isMessageKey(key) ? MESSAGES[key][lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? formatParam(params[name], lang) : whole));
}
