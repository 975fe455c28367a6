import { Decimal, sum } from '../decimal';
import { generatedMark } from '../marks';
import { Lang, formatMessage } from '../messages';
import { amountCell } from '../render/cells';
import { LABELS } from '../render/labels';
import { OutputCell, OutputSheet, RowStyle, fitToWidth, tidyTable } from '../render/output';
import { isoToSerial } from './dates';
import { MemberFee, PopulationBasis } from './models';
import { FeeOutcome } from './outcome';
import { basisText, chargeName, modelText } from './texts';

/** The population a fee rests on, with its date and source; else the member's own figure, if any. */
function populationOf(f: MemberFee): PopulationBasis | null {
  const b = f.basis;
  if (b?.kind === 'perCapita') return b;
  if (b?.kind === 'allocation' && b.population) return b.population;
  const m = f.member;
  return m.population === null ? null : { population: m.population, referenceDate: m.referenceDate, source: m.source };
}

/** `Belopp i tkr omräknade till kronor (Avgift!B2, Medlemmar!C3).`: where the workbook's amounts were in another unit. */
function unitNotes(outcome: FeeOutcome, lang: Lang): string[] {
  const units = [...new Set(outcome.unitsApplied.map((a) => a.unit))];
  return units.map((unit) => {
    const cells = outcome.unitsApplied.filter((a) => a.unit === unit).map((a) => `${a.sheet}!${a.cell}`);
    return formatMessage('fees.unitsApplied', lang, { unit, cells: [...new Set(cells)].join(', ') });
  });
}

const countCell = (d: Decimal | null): OutputCell => (d === null ? null : d.toNumber());

/**
 * The `Medlemsavgifter` sheet: per charge, each member's fee with what it rests on, then the charge's sum;
 * with more than one charge, a grand total. A member without a fee is listed with the reason, not dropped,
 * and is in no sum.
 */
export function feesSheet(outcome: FeeOutcome, lang: Lang): OutputSheet {
  const L = LABELS[lang];
  const rows: OutputCell[][] = [];
  const rowStyles: RowStyle[] = [];
  const several = outcome.charges.length > 1;
  for (const charge of outcome.charges) {
    for (const f of charge.fees) {
      const p = populationOf(f);
      const m = f.member;
      rows.push([
        chargeName(charge, lang),
        m.name,
        m.municipalityCode,
        m.orgNumber,
        countCell(p?.population ?? null),
        p?.referenceDate ? isoToSerial(p.referenceDate) : null,
        p?.source ?? null,
        amountCell(f.fee),
        basisText(f, lang),
      ]);
      rowStyles.push('normal');
    }
    const populations = charge.fees.map((f) => populationOf(f)?.population ?? null);
    const allPopulations = populations.every((p) => p !== null) ? sum(populations as Decimal[]) : null;
    rows.push([
      formatMessage(L.feeSubtotal, lang, { charge: chargeName(charge, lang) }),
      null,
      null,
      null,
      countCell(allPopulations),
      null,
      null,
      amountCell(charge.total),
      null,
    ]);
    rowStyles.push(several ? 'group' : 'total');
  }
  if (several) {
    rows.push([L.feeTotal, null, null, null, null, null, null, amountCell(sum(outcome.charges.map((c) => c.total))), null]);
    rowStyles.push('total');
  }
  // Columns no member has a value in (Kommunkod, Organisationsnummer, Källa …) are left out.
  const table = tidyTable({
    name: lang === 'sv' ? 'Avstamning_Medlemsavgifter' : 'Avstamning_MemberFees',
    columns: [
      { header: L.feeCharge, kind: 'text', width: 22, wrap: true },
      { header: L.feeMember, kind: 'text', width: 28, wrap: true },
      { header: L.feeMunicipalityCode, kind: 'text', width: 12 },
      { header: L.feeOrgNumber, kind: 'text', width: 20 },
      { header: L.feePopulation, kind: 'integer', width: 12 },
      { header: L.feeReferenceDate, kind: 'date', width: 15 },
      { header: L.feeSource, kind: 'text', width: 12, wrap: true },
      // The fee before the long basis, so it prints on the first page beside the member.
      { header: L.feeAmount, kind: 'amount', width: 16 },
      { header: L.feeBasis, kind: 'text', width: 60, wrap: true },
    ],
    rows,
    rowStyles,
    conditional: [],
  });
  return {
    key: 'fees',
    name: L.feeSheet,
    title: L.feeTitle,
    notes: [
      generatedMark(lang, L.feeSheet),
      ...(outcome.charges.length ? outcome.charges.map((c) => modelText(c, lang)) : [L.feeNoMembers]),
      // How an amount is shared matters only where one is: fixed fees and per-capita fees are not shared out.
      ...(outcome.charges.some((c) => c.model?.kind === 'allocation') ? [L.feeAllocationNote, L.feeAllocationRule] : [L.feeTotalsNote]),
      ...unitNotes(outcome, lang),
    ],
    table,
    print: fitToWidth(table.columns, 2),
  };
}
