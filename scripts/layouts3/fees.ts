/**
 * A samordningsförbund's medlemsbidrag with a percentage share per member (Fördelningsnyckel Andel), the
 * amount to share in a Parameter | Värde table, and one typed contribution that no longer agrees.
 */
import { built, FeeParam, Fixture, ReadValue } from '../layouts2/spec';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { divRound, kr, Ore, sum, toOre } from '../layouts2/money';
import { amountOf } from '../layouts2/verify';

const readKr = (v: ReadValue): FeeParam => {
  const o = amountOf(v, 'kr');
  if (o === null || o === 'error') throw new Error(`not an amount: ${JSON.stringify(v)}`);
  return o;
};
/** A share cell (0.091 shown as 9,10 %) as hundredths of a percent. */
const readShare = (v: ReadValue): FeeParam => {
  if (typeof v !== 'number') throw new Error(`not a share: ${JSON.stringify(v)}`);
  // 0.091 read as tkr is 9 100 öre; a tenth of that is the share in hundredths of a percent (910).
  return Number(toOre(String(v), 'tkr') / 10n);
};

function percentShares(): Fixture {
  return {
    name: 'samordningsforbund-medlemsbidrag-andel-procent-per-medlem-inaktuell-cell',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Avgifter 2025');
      put(ws, 'A1', 'Medlemsbidrag 2025 – Samordningsförbundet Dalarna Syd', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], { bold: true, border: true });
      putRow(ws, 4, 'A', ['Avgiftsår', 2025]);
      putRow(ws, 5, 'A', ['Belopp att fördela', 5200000]);
      ws.getCell('B5').numFmt = '#,##0';
      putRow(ws, 6, 'A', ['Fördelningsnyckel', 'Andel']);
      putRow(ws, 7, 'A', ['Fakturadatum', '2025-01-20']);
      const H = 9;
      putRow(ws, H, 'A', ['Medlem', 'Andel', 'Medlemsbidrag 2025', 'Kommentar'], { bold: true, border: true });
      // Shares in hundredths of a percent (basis points): the state half, the region a quarter, the kommuner a quarter.
      const members: [string, number, string][] = [
        ['Försäkringskassan', 5000, ''],
        ['Region Dalarna', 2500, ''],
        ['Falu kommun', 910, ''],
        ['Borlänge kommun', 840, 'Enligt beslut i styrelsen 2024-11-28'],
        ['Ludvika kommun', 520, ''],
        ['Smedjebackens kommun', 230, ''],
      ];
      const total = kr('5200000');
      const feeOf = (bp: number) => divRound(total * BigInt(bp), 10000n);
      const spec = members.map(([name, bp, note], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        put(ws, `B${r}`, bp / 10000, { numFmt: '0.00%' });
        // Borlänge's contribution was typed before the shares were revised (8,30 % then): a stale cell.
        const given = name === 'Borlänge kommun' ? feeOf(830) : feeOf(bp);
        if (name === 'Borlänge kommun') num(ws, `C${r}`, given, 'kr', '#,##0');
        else formula(ws, `C${r}`, `ROUND($B$5*B${r},0)`, given, 'kr', '#,##0');
        if (note) put(ws, `D${r}`, note);
        return { name, row: r, nameCol: 'A', given, givenCol: 'C', bp };
      });
      const t = H + 1 + members.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      put(ws, `B${t}`, 1, { numFmt: '0.00%', bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, sum(spec.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 24, B: 12, C: 20, D: 38 });
      return built(wb, {
        family: 'fees',
        description:
          "A samordningsförbund's medlemsbidrag: a Parameter | Värde table (Belopp att fördela 5 200 000, Fördelningsnyckel Andel) and a members table with each member's share as a percentage (Försäkringskassan 50 %, Region Dalarna 25 %, the four kommuner 9,10 + 8,40 + 5,20 + 2,30 %, summing to 100 %). Each contribution is the amount × its share. Borlänge's cell was typed when its share was 8,30 % (431 600) and is stale: 436 800 is due. The Summa row is no member.",
        source: 'Samordningsförbund (FINSAM), medlemsbidrag per medlem with fixed shares',
        tests: 'Fördelningsnyckel Andel with percentage shares per member, Parameter | Värde, a stale typed contribution',
        tables: [],
        fees: {
          sheet: ws.name,
          members: spec.map(({ name, row, nameCol, given, givenCol }) => ({ name, row, nameCol, given, givenCol })),
          params: {
            total: { sheet: ws.name, cell: 'B5', value: total, read: readKr },
            ...Object.fromEntries(spec.map((m) => [`share:${m.name}`, { sheet: ws.name, cell: `B${m.row}`, value: m.bp, read: readShare }])),
          },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: divRound((p.total as Ore) * BigInt(p[`share:${m.name}`] as number), 10000n) })),
        },
      });
    },
  };
}

export const FEES: Fixture[] = [percentShares()];
