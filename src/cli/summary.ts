import { Reconciliation } from '../core/reconcile';
import { checkMessage } from '../core/render/check-text';
import { Figures, comparedBudget, deviationPercent } from '../core/deviations/figures';
import { formatAmount, formatMoney, formatPercent } from '../core/render/format';
import { Lang, formatMessage } from '../core/messages';
import { sortChecks } from '../core/render/checks-sheet';
import { LABELS } from '../core/render/labels';
import { byGoalArea } from '../core/deviations/grouping';
import { groupName } from '../core/render/group-name';
import { assessment } from '../core/render/deviations-sheet';
import { notComparedText } from '../core/render/not-compared';
import { leftOutText } from '../core/render/reading-text';
import { chargeName } from '../core/fees';
import { formatGoalValue } from '../core/goals';

function pad(text: string, width: number, right = false): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? t.padStart(width) : t.padEnd(width);
}

/** A short readable summary for the terminal: goal areas with deviations and flags, then the checks. */
export function summaryText(result: Reconciliation, lang: Lang): string {
  const L = LABELS[lang];
  const out: string[] = [];
  const amount = (m: Figures['budget']) => (m === null ? '–' : formatMoney(m, lang, ''));
  // The budget the deviation is measured against: the period's where the table compares the year so far.
  const line = (name: string, f: Figures, budgetWidth = 14) =>
    `  ${pad(name, 34)} ${pad(amount(comparedBudget(f)), budgetWidth, true)} ${pad(amount(f.outcome), 14, true)} ${pad(amount(f.deviation), 13, true)} ${pad(formatPercent(deviationPercent(f), lang), 9, true)}  ${f.flagged ? assessment(f, L) : ''}`;
  for (const t of result.analysis.tables) {
    out.push(`${t.sheet} (${t.range}, ${t.unit}, ${L[t.convention]})`);
    const byArea = byGoalArea(t.grouping);
    const budgetHeader = `${t.period ? L.periodBudget : L.budget} kr`;
    const budgetWidth = Math.max(14, budgetHeader.length);
    out.push(
      `  ${pad(byArea ? L.goalArea : L.area, 34)} ${pad(budgetHeader, budgetWidth, true)} ${pad(`${L.outcome} kr`, 14, true)} ${pad(`${L.deviation} kr`, 13, true)} ${pad('%', 9, true)}`,
    );
    for (const g of t.groups) out.push(line(groupName(g.name, lang), g, budgetWidth));
    out.push(line(L.total, t.total, budgetWidth));
    const notCompared = notComparedText(t, lang);
    if (notCompared) out.push(`  ℹ ${t.sheet}: ${notCompared}`);
    for (const l of t.leftOut ?? []) out.push(`  ℹ ${t.sheet}: ${leftOutText(l, lang)}`);
    out.push('');
  }
  for (const charge of result.fees?.charges ?? []) {
    out.push(`${chargeName(charge, lang)} (${charge.at.sheet})`);
    for (const f of charge.fees) out.push(`  ${pad(f.member.name, 44)} ${pad(f.fee === null ? '–' : formatAmount(f.fee, lang), 18, true)}`);
    out.push(`  ${pad(L.total, 44)} ${pad(formatAmount(charge.total, lang), 18, true)}`);
    out.push('');
  }
  if (result.fees?.invoices.length) {
    out.push(lang === 'sv' ? `Fakturor: ${result.fees.invoices.length}` : `Invoices: ${result.fees.invoices.length}`);
    out.push('');
  }
  if (result.goals?.goals.length) {
    out.push(lang === 'sv' ? 'Finansiella mål' : 'Financial goals');
    for (const g of result.goals.goals) {
      const value = formatGoalValue(g, g.value, lang);
      const verdict = g.met === null ? '?' : g.met ? (lang === 'sv' ? '✔ uppfyllt' : '✔ met') : lang === 'sv' ? '✖ ej uppfyllt' : '✖ not met';
      out.push(`  ${pad(g.goal.name, 44)} ${pad(g.year === null ? '' : String(g.year), 5)} ${pad(value, 16, true)}  ${verdict}`);
    }
    out.push('');
  }
  const checks = sortChecks(result.analysis.checks);
  const count = (c: string) => checks.filter((x) => x.class === c).length;
  // The sheet's words without their symbol (`✖ Stämmer inte` → `stämmer inte`): a count reads as a phrase.
  const word = (label: string) => label.replace(/^[✖≈ℹ]\s*/u, '').toLowerCase();
  out.push(`${L.checksSheet}: ${count('mismatch')} ${word(L.mismatch)}, ${count('rounding')} ${word(L.rounding)}, ${count('info')} ${word(L.info)}`);
  for (const c of checks.filter((x) => x.class !== 'info')) out.push(`  ${c.class === 'mismatch' ? '✖' : '≈'} ${c.sheet}!${c.cell}  ${checkMessage(c, lang)}`);
  const errors = result.analysis.errors;
  if (errors.length) {
    out.push('');
    out.push(lang === 'sv' ? `Indatafel: ${errors.length}` : `Input errors: ${errors.length}`);
    for (const e of errors) out.push(`  ! ${e.sheet}!${e.cell}  ${formatMessage(e.key, lang, e.params)}`);
  }
  return out.join('\n');
}
