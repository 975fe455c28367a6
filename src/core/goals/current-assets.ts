/**
 * Omsättningstillgångar where the balance sheet names them neither as a row nor as a section: `Anläggningstillgångar
 * | Kortfristiga fordringar | Kassa och bank | Summa tillgångar`, as a small förbund prints it. The current assets are
 * then the rows between the fixed assets and Summa tillgångar, but only when every one of them is an item known to
 * be a current asset; a row not known (`Övriga tillgångar`) leaves the metric uncomputed, as before.
 */
import { byPriority } from './lookup';
import { Statement, StatementRow } from './statements';

const CURRENT_ITEM =
  /^(?:kortfristiga fordringar|fordringar|övriga fordringar|kundfordringar|förutbetalda kostnader och upplupna intäkter|kortfristiga placeringar|kassa och bank|kassa och bankmedel|kassa, bank|likvida medel|bank|bankmedel|kassa|förråd|förråd m\.?m\.?|varulager|lager|short-term receivables|receivables|cash and bank|cash and cash equivalents|short-term investments|inventories)$/u;
const FIXED_ITEM =
  /^(?:summa )?(?:anläggningstillgångar|immateriella anläggningstillgångar|materiella anläggningstillgångar|finansiella anläggningstillgångar|inventarier|maskiner och inventarier|mark och byggnader|byggnader och mark|fixed assets|non-current assets)$/u;
const TOTAL_ASSETS = /^(?:summa tillgångar|tillgångar|total assets)$/u;

export function currentAssetItems(statements: readonly Statement[]): { statement: Statement; rows: StatementRow[] } | null {
  for (const statement of byPriority(statements, ['balance-sheet', 'other'])) {
    const rows = statement.rows;
    const total = rows.findIndex((r) => !r.labelOnly && TOTAL_ASSETS.test(r.key));
    if (total < 0) continue;
    let fixed = -1;
    for (let i = 0; i < total; i++) if (!rows[i].labelOnly && FIXED_ITEM.test(rows[i].key)) fixed = i;
    if (fixed < 0) continue;
    const items = rows.slice(fixed + 1, total).filter((r) => !r.labelOnly);
    if (items.length > 0 && items.every((r) => CURRENT_ITEM.test(r.key))) return { statement, rows: items };
  }
  return null;
}
