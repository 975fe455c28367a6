/**
 * Statements: driftredovisning and resultaträkning as kommunalförbund and samordningsförbund print them, with
 * Swedish subtotals (Verksamhetens intäkter/kostnader/nettokostnad, Finansnetto, Resultat före …, Årets resultat,
 * Beräknat resultat), labels in the second column behind a note column, signed and unsigned.
 */
import { Built, Fixture, BAS_SAMORDNING } from './names';
import { FMT, Line, Rng, SPACES, addr, expectTable, inUnit, newWorkbook, put, putRow, swedishText, widths, freeze } from './kit';
import { SRow, kr, tkr, writeStatement } from './statement-kit';
import { ExpectedCheck } from './expected';

function driftredovisningSigned(): Built {
  const wb = newWorkbook('Räddningstjänstförbundet Mälardal');
  const ws = wb.addWorksheet('Driftredovisning');
  put(ws, 'A1', 'Räddningstjänstförbundet Mälardal', { bold: true, size: 13 });
  put(ws, 'A2', 'Driftredovisning 2024 (tkr)', { bold: true });
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Not', 'Tkr', 'Budget 2024', 'Utfall 2024', 'Avvikelse', 'Utfall 2023'], { bold: true, border: 'bottom' });
  const item = (id: string, label: string, side: 'income' | 'cost', b: number, o: number, p: number, note?: string): SRow => ({
    kind: 'item',
    id,
    label,
    side,
    note,
    v: { budget: tkr(b), outcome: tkr(o), prior: tkr(p) },
  });
  const rows: SRow[] = [
    item('mb', 'Medlemsbidrag', 'income', 79_100, 79_100, 75_320, '1'),
    item('av', 'Avgifter och ersättningar', 'income', 4_200, 4_918, 4_102),
    item('sb', 'Statsbidrag', 'income', 1_150, 1_384, 1_090),
    item('oi', 'Övriga intäkter', 'income', 300, 512, 287),
    {
      kind: 'total',
      id: 'vi',
      label: 'Verksamhetens intäkter',
      side: 'income',
      covers: [
        ['mb', 1],
        ['av', 1],
        ['sb', 1],
        ['oi', 1],
      ],
    },
    item('pk', 'Personalkostnader', 'cost', -58_900, -60_214, -56_877, '2'),
    item('lk', 'Lokalkostnader', 'cost', -9_850, -9_791, -9_604),
    { ...item('fm', 'Fordon och materiel', 'cost', -6_300, -7_128, -6_045), printed: { dev: tkr(-882) } },
    item('ok', 'Övriga verksamhetskostnader', 'cost', -5_950, -5_412, -5_830),
    {
      kind: 'total',
      id: 'vk',
      label: 'Verksamhetens kostnader',
      side: 'cost',
      covers: [
        ['pk', 1],
        ['lk', 1],
        ['fm', 1],
        ['ok', 1],
      ],
    },
    item('avs', 'Avskrivningar', 'cost', -3_400, -3_287, -3_155, '3'),
    {
      kind: 'total',
      id: 'vnk',
      label: 'Verksamhetens nettokostnad',
      side: 'income',
      covers: [
        ['vi', 1],
        ['vk', 1],
        ['avs', 1],
      ],
    },
    { kind: 'blank' },
    item('fi', 'Finansiella intäkter', 'income', 80, 146, 62, '4'),
    item('fk', 'Finansiella kostnader', 'cost', -260, -203, -244, '5'),
    {
      kind: 'total',
      id: 'fn',
      label: 'Finansnetto',
      side: 'income',
      covers: [
        ['fi', 1],
        ['fk', 1],
      ],
    },
    {
      kind: 'total',
      id: 'rfe',
      label: 'Resultat före extraordinära poster',
      side: 'income',
      covers: [
        ['vnk', 1],
        ['fn', 1],
      ],
    },
    { kind: 'total', id: 'ar', label: 'Årets resultat', side: 'income', covers: [['rfe', 1]], style: { bold: true, border: 'topBottom' } },
  ];
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'tkr', convention: 'signed', labelCol: 'B', noteCol: 'A', cols: { budget: 'C', outcome: 'D', dev: 'E', prior: 'F' } },
    rows,
  );
  widths(ws, { A: 5, B: 36, C: 13, D: 13, E: 12, F: 13 });
  // The economist's own note on the cell, as Excel keeps it: it must survive and is not a value.
  ws.getCell(`D${res.rows.get('fm')}`).note = 'Två nya släckbilar levererades i mars, leasingavgift från april.';
  const t = expectTable({
    sheet: 'Driftredovisning',
    headerRow,
    unit: 'tkr',
    convention: 'signed',
    deviations: true,
    columns: { line: 'B', budget: 'C', outcome: 'D', deviation: 'E', priorYear: 'F' },
    lines: res.lines,
  });
  const fmRow = res.rows.get('fm')!;
  return {
    wb,
    tables: [t],
    expected: {
      family: 'statement',
      source: "the driftredovisning page of a räddningstjänstförbund's årsredovisning, kept in Excel",
      tests: 'note column A with labels in B, signed tkr, statement subtotals as totals, nettokostnad over two subtotals and an item, prior year',
      description:
        'A signed statement in tkr (unit from the title "(tkr)" and the "Tkr" corner header): income positive, costs negative, deviation = Utfall − Budget. Column A holds note numbers, the labels stand in column B for items and totals alike. ' +
        'Verksamhetens intäkter, Verksamhetens kostnader, Verksamhetens nettokostnad (= the two subtotals + Avskrivningar), Finansnetto, Resultat före extraordinära poster and Årets resultat are totals, never lines; all foot. The 11 items are the lines. ' +
        `"Utfall 2023" is the prior year, not the outcome. The reported deviation of Fordon och materiel (${addr(fmRow, 5)}) reads −882 where Utfall − Budget is −828: a reported-deviation mismatch.`,
      tables: [t.table],
      checks: [{ kind: 'reported-deviation', sheet: 'Driftredovisning', cell: addr(fmRow, 5), why: 'printed −882 tkr, recomputed −828 tkr' }],
    },
  };
}

function resultatrakningUnsigned(): Built {
  const wb = newWorkbook('Samarbetskommittén');
  const ws = wb.addWorksheet('Resultat 2024');
  put(ws, 'B1', 'Samarbetskommittén Norra Mälardalen', { bold: true, size: 13 });
  put(ws, 'B2', 'Resultaträkning 2024');
  put(ws, 'B3', 'Belopp i kronor', { italic: true });
  const headerRow = 5;
  putRow(ws, headerRow, 2, ['Post', 'Budget 2024', 'Utfall 2024', 'Avvikelse'], { bold: true, border: 'bottom' });
  const inc = (id: string, label: string, b: number, o: number): SRow => ({ kind: 'item', id, label, side: 'income', v: { budget: kr(b), outcome: kr(o) } });
  const cost = (id: string, label: string, b: number, o: number): SRow => ({ kind: 'item', id, label, side: 'cost', v: { budget: kr(b), outcome: kr(o) } });
  const rows: SRow[] = [
    { kind: 'header', label: 'Intäkter' },
    inc('i1', 'Medlemsavgifter kommuner', 2_150_000, 2_150_000),
    inc('i2', 'Bidrag Länsstyrelsen', 300_000, 285_000),
    inc('i3', 'Projektintäkter Vinnova', 450_000, 512_337.5),
    inc('i4', 'Övriga intäkter', 0, 4_210),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa intäkter',
      side: 'income',
      covers: [
        ['i1', 1],
        ['i2', 1],
        ['i3', 1],
        ['i4', 1],
      ],
    },
    { kind: 'blank' },
    { kind: 'header', label: 'Kostnader' },
    { ...cost('k1', 'Personalkostnader', 1_620_000, 1_587_214.35), asText: { budget: swedishText(kr(1_620_000), 'kr', { space: SPACES.NBSP }) } },
    cost('k2', 'Konsulttjänster', 540_000, 611_980),
    cost('k3', 'Lokaler och kontor', 240_000, 236_400),
    cost('k4', 'Resor och möten', 85_000, 61_233.8),
    cost('k5', 'Rådslag och konferenser', 120_000, 106_791),
    cost('k6', 'Övriga kostnader', 95_000, 102_448.15),
    {
      kind: 'total',
      id: 'sk',
      label: 'Summa kostnader',
      side: 'cost',
      covers: [
        ['k1', 1],
        ['k2', 1],
        ['k3', 1],
        ['k4', 1],
        ['k5', 1],
        ['k6', 1],
      ],
    },
    { kind: 'blank' },
    {
      kind: 'total',
      id: 'res',
      label: 'Resultat',
      side: 'income',
      covers: [
        ['i1', 1],
        ['i2', 1],
        ['i3', 1],
        ['i4', 1],
        ['k1', -1],
        ['k2', -1],
        ['k3', -1],
        ['k4', -1],
        ['k5', -1],
        ['k6', -1],
      ],
      style: { bold: true, border: 'topBottom' },
    },
  ];
  // A late correction of Konsulttjänster never reached the typed Summa kostnader: 1 000 kr short.
  const trueCosts = 1_620_000 + 611_980 + 236_400 + 61_233.8 + 106_791 + 102_448.15;
  rows[14].printed = { outcome: kr(trueCosts - 1_000), dev: kr(2_700_000 - (trueCosts - 1_000)) };
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'kr', convention: 'unsigned', labelCol: 'B', cols: { budget: 'C', outcome: 'D', dev: 'E' }, numFmt: FMT.dec2 },
    rows,
  );
  widths(ws, { A: 3, B: 34, C: 15, D: 15, E: 14 });
  const skRow = res.rows.get('sk')!;
  const t = expectTable({
    sheet: 'Resultat 2024',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
    lines: res.lines,
  });
  const checks: ExpectedCheck[] = [
    { kind: 'control-total', sheet: 'Resultat 2024', cell: addr(skRow, 4), why: 'Summa kostnader printed 1 000 kr below the sum of its items' },
  ];
  return {
    wb,
    tables: [t],
    expected: {
      family: 'statement',
      source: "a samarbetskommitté's resultaträkning typed by its economist (Södertörn-like)",
      tests: 'unsigned with Intäkter/Kostnader section headers, Summa rows, Resultat, öre, table from column B, a typed total 1 000 kr off',
      description:
        'All amounts positive (unsigned). Rows under the section header "Intäkter" are income (deviation = Utfall − Budget), rows under "Kostnader" are costs (deviation = Budget − Utfall). ' +
        'Summa intäkter, Summa kostnader and Resultat are totals; Resultat is income minus costs. The table has income and costs, so its total is the result (or, equally, the net cost). ' +
        `Summa kostnader's outcome (${addr(skRow, 4)}) is a typed number 1 000 kr below the sum of its six items: a control-total mismatch (more than rounding, since the items are in öre). ` +
        '"Övriga intäkter" has budget 0 and an outcome: a deviation of +4 210 kr and no percentage. The budget of Personalkostnader was pasted from the budget document as text "1 620 000" with no-break spaces: it reads as 1 620 000 kr, exactly.',
      tables: [t.table],
      checks,
    },
  };
}

function rrWithNotes(): Built {
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const ws = wb.addWorksheet('RR');
  put(ws, 'B1', 'Resultaträkning', { bold: true, size: 14 });
  put(ws, 'B2', 'Kommunalförbundet Sydarkiv');
  put(ws, 'B3', 'Belopp i tkr');
  const headerRow = 5;
  putRow(ws, headerRow, 3, ['Not', 'Utfall 2024', 'Budget 2024', 'Utfall 2023'], { bold: true, border: 'bottom', align: 'right' });
  const item = (id: string, label: string, side: 'income' | 'cost', o: number, b: number, p: number, note: string): SRow => ({
    kind: 'item',
    id,
    label,
    side,
    note,
    v: { budget: tkr(b), outcome: tkr(o), prior: tkr(p) },
  });
  const rows: SRow[] = [
    item('vi', 'Verksamhetens intäkter', 'income', 14_236, 13_900, 13_512, '2'),
    item('vk', 'Verksamhetens kostnader', 'cost', -13_104, -13_250, -12_688, '3'),
    item('av', 'Avskrivningar', 'cost', -512, -540, -498, '4'),
    {
      kind: 'total',
      id: 'vnk',
      label: 'Verksamhetens nettokostnad',
      side: 'income',
      covers: [
        ['vi', 1],
        ['vk', 1],
        ['av', 1],
      ],
    },
    { kind: 'blank' },
    item('fi', 'Finansiella intäkter', 'income', 38, 20, 11, '5'),
    item('fk', 'Finansiella kostnader', 'cost', -9, -15, -12, '6'),
    {
      kind: 'total',
      id: 'ref',
      label: 'Resultat efter finansiella poster',
      side: 'income',
      covers: [
        ['vnk', 1],
        ['fi', 1],
        ['fk', 1],
      ],
    },
    { kind: 'blank' },
    { kind: 'total', id: 'ar', label: 'Årets resultat', side: 'income', covers: [['ref', 1]], style: { bold: true, border: 'topBottom' } },
  ];
  const res = writeStatement(
    {
      ws,
      firstRow: headerRow + 1,
      unit: 'tkr',
      convention: 'signed',
      labelCol: 'B',
      noteCol: 'C',
      cols: { outcome: 'D', budget: 'E', prior: 'F' },
      formulas: false,
    },
    rows,
  );
  widths(ws, { A: 2, B: 38, C: 6, D: 13, E: 13, F: 13 });
  // The notes: year columns with no budget. A table of outcome and prior year only.
  const ns = wb.addWorksheet('Noter');
  put(ns, 'A1', 'Noter (tkr)', { bold: true });
  putRow(ns, 3, 1, ['Not 2 Verksamhetens intäkter', '2024', '2023'], { bold: true, border: 'bottom' });
  const n2: [string, number, number][] = [
    ['Medlemsavgifter', 11_820, 11_420],
    ['Försäljning av tjänster', 1_904, 1_680],
    ['Bidrag', 512, 412],
  ];
  const noteLines: Line[] = [];
  n2.forEach(([l, a, b], i) => {
    putRow(ns, 4 + i, 1, [l, a, b], (k) => (k ? { numFmt: FMT.int } : undefined));
    noteLines.push({ key: l, row: 4 + i, side: 'income', budget: null, outcome: tkr(a) });
  });
  putRow(ns, 7, 1, ['Summa', 14_236, 13_512], { bold: true, numFmt: FMT.int });
  putRow(ns, 9, 1, ['Not 3 Verksamhetens kostnader', '2024', '2023'], { bold: true, border: 'bottom' });
  const n3: [string, number, number][] = [
    ['Personalkostnader', 9_412, 9_006],
    ['Lokalkostnader', 1_880, 1_842],
    ['IT och e-arkiv', 1_236, 1_311],
    ['Övriga kostnader', 576, 529],
  ];
  n3.forEach(([l, a, b], i) => {
    putRow(ns, 10 + i, 1, [l, a, b], (k) => (k ? { numFmt: FMT.int } : undefined));
    noteLines.push({ key: l, row: 10 + i, side: 'cost', budget: null, outcome: tkr(a) });
  });
  putRow(ns, 14, 1, ['Summa', 13_104, 12_688], { bold: true, numFmt: FMT.int });
  widths(ns, { A: 34, B: 10, C: 10 });
  const t = expectTable({
    sheet: 'RR',
    headerRow,
    unit: 'tkr',
    convention: 'signed',
    deviations: true,
    columns: { line: 'B', outcome: 'D', budget: 'E', priorYear: 'F' },
    lines: res.lines,
  });
  const tn = expectTable({
    sheet: 'Noter',
    headerRow: 3,
    unit: 'tkr',
    convention: 'unsigned',
    deviations: false,
    missingRole: 'budget',
    columns: { line: 'A', outcome: 'B', priorYear: 'C' },
    lines: noteLines,
  });
  return {
    wb,
    tables: [t, tn],
    expected: {
      family: 'statement',
      source: "the resultaträkning page of a kommunalförbund's årsredovisning, with its notes on a second sheet",
      tests: 'outcome column before budget, a Not column between label and amounts, RR lines that carry subtotal-like names, notes with bare year headers',
      description:
        'A short signed RR in tkr ("Belopp i tkr" above the header): Utfall 2024 stands before Budget 2024, and "Utfall 2023" is the prior year. ' +
        'Here "Verksamhetens intäkter" and "Verksamhetens kostnader" are single lines with a note reference (their detail is in the notes), not subtotals: nothing above them to cover. They, Avskrivningar and the two financial rows are the 5 lines; ' +
        'Verksamhetens nettokostnad, Resultat efter finansiella poster and Årets resultat are totals and foot. ' +
        'The Noter sheet has tables with bare year headers "2024 | 2023" (outcome and prior year) and no budget: no deviation may come from them.',
      tables: [t.table, tn.table],
    },
  };
}

function samordningBeraknatResultat(): Built {
  const wb = newWorkbook('Samordningsförbundet Norra Dalarna');
  const ws = wb.addWorksheet('Resultaträkning');
  put(ws, 'C2', 'Samordningsförbundet Norra Dalarna', { bold: true, size: 13 });
  put(ws, 'C3', 'Resultaträkning 2024 – budget och utfall');
  put(ws, 'C4', 'Belopp i kronor', { italic: true });
  const headerRow = 6;
  putRow(ws, headerRow, 4, ['Budget 2024', 'Utfall 2024', 'Avvikelse'], { bold: true, border: 'bottom', align: 'right' });
  const inc = (id: string, label: string, b: number, o: number): SRow => ({ kind: 'item', id, label, side: 'income', v: { budget: kr(b), outcome: kr(o) } });
  const cost = (id: string, label: string, b: number, o: number): SRow => ({ kind: 'item', id, label, side: 'cost', v: { budget: kr(b), outcome: kr(o) } });
  const rows: SRow[] = [
    { kind: 'header', label: 'Intäkter' },
    inc('i1', 'Medlemsbidrag Försäkringskassan', 2_400_000, 2_400_000),
    inc('i2', 'Medlemsbidrag Region Dalarna', 1_200_000, 1_200_000),
    inc('i3', 'Medlemsbidrag kommunerna', 1_200_000, 1_200_000),
    inc('i4', 'Övriga intäkter', 0, 12_500),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa intäkter',
      side: 'income',
      covers: [
        ['i1', 1],
        ['i2', 1],
        ['i3', 1],
        ['i4', 1],
      ],
    },
    { kind: 'header', label: 'Kostnader' },
    cost('k1', 'Insatser', 3_950_000, 3_412_876),
    cost('k2', 'Personalkostnader', 860_000, 884_102.4),
    cost('k3', 'Lokaler', 96_000, 96_000),
    cost('k4', 'Administration och revision', 185_000, 171_455.9),
    cost('k5', 'Övriga kostnader', 60_000, 38_217.25),
    {
      kind: 'total',
      id: 'sk',
      label: 'Summa kostnader',
      side: 'cost',
      covers: [
        ['k1', 1],
        ['k2', 1],
        ['k3', 1],
        ['k4', 1],
        ['k5', 1],
      ],
    },
    inc('fi', 'Finansiella intäkter', 0, 3_412.55),
    {
      kind: 'total',
      id: 'br',
      label: 'Beräknat resultat',
      side: 'income',
      covers: [
        ['si', 1],
        ['sk', -1],
        ['fi', 1],
      ],
      style: { bold: true, border: 'topBottom' },
    },
  ];
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'kr', convention: 'unsigned', labelCol: 'C', cols: { budget: 'D', outcome: 'E', dev: 'F' }, numFmt: FMT.int },
    rows,
  );
  widths(ws, { A: 2, B: 2, C: 36, D: 14, E: 14, F: 14 });
  const t = expectTable({
    sheet: 'Resultaträkning',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
    lines: res.lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'statement',
      source: "a samordningsförbund's resultaträkning with a planned deficit (it spends its own capital)",
      tests: 'table from column C under a 4-row title, blank label header, Medlemsbidrag as income, Beräknat resultat as the result row',
      description:
        'Unsigned kronor (amounts shown with whole kronor, stored with öre). Income: the three Medlemsbidrag rows, Övriga intäkter and Finansiella intäkter (the word says so, outside the Intäkter section); the rest are costs. ' +
        'The budgeted result is −351 000 kr (a planned use of equity), the outcome +213 261 kr. "Beräknat resultat" = Summa intäkter − Summa kostnader + Finansiella intäkter is the result row; Summa rows are totals. ' +
        'The header row has no text above the labels (the table starts in C).',
      tables: [t.table],
    },
  };
}

function vismaResultatrapport(): Built {
  const rng = new Rng(3505);
  const wb = newWorkbook('Visma Administration');
  const ws = wb.addWorksheet('Resultatrapport');
  put(ws, 'A1', 'Resultatrapport', { bold: true, size: 14 });
  put(ws, 'A2', 'Samordningsförbundet Östra Skaraborg');
  put(ws, 'A3', 'Räkenskapsår 2024-01-01 - 2024-12-31');
  put(ws, 'A4', 'Period 2412');
  put(ws, 'E4', 'Utskrivet 2025-01-31');
  const headerRow = 6;
  putRow(ws, headerRow, 1, ['Konto', 'Benämning', 'Perioden', 'Ackumulerat', 'Årsbudget', 'Avvikelse'], { bold: true, border: 'bottom' });
  const rows: SRow[] = [];
  const amounts = (code: string, size: number, income: boolean) => {
    const b = Math.round((size * (0.8 + rng.next() * 0.4)) / 1000) * 1000;
    const o = income && code.startsWith('301') ? b : Math.round(b * (0.75 + rng.next() * 0.45) * 100) / 100;
    const sign = income ? 1 : -1;
    return { budget: kr(sign * b), outcome: kr(sign * o), period: kr((sign * Math.round((o / 12) * (0.6 + rng.next() * 0.9) * 100)) / 100) };
  };
  const section = (title: string, codes: string[], total: string, income: boolean, id: string) => {
    rows.push({ kind: 'header', label: title });
    const ids: [string, 1][] = [];
    for (const a of BAS_SAMORDNING.filter((x) => codes.some((c) => x.code.startsWith(c)))) {
      const { budget, outcome, period } = amounts(a.code, a.size, income);
      rows.push({
        kind: 'item',
        id: a.code,
        label: a.name,
        side: income ? 'income' : 'cost',
        v: { budget, outcome, periodOutcome: period } as never,
        extra: { A: Number(a.code) },
      });
      ids.push([a.code, 1]);
    }
    rows.push({ kind: 'total', id, label: total, side: income ? 'income' : 'cost', covers: ids });
  };
  section('RÖRELSENS INTÄKTER', ['3'], 'Summa rörelsens intäkter', true, 'si');
  section('RÖRELSENS KOSTNADER', ['4', '5', '6', '7'], 'Summa rörelsens kostnader', false, 'sk');
  rows.push({
    kind: 'total',
    id: 'rr',
    label: 'RÖRELSERESULTAT',
    side: 'income',
    covers: [
      ['si', 1],
      ['sk', 1],
    ],
  });
  section('FINANSIELLA POSTER', ['8'], 'Summa finansiella poster', true, 'sf');
  rows.push({
    kind: 'total',
    id: 'ref',
    label: 'RESULTAT EFTER FINANSIELLA POSTER',
    side: 'income',
    covers: [
      ['rr', 1],
      ['sf', 1],
    ],
  });
  rows.push({ kind: 'total', id: 'br', label: 'BERÄKNAT RESULTAT', side: 'income', covers: [['ref', 1]], style: { bold: true, border: 'topBottom' } });
  // The month's outcome ("Perioden") stands beside the year's; it is written as an extra cell, never compared.
  for (const row of rows) {
    const p = (row.v as Record<string, bigint> | undefined)?.periodOutcome;
    if (p !== undefined) row.extra = { ...row.extra, C: inUnit(p, 'kr') };
  }
  const res = writeStatement(
    {
      ws,
      firstRow: headerRow + 1,
      unit: 'kr',
      convention: 'signed',
      labelCol: 'B',
      cols: { outcome: 'D', budget: 'E', dev: 'F' },
      numFmt: FMT.dec2,
      formulas: false,
    },
    rows,
  );
  for (let r = headerRow + 1; r <= res.lastRow; r++) if (ws.getCell(`C${r}`).value !== null) ws.getCell(`C${r}`).numFmt = FMT.dec2;
  widths(ws, { A: 8, B: 36, C: 13, D: 14, E: 14, F: 13 });
  freeze(ws, headerRow);
  const t = expectTable({
    sheet: 'Resultatrapport',
    headerRow,
    unit: 'kr',
    convention: 'signed',
    deviations: true,
    columns: { code: 'A', line: 'B', outcome: 'D', budget: 'E', deviation: 'F' },
    lines: res.lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'statement',
      system: 'Visma',
      source: 'Visma Administration "Resultatrapport" for December, exported to Excel',
      tests: 'Perioden (one month) beside Ackumulerat (the year), capitals section headers, Summa rows, RÖRELSERESULTAT, BERÄKNAT RESULTAT',
      description:
        'Visma prints income positive and costs negative (signed), so deviation = Ackumulerat − Årsbudget, which is the printed Avvikelse. ' +
        '"Perioden" is December\'s outcome alone and "Ackumulerat" the year to date, here the full year: the outcome to compare with Årsbudget is Ackumulerat; taking Perioden would invent a huge deviation on every line. ' +
        'The capital section headers (RÖRELSENS INTÄKTER …) are headers; Summa rows, RÖRELSERESULTAT, RESULTAT EFTER FINANSIELLA POSTER and BERÄKNAT RESULTAT are totals and foot.',
      tables: [t.table],
    },
  };
}

export const STATEMENT: Fixture[] = [
  { name: 'statement-driftredovisning-signed', build: driftredovisningSigned },
  { name: 'statement-resultatrakning-unsigned', build: resultatrakningUnsigned },
  { name: 'statement-rr-with-notes', build: rrWithNotes },
  { name: 'statement-samordning-beraknat-resultat', build: samordningBeraknatResultat },
  { name: 'statement-visma-resultatrapport', build: vismaResultatrapport },
];
