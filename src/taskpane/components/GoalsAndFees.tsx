import { Text, mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import { formatAmount } from '../../core/render/format';
import { chargeName } from '../../core/fees';
import { formatGoalValue } from '../../core/goals';
import { Lang } from '../../core/messages';
import { Reconciliation } from '../../core/reconcile';
import { Strings, fill } from '../strings';
import { usePaneStyles } from '../styles';

/** Met or not, as an icon and a word (and colour): never colour alone. */
function Met({ met, s }: { met: boolean | null; s: Strings }) {
  const styles = usePaneStyles();
  if (met === null) return <span className={styles.muted}>–</span>;
  const Icon = met ? CheckmarkCircle16Filled : DismissCircle16Filled;
  return (
    <span className={mergeClasses(styles.verdict, met ? styles.favourable : styles.unfavourable)}>
      <Icon aria-hidden className={styles.icon} />
      <span>{met ? s.goalMet : s.goalNotMet}</span>
    </span>
  );
}

/** Financial goals: each goal's full name over its year, value and whether it was met. */
export function Goals({ result, s, lang }: { result: Reconciliation; s: Strings; lang: Lang }) {
  const styles = usePaneStyles();
  const heading = useId();
  const goals = result.goals?.goals ?? [];
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h2 id={heading} className={styles.h2}>
        {s.goals}
      </h2>
      <table className={styles.table} aria-label={s.goals}>
        <thead>
          <tr>
            <th scope="col" colSpan={3} className={styles.headCell}>
              {s.goal}
            </th>
          </tr>
          <tr>
            <th scope="col" className={styles.headCell}>
              {s.year}
            </th>
            <th scope="col" className={mergeClasses(styles.headCell, styles.numberHead)}>
              {s.value}
            </th>
            <th scope="col" className={styles.headCell}>
              {s.met}
            </th>
          </tr>
        </thead>
        {goals.map((g, i) => (
          <tbody key={i} className={styles.group}>
            <tr>
              <th scope="rowgroup" colSpan={3} className={styles.nameCell}>
                {g.goal.name}
              </th>
            </tr>
            <tr>
              <td className={styles.cell}>{g.year ?? '–'}</td>
              <td className={styles.number}>{formatGoalValue(g, g.value, lang)}</td>
              <td className={styles.cell}>
                <Met met={g.met} s={s} />
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** Each fee charge with its members and total, and how many invoice rows were written. */
export function Fees({ result, s, lang }: { result: Reconciliation; s: Strings; lang: Lang }) {
  const styles = usePaneStyles();
  const heading = useId();
  const charges = result.fees?.charges ?? [];
  const invoices = result.fees?.invoices.length ?? 0;
  if (charges.length === 0 && invoices === 0) return null;
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h2 id={heading} className={styles.h2}>
        {s.fees}
      </h2>
      {charges.map((c) => (
        <section key={`${c.at.sheet}!${c.at.cell}`} aria-label={chargeName(c, lang)} className={styles.section}>
          <h3 className={styles.h3}>{chargeName(c, lang)}</h3>
          <table className={styles.table} aria-label={chargeName(c, lang)}>
            <thead>
              <tr>
                <th scope="col" className={styles.headCell}>
                  {s.member}
                </th>
                <th scope="col" className={mergeClasses(styles.headCell, styles.numberHead)}>
                  {s.fee}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.fees.map((f) => (
                <tr key={f.member.name} className={styles.group}>
                  <th scope="row" className={styles.rowName}>
                    {f.member.name}
                  </th>
                  <td className={styles.rowNumber}>{f.fee === null ? '–' : formatAmount(f.fee, lang)}</td>
                </tr>
              ))}
              <tr className={styles.total}>
                <th scope="row" className={mergeClasses(styles.rowName, styles.total)}>
                  {s.total}
                </th>
                <td className={styles.rowNumber}>{formatAmount(c.total, lang)}</td>
              </tr>
            </tbody>
          </table>
        </section>
      ))}
      {invoices > 0 && <Text size={200}>{fill(s.invoices, { count: invoices })}</Text>}
    </section>
  );
}
