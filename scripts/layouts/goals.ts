/**
 * Financial goals written as sentences (`Soliditeten ska vara minst 30 %`, `Resultatet ska vara positivt`,
 * `Likviditeten ska överstiga 1,0`) beside a balance sheet and an income statement: a ratio stays a ratio and a
 * percent a percent, as the goal states it.
 */
import ExcelJS from 'exceljs';
import { Built, Fixture } from './names';
import { FMT, newWorkbook, plain, put, putRow, readAmount, widths } from './kit';

type Year = [number, number];

/** Writes `label | …values` rows from a start row; returns the row of each label. */
function block(ws: ExcelJS.Worksheet, start: number, rows: [string, Year | null, boolean?][], valueCol: number, numFmt: string): Map<string, number> {
  const at = new Map<string, number>();
  rows.forEach(([label, values, bold], i) => {
    const r = start + i;
    put(ws, `A${r}`, label, bold ? { bold: true } : undefined);
    if (values) putRow(ws, r, valueCol, values, { numFmt, bold });
    at.set(label, r);
  });
  return at;
}

/** Rounded half away from zero to two decimals, as a decimal string: the figure an economist writes. */
function two(x: number): string {
  const v = Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;
  return v.toFixed(2).replace(/\.?0+$/, '');
}

function sentencesTkr(): Built {
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const rr = wb.addWorksheet('Resultaträkning');
  const br = wb.addWorksheet('Balansräkning');
  const gs = wb.addWorksheet('Finansiella mål');
  put(rr, 'A1', 'Resultaträkning (tkr)', { bold: true });
  putRow(rr, 3, 2, ['Not', '2024', '2023'], { bold: true, align: 'right' });
  block(rr, 4, [
    ['Verksamhetens intäkter', [14_236, 13_549]],
    ['Verksamhetens kostnader', [-13_104, -12_688]],
    ['Avskrivningar', [-512, -498]],
    ['Verksamhetens nettokostnad', [620, 363], true],
    ['Finansiella intäkter', [38, 11]],
    ['Finansiella kostnader', [-9, -12]],
    ['Resultat efter finansiella poster', [649, 362], true],
    ['Årets resultat', [649, 362], true],
  ], 3, FMT.intNeg);
  widths(rr, { A: 36, B: 5, C: 11, D: 11 });
  put(br, 'A1', 'Balansräkning (tkr)', { bold: true });
  putRow(br, 3, 2, ['Not', '2024-12-31', '2023-12-31'], { bold: true, align: 'right' });
  const at = block(br, 4, [
    ['TILLGÅNGAR', null, true],
    ['Anläggningstillgångar', null, true],
    ['Inventarier', [1_820, 1_950]],
    ['Summa anläggningstillgångar', [1_820, 1_950], true],
    ['Omsättningstillgångar', null, true],
    ['Kortfristiga fordringar', [2_104, 1_876]],
    ['Kassa och bank', [6_512, 5_903]],
    ['Summa omsättningstillgångar', [8_616, 7_779], true],
    ['SUMMA TILLGÅNGAR', [10_436, 9_729], true],
    ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', null, true],
    ['Eget kapital', null, true],
    ['Ingående eget kapital', [3_287, 2_925]],
    ['Årets resultat', [649, 362]],
    ['Summa eget kapital', [3_936, 3_287], true],
    ['Avsättningar för pensioner', [412, 388]],
    ['Kortfristiga skulder', [6_088, 6_054]],
    ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', [10_436, 9_729], true],
  ], 3, FMT.int);
  widths(br, { A: 46, B: 5, C: 12, D: 12 });
  put(gs, 'A1', 'Finansiella mål 2024', { bold: true, size: 12 });
  put(gs, 'A3', 'Förbundets finansiella mål enligt budget 2024:');
  put(gs, 'A4', 'Soliditeten ska vara minst 30 %');
  put(gs, 'A5', 'Resultatet ska vara positivt');
  put(gs, 'A6', 'Likviditeten ska överstiga 1,0');
  put(gs, 'C3', 'Uppfyllt?', { bold: true });
  putRow(gs, 4, 3, ['Ja']);
  putRow(gs, 5, 3, ['Ja']);
  putRow(gs, 6, 3, ['Ja']);
  widths(gs, { A: 40, C: 11 });
  const soliditet = (3_936 / 10_436) * 100;
  const likviditet = 8_616 / 6_088;
  return {
    wb, tables: [],
    verify: (back, e) => {
      const s = back.getWorksheet('Balansräkning')!;
      const v = (label: string) => {
        const a = readAmount(s.getCell(`C${at.get(label)}`).value, 'tkr');
        return a === null || a === 'error' ? NaN : Number(a) / 100;
      };
      const problems: string[] = [];
      const goal = (m: string) => e.goals!.find((g) => g.metric === m)!;
      if (two((v('Summa eget kapital') / v('SUMMA TILLGÅNGAR')) * 100) !== goal('soliditet').value) problems.push('soliditet from the cells differs');
      if (two(v('Summa omsättningstillgångar') / v('Kortfristiga skulder')) !== goal('likviditet').value) problems.push('likviditet from the cells differs');
      const rr = back.getWorksheet('Resultaträkning')!;
      const result = readAmount(rr.getCell('C11').value, 'tkr');
      if (result === null || result === 'error' || plain(result) !== goal('resultat').value) problems.push('årets resultat from the cells differs');
      if (goal('soliditet').met !== Number(goal('soliditet').value) >= 30 || goal('likviditet').met !== Number(goal('likviditet').value) > 1 || goal('resultat').met !== Number(goal('resultat').value) > 0) problems.push('met does not follow the values');
      if (v('SUMMA TILLGÅNGAR') !== v('SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER')) problems.push('the balance sheet does not balance');
      return problems;
    },
    expected: {
      family: 'goals',
      source: 'the goal section of a kommunalförbund\'s årsredovisning: three goals written as sentences, with RR and BR on their own sheets',
      tests: 'goals as sentences, a ratio goal ("1,0") kept as a ratio, a percent goal as a percent, two year columns (2024 judged)',
      description:
        'Three goals stated as sentences. Soliditet = Summa eget kapital / SUMMA TILLGÅNGAR = 3 936 / 10 436 = 37,72 % ≥ 30 %: met. Resultatet = Årets resultat 649 tkr > 0: met. ' +
        'Likviditeten (no stock, so kassa- and balanslikviditet agree) = Summa omsättningstillgångar / Kortfristiga skulder = 8 616 / 6 088 = 1,42, which stays a ratio as the goal states it ("1,0", not 100 %): met. ' +
        'The year columns 2024 and 2023 give one result each; 2024 is the one judged here. The user\'s own "Ja" column is text.',
      tables: [],
      goals: [
        { text: 'Soliditeten ska vara minst 30 %', metric: 'soliditet', value: two(soliditet), unit: '%', met: true },
        { text: 'Resultatet ska vara positivt', metric: 'resultat', value: '649000', unit: 'kr', met: true },
        { text: 'Likviditeten ska överstiga 1,0', metric: 'likviditet', value: two(likviditet), unit: 'ratio', met: true },
      ],
    },
  };
}

function kommunalforbundKr(): Built {
  const wb = newWorkbook('Räddningstjänstförbundet Mälardal');
  const br = wb.addWorksheet('BR 2024');
  const gs = wb.addWorksheet('Mål och nyckeltal');
  put(br, 'A1', 'Balansräkning 2024-12-31 (kr)', { bold: true });
  putRow(br, 2, 3, ['2024-12-31'], { bold: true, align: 'right' });
  const rows: [string, number | null, boolean?][] = [
    ['Tillgångar', null, true],
    ['Byggnader och mark', 42_500_000],
    ['Maskiner, fordon och inventarier', 28_710_000],
    ['Summa anläggningstillgångar', 71_210_000, true],
    ['Förråd', 1_240_000],
    ['Kortfristiga fordringar', 6_812_300],
    ['Kassa och bank', 9_118_450],
    ['Summa omsättningstillgångar', 17_170_750, true],
    ['Summa tillgångar', 88_380_750, true],
    ['Eget kapital, avsättningar och skulder', null, true],
    ['Eget kapital', 14_203_100, true],
    ['  därav årets resultat', 1_102_400],
    ['Avsättningar för pensioner', 9_870_000],
    ['Långfristiga skulder', 48_000_000],
    ['Kortfristiga skulder', 16_307_650],
    ['Summa eget kapital, avsättningar och skulder', 88_380_750, true],
  ];
  rows.forEach(([label, v, bold], i) => {
    put(br, `A${3 + i}`, label, bold ? { bold: true } : undefined);
    if (v !== null) put(br, `C${3 + i}`, v, { numFmt: FMT.int, bold });
  });
  widths(br, { A: 44, B: 3, C: 15 });
  put(gs, 'A1', 'Mål för god ekonomisk hushållning', { bold: true, size: 12 });
  put(gs, 'A3', 'Finansiella mål', { bold: true });
  put(gs, 'A4', 'Eget kapital ska uppgå till minst 12 mnkr');
  put(gs, 'A5', 'Kassalikviditeten ska vara minst 100 %');
  put(gs, 'A6', 'Soliditeten ska vara minst 30 %');
  put(gs, 'A8', 'Verksamhetsmål', { bold: true });
  put(gs, 'A9', 'Insatstiden ska i 90 % av larmen vara högst 20 minuter');
  widths(gs, { A: 60 });
  const kassalikviditet = ((17_170_750 - 1_240_000) / 16_307_650) * 100;
  const soliditet = (14_203_100 / 88_380_750) * 100;
  return {
    wb, tables: [],
    verify: (back, e) => {
      const s = back.getWorksheet('BR 2024')!;
      const v = (row: number) => Number(s.getCell(`C${row}`).value);
      const problems: string[] = [];
      const goal = (m: string) => e.goals!.find((g) => g.metric === m)!;
      if (two(((v(3 + 7) - v(3 + 4)) / v(3 + 14)) * 100) !== goal('kassalikviditet').value) problems.push('kassalikviditet from the cells differs');
      if (two((v(3 + 10) / v(3 + 8)) * 100) !== goal('soliditet').value) problems.push('soliditet from the cells differs');
      if (String(v(3 + 10)) !== goal('eget kapital').value) problems.push('eget kapital from the cells differs');
      if (v(3 + 3) + v(3 + 7) !== v(3 + 8)) problems.push('tillgångar do not add up');
      if (v(3 + 10) + v(3 + 12) + v(3 + 13) + v(3 + 14) !== v(3 + 15)) problems.push('the other side does not add up');
      if (v(3 + 4) + v(3 + 5) + v(3 + 6) !== v(3 + 7)) problems.push('omsättningstillgångar do not add up');
      return problems;
    },
    expected: {
      family: 'goals',
      source: 'a räddningstjänstförbund\'s goals for good economic management, one of them not financial',
      tests: 'an amount goal in mnkr, a percent goal on kassalikviditet with stock (förråd) to take out, a goal not met, a verksamhetsmål that is not financial',
      description:
        'Eget kapital 14 203 100 kr ≥ 12 mnkr: met (the threshold 12 mnkr = 12 000 000 kr). Kassalikviditet = (omsättningstillgångar − förråd) / kortfristiga skulder = 15 930 750 / 16 307 650 = 97,69 %, below 100 %: not met (a percent goal stays a percent). ' +
        'Soliditet = 14 203 100 / 88 380 750 = 16,07 %, below 30 %: not met. The insatstid goal is a verksamhetsmål, not a financial one: no figure for it.',
      tables: [],
      goals: [
        { text: 'Eget kapital ska uppgå till minst 12 mnkr', metric: 'eget kapital', value: '14203100', unit: 'kr', met: true },
        { text: 'Kassalikviditeten ska vara minst 100 %', metric: 'kassalikviditet', value: two(kassalikviditet), unit: '%', met: false },
        { text: 'Soliditeten ska vara minst 30 %', metric: 'soliditet', value: two(soliditet), unit: '%', met: false },
      ],
    },
  };
}

export const GOALS: Fixture[] = [
  { name: 'goals-sentences-tkr', build: sentencesTkr },
  { name: 'goals-amount-and-percent', build: kommunalforbundKr },
];
