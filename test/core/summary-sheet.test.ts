import Decimal from 'decimal.js';
import { join } from 'node:path';
import { SheetData } from '../../src/core/cells';
import { rollUpGroups, flagRule } from '../../src/core/deviations/figures';
import { Lang } from '../../src/core/messages';
import { moneyCell } from '../../src/core/render/cells';
import { OutputSheet, bodyCell, isEmptyColumn } from '../../src/core/render/output';
import { shortNames } from '../../src/core/render/group-name';
import { fittedAxis, groupRowLimits, shownGroups } from '../../src/core/render/summary-sheet';
import { Reconciliation, reconcileSheets } from '../../src/core/reconcile';
import { openXlsxFile } from '../../src/xlsx/files';

/** `B6` as zero-based row and column. */
function parseCellAddress(a: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

/** Both bundled samples, read once, reconciled in both languages. */
const SAMPLES = ['sormland-2017', 'sodertorn-2018'];
const inputs = new Map<string, SheetData[]>();
const runs = new Map<string, Reconciliation>();

beforeAll(async () => {
  for (const name of SAMPLES) {
    const sheets = await (await openXlsxFile(join(__dirname, '..', '..', 'samples', `${name}.xlsx`))).readSheets();
    inputs.set(name, sheets);
    for (const lang of ['sv', 'en'] as const) runs.set(`${name}:${lang}`, reconcileSheets(sheets, { lang, today: '2026-11-23' }));
  }
});

const sormland = () => runs.get('sormland-2017:sv')!;
const summaryOf = (r: Reconciliation) => r.sheets.find((s) => s.key === 'summary')!;

describe('Sammanfattning', () => {
  test('comes first, before the detail and the checks', () => {
    expect(sormland().sheets.map((s) => s.name)).toEqual(['Sammanfattning', 'Avvikelser', 'Kontroller', 'Medlemsavgifter', 'Fakturor', 'Finansiella mål']);
    // A workbook of fees only has no deviations to sum up.
    expect(runs.get('sodertorn-2018:sv')!.sheets.map((s) => s.key)).toEqual(['fees', 'invoices']);
  });

  test('its rows are the goal-area rollups of each table and the table’s total, figure for figure', () => {
    const r = sormland();
    const summary = summaryOf(r);
    let row = 0;
    for (const t of r.analysis.tables) {
      expect(summary.table.rows[row][0]).toBe(t.sheet);
      row++;
      for (const g of t.groups) {
        // Budget, outcome, deviation as the analysis rolled them up from the lines.
        expect(summary.table.rows[row].slice(1, 4)).toEqual([moneyCell(g.budget), moneyCell(g.outcome), moneyCell(g.deviation)]);
        row++;
      }
      expect(summary.table.rows[row].slice(0, 4)).toEqual(['Totalt', moneyCell(t.total.budget), moneyCell(t.total.outcome), moneyCell(t.total.deviation)]);
      row++;
    }
    expect(row).toBe(summary.table.rows.length);
  });

  test('the Målområden rows as the annual report prints them, with a word for every deviation', () => {
    const rows = summaryOf(sormland()).table.rows;
    const at = rows.findIndex((r) => r[0] === 'Målområden');
    expect(rows.slice(at + 1, at + 7).map((r) => [String(r[0]).slice(0, 5), r[1], r[2], r[3], r[6]])).toEqual([
      ['Mål 1', 2300000, 1807800, 492200, '▲ Gynnsam, väsentlig'],
      ['Mål 2', 3840000, 4439600, -599600, '▼ Ogynnsam, väsentlig'],
      ['Mål 3', 19485000, 19914500, -429500, 'Ogynnsam'],
      ['Mål 4', 1250000, 958000, 292000, '▲ Gynnsam, väsentlig'],
      ['Övrig', 8695000, 6801200, 1893800, '▲ Gynnsam, väsentlig'],
      ['Total', 35570000, 33921100, 1648900, 'Gynnsam'],
    ]);
    expect(summaryOf(sormland()).table.columns.map((c) => c.header)).toEqual([
      'Område',
      'Budget',
      'Utfall',
      'Avvikelse',
      'Avvikelse %',
      'Prognos',
      'Bedömning',
      'Kommentar',
      'Åtgärd',
    ]);
  });

  test('above: the body’s name, the period and the run date; below: one line per kind of finding', () => {
    const summary = summaryOf(sormland());
    expect(summary.title).toBe('Regionförbundet Sörmland – budgetuppföljning');
    expect(summary.notes[1]).toBe('Budget mot utfall för helåret 2017. Belopp i kronor. Sammanställd 2026-11-23 av Avstämning.');
    expect(summary.after!.map((l) => l.text)).toEqual([
      'Det här hittade kontrollerna (klicka för att se dem på Kontroller)',
      '✖ Belopp som skiljer sig mellan bladen: 3. Stäm av bladen mot varandra.',
      '✖ Summor i arbetsboken som inte stämmer med raderna de summerar: 1. Rätta summan eller raderna ovanför den.',
      'ℹ Rader med utfall men utan budget, eller tvärtom: 3. Se efter att raderna står där de hör hemma.',
    ]);
    // Each finding links to the first of its kind on Kontroller: rows 1, 4 and 5 of its table.
    const checks = sormland().sheets.find((s) => s.key === 'checks')!;
    expect(summary.after!.slice(1).map((l) => l.link)).toEqual([0, 3, 4].map((row) => ({ output: 'checks', cell: bodyCell(checks, row, 0) })));
    expect(summary.print).toEqual({
      fit: 'page',
      repeatColumns: 0,
      header: { left: 'Regionförbundet Sörmland', center: '{sheet}', right: 'helåret 2017' },
      footer: { left: 'Avstämning 2026-11-23', center: '', right: 'Sida {page} av {pages}' },
    });
  });

  test('the chart: the goal areas top to bottom in reading order, favourable and unfavourable apart, the axis fitted', () => {
    const chart = summaryOf(sormland()).chart!;
    expect(chart.bars).toEqual([
      { name: 'Mål 1', value: 492200 },
      { name: 'Mål 2', value: -599600 },
      { name: 'Mål 3', value: -429500 },
      { name: 'Mål 4', value: 292000 },
      { name: 'Övriga insatser', value: 1893800 },
    ]);
    expect(chart.series).toEqual(['Gynnsam', 'Ogynnsam']);
    expect(chart.axis).toEqual({ min: -2000000, max: 3000000, step: 1000000 });
    expect(summaryOf(runs.get('sormland-2017:en')!).chart!.series).toEqual(['Favourable', 'Unfavourable']);
  });

  test('at most a screen high: a table of many groups keeps its largest and gathers the rest in Övriga', () => {
    expect(groupRowLimits([5, 5, 5])).toEqual([5, 5, 5]);
    expect(groupRowLimits([3, 40])).toEqual([3, 17]);
    expect(groupRowLimits([40, 40])).toEqual([10, 10]);
    const r = sormland();
    const projekt = r.analysis.tables.find((t) => t.sheet === 'Projekt')!;
    const { shown, rest } = shownGroups(projekt.groups, 3);
    // The two largest deviations stay, in reading order; the third row is the rest rolled up.
    expect(shown.map((g) => g.name)).toEqual(['Mål 2', 'Övriga insatser']);
    const others = rollUpGroups(rest, flagRule({ amountKr: new Decimal(100000), percent: new Decimal(5) }), projekt.convention, projekt.mixedAs);
    expect(moneyCell(others.deviation)).toBe(492200 - 365500 + 293800);
  });

  test('short names for the chart are distinct, and the axis takes round steps around zero', () => {
    expect(shortNames(['Mål 1: Utbildning', 'Mål 2: Omvärld', 'Kassalikviditet överstiger 100 procent', 'Kassalikviditet överstiger 80 procent'])).toEqual([
      'Mål 1',
      'Mål 2',
      'Kassalikviditet överstiger…',
      'Kassalikviditet överstig… 2',
    ]);
    expect(fittedAxis([1_900_000])).toEqual({ min: 0, max: 2_500_000, step: 500_000 });
    expect(fittedAxis([-40_000, 20_000])).toEqual({ min: -60_000, max: 40_000, step: 20_000 });
  });
});

/** Every generated sheet of both samples in both languages. */
function everySheet(): [string, OutputSheet][] {
  return [...runs].flatMap(([run, r]) => r.sheets.map((s): [string, OutputSheet] => [`${run} ${s.name}`, s]));
}

describe('every generated table', () => {
  test('has no column empty in every row, except Kommentar and Åtgärd, left for the user', () => {
    const empty = everySheet().flatMap(([at, s]) =>
      s.table.rows.length === 0 ? [] : s.table.columns.flatMap((c, i) => (!c.input && isEmptyColumn(s.table, i) ? [`${at}: ${c.header}`] : [])),
    );
    expect(empty).toEqual([]);
    // Sörmland has no organisation numbers, sources of fee figures or forecasts per project: those columns go.
    const fees = sormland().sheets.find((s) => s.key === 'fees')!;
    expect(fees.table.columns.map((c) => c.header)).not.toContain('Organisationsnummer');
  });

  test('links only to cells that exist: a user sheet’s cell within what it holds, or a body cell of a sheet of this run', () => {
    const bad: string[] = [];
    for (const [run, r] of runs) {
      const input = inputs.get(run.split(':')[0])!;
      const written = new Map(r.sheets.map((s) => [s.key, s]));
      for (const s of r.sheets) {
        const targets = [...(s.table.links ?? []).map((l) => l.to), ...(s.after ?? []).flatMap((l) => (l.link ? [l.link] : []))];
        for (const to of targets) {
          const { row, col } = parseCellAddress(to.cell);
          if ('sheet' in to) {
            const sheet = input.find((x) => x.name === to.sheet);
            if (!sheet || row >= sheet.values.length || col > 16_383) bad.push(`${run} ${s.name} → ${to.sheet}!${to.cell}`);
          } else {
            const target = written.get(to.output);
            const first = target ? parseCellAddress(bodyCell(target, 0, 0)).row : 0;
            if (!target || row < first || row >= first + target.table.rows.length || col >= target.table.columns.length)
              bad.push(`${run} ${s.name} → ${to.output}!${to.cell}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('every cell reference on Kontroller, Sammanfattning and Finansiella mål is a link', () => {
    const r = sormland();
    const reference = /^('[^']+'|[^\s!]+)![A-Z]{1,3}\d+$/u;
    for (const key of ['checks', 'summary', 'goals'] as const) {
      const s = r.sheets.find((x) => x.key === key)!;
      const linked = new Set((s.table.links ?? []).map((l) => `${l.row}:${l.column}`));
      const unlinked = s.table.rows.flatMap((row, i) =>
        row.flatMap((v, c) => (typeof v === 'string' && reference.test(v) && !linked.has(`${i}:${c}`) ? [`${i}:${c} ${v}`] : [])),
      );
      expect([key, unlinked]).toEqual([key, []]);
      expect([key, linked.size > 0]).toEqual([key, true]);
    }
  });

  test('prints on A4 landscape with the run’s header and footer, the same words in both languages’ placeholders', () => {
    for (const [at, s] of everySheet()) {
      const lang: Lang = at.includes(':en') ? 'en' : 'sv';
      expect([at, s.print.header.center, s.print.footer.right]).toEqual([at, '{sheet}', lang === 'sv' ? 'Sida {page} av {pages}' : 'Page {page} of {pages}']);
    }
  });
});

describe('the period the summary names', () => {
  const through = (month: string) =>
    reconcileSheets(
      [{ name: 'Drift', values: [['Uppföljning 2025 (kr)'], ['Rad', 'Budget', `Utfall jan–${month}`], ['Löner', 1200, 110], ['Hyra', 600, 50]] }],
      { lang: 'sv', today: '2026-12-07' },
    );
  const right = (r: Reconciliation) => summaryOf(r).print.header?.right;

  test('the year so far through a month: `januari–mars 2025`', () => {
    expect(right(through('mar'))).toBe('januari–mars 2025');
  });

  test('January alone is `januari 2025`, not `januari–januari 2025`', () => {
    expect(right(through('jan'))).toBe('januari 2025');
  });
});
