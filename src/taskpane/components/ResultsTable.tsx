import { Text, mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import { TableResult } from '../../core/deviations/analyze';
import { Figures, Thresholds, deviationPercent } from '../../core/deviations/figures';
import { byGoalArea } from '../../core/deviations/grouping';
import { Decimal } from '../../core/decimal';
import { Lang } from '../../core/messages';
import { Money, isNegative, toKronor } from '../../core/money';
import { KRONOR_PER_UNIT, Unit } from '../../core/read/units';
import { formatAmount, formatPercent } from '../../core/render/format';
import { groupName } from '../../core/render/group-name';
import { notComparedText } from '../../core/render/not-compared';
import { Strings, fill } from '../strings';
import { usePaneStyles } from '../styles';

/** An amount in the unit the table is kept in (`−1,91 mnkr` for a table in mnkr): units as the data are. */
export function amountIn(value: Money, unit: Unit, lang: Lang): string {
  return formatAmount(toKronor(value).div(KRONOR_PER_UNIT[unit]), lang, unit);
}

/**
 * The assessment of a deviation: favourable or unfavourable in words, and when flagged, a word more and an
 * icon and colour of its own (a warning in red for unfavourable, a check in green for favourable): never colour alone.
 */
export function Verdict({ f, s }: { f: Pick<Figures, 'deviation' | 'favourable' | 'flagged'>; s: Strings }) {
  const styles = usePaneStyles();
  if (f.deviation === null) return <span className={styles.muted}>{s.noDeviation}</span>;
  const word = f.favourable ? s.favourable : s.unfavourable;
  if (!f.flagged) return <span className={styles.muted}>{word}</span>;
  const Icon = f.favourable ? CheckmarkCircle16Filled : Warning16Filled;
  return (
    <span className={mergeClasses(styles.verdict, f.favourable ? styles.favourable : styles.unfavourable)}>
      <Icon aria-hidden className={styles.icon} />
      <span>
        {word}, {s.flaggedWord}
      </span>
    </span>
  );
}

function GroupRows({ name, f, unit, s, lang, total }: { name: string; f: Figures; unit: Unit; s: Strings; lang: Lang; total?: boolean }) {
  const styles = usePaneStyles();
  const negative = f.deviation !== null && isNegative(f.deviation);
  return (
    <tbody className={mergeClasses(styles.group, total && styles.total)}>
      <tr>
        <th scope="rowgroup" colSpan={3} className={styles.nameCell}>
          {name}
        </th>
      </tr>
      <tr>
        <td className={mergeClasses(styles.number, negative && styles.negative)}>{f.deviation === null ? '–' : amountIn(f.deviation, unit, lang)}</td>
        <td className={styles.number}>{formatPercent(deviationPercent(f), lang)}</td>
        <td className={styles.cell}>
          <Verdict f={f} s={s} />
        </td>
      </tr>
    </tbody>
  );
}

/** A table with nothing to group by has one group, the table itself: its lines are shown instead, this many at most. */
const LINES_SHOWN = 30;

/** One table of the workbook: each goal area (or section, or line) over its deviation, % and assessment, then the total. */
export function ResultsTable({ table, s, lang }: { table: TableResult; s: Strings; lang: Lang }) {
  const styles = usePaneStyles();
  const heading = useId();
  const byLine = table.grouping.by === 'table';
  const notCompared = notComparedText(table, lang);
  const rows = byLine
    ? table.lines.slice(0, LINES_SHOWN).map((l) => ({ key: `${l.row}`, name: l.name, f: l as Figures }))
    : table.groups.map((g) => ({ key: g.name, name: groupName(g.name, lang), f: g as Figures }));
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h3 id={heading} className={styles.h3}>
        {table.sheet}
      </h3>
      <Text size={200} className={styles.muted}>
        {fill(s.amountsIn, { unit: table.unit })}
      </Text>
      <table className={styles.table} aria-label={`${s.results}: ${table.sheet}`}>
        <thead>
          <tr>
            <th scope="col" colSpan={3} className={styles.headCell}>
              {byLine ? s.line : byGoalArea(table.grouping) ? s.goalArea : s.area}
            </th>
          </tr>
          <tr>
            <th scope="col" className={mergeClasses(styles.headCell, styles.numberHead)}>
              {s.deviation}
            </th>
            <th scope="col" className={mergeClasses(styles.headCell, styles.numberHead)}>
              {s.percent}
            </th>
            <th scope="col" className={styles.headCell}>
              {s.assessment}
            </th>
          </tr>
        </thead>
        {rows.map((r) => (
          <GroupRows key={r.key} name={r.name} f={r.f} unit={table.unit} s={s} lang={lang} />
        ))}
        <GroupRows name={s.total} f={table.total} unit={table.unit} s={s} lang={lang} total />
      </table>
      {notCompared && (
        <Text size={200} className={styles.muted}>
          {notCompared}
        </Text>
      )}
      {byLine && table.lines.length > LINES_SHOWN && (
        <Text size={200} className={styles.muted}>
          {fill(s.moreLines, { count: table.lines.length - LINES_SHOWN })}
        </Text>
      )}
    </section>
  );
}

/** The deviations first: every table, then what a flag means, in the user's limits. */
export function Deviations({ tables, thresholds, s, lang }: { tables: readonly TableResult[]; thresholds: Thresholds; s: Strings; lang: Lang }) {
  const styles = usePaneStyles();
  const heading = useId();
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h2 id={heading} className={styles.h2}>
        {s.deviations}
      </h2>
      {tables.map((t) => (
        <ResultsTable key={`${t.sheet}!${t.range}`} table={t} s={s} lang={lang} />
      ))}
      <Text size={200} className={styles.muted}>
        {fill(s.flagRule, { amount: formatAmount(thresholds.amountKr, lang), percent: formatPercent(new Decimal(thresholds.percent), lang) })}
      </Text>
    </section>
  );
}
