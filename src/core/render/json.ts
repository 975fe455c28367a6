import { Analysis } from '../deviations/analyze';
import { checkMessage } from '../deviations/checks';
import { Figures } from '../deviations/figures';
import { Money, moneyToPlain, percentRounded } from '../money';
import { Lang, formatMessage } from '../messages';
import { sortChecks } from './checks-sheet';
import { GoalsOutcome, goalsJson } from '../goals';
import { FeeOutcome, feesJson, invoicesJson } from '../fees';

/** The command line's JSON (SPEC 7): kronor and percentages as decimal strings, null where there is no value. */
export interface ResultJson {
  version: 1;
  deviations: unknown[];
  checks: unknown[];
  fees: { members: unknown[]; total: string } | null;
  invoices: unknown[];
  goals: unknown[];
  errors: { sheet: string; cell: string; message: string }[];
}

const money = (m: Money | null) => (m === null ? null : moneyToPlain(m));
/** Percentages to two decimals, half away from zero: enough for any report, and stated. */

function figures(f: Figures) {
  return {
    budget: money(f.budget),
    outcome: money(f.outcome),
    forecast: money(f.forecast),
    deviation: money(f.deviation),
    deviationPercent: f.budget === null || f.deviation === null ? null : percentRounded(f.deviation, f.budget, 2),
    forecastDeviation: money(f.forecastDeviation),
    forecastAccuracy: money(f.forecastAccuracy),
  };
}

/** The parts of a run that the JSON reports. */
export interface JsonParts {
  analysis: Analysis;
  goals: GoalsOutcome | null;
  fees: FeeOutcome | null;
}

export function toJson({ analysis, goals, fees }: JsonParts, lang: Lang): ResultJson {
  return {
    version: 1,
    deviations: analysis.tables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      unit: t.unit,
      convention: t.convention,
      lines: t.lines.map((l) => ({
        name: l.name,
        goalArea: l.goalArea,
        row: l.row,
        type: l.type,
        ...figures(l),
        reportedDeviation: money(l.reportedDeviation),
        favourable: l.favourable,
        flagged: l.flagged,
      })),
      groups: t.groups.map((g) => ({ name: g.name, lines: g.lineCount, ...figures(g), favourable: g.favourable, flagged: g.flagged })),
      total: { ...figures(t.total), favourable: t.total.favourable, flagged: t.total.flagged },
    })),
    checks: sortChecks(analysis.checks).map((c) => ({
      kind: c.kind,
      class: c.class,
      sheet: c.sheet,
      cell: c.cell,
      expected: money(c.expected),
      found: money(c.found),
      difference: money(c.difference),
      message: checkMessage(c, lang),
    })),
    fees: fees ? feesJson(fees) : null,
    invoices: fees ? invoicesJson(fees) : [],
    goals: goals ? goalsJson(goals) : [],
    errors: analysis.errors.map((e) => ({ sheet: e.sheet, cell: e.cell, message: formatMessage(e.key, lang, e.params) })),
  };
}
