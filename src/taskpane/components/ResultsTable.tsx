import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Warning16Filled } from '@fluentui/react-icons';
import { TableResult } from '../../core/deviations/analyze';
import { groupName } from '../../core/render/group-name';
import { Figures, deviationPercent } from '../../core/deviations/figures';
import { formatMoney, formatPercent } from '../../core/render/format';
import { isNegative } from '../../core/money';
import { Lang } from '../../core/messages';
import { Strings } from '../strings';

/** A flag is an icon and a word, never colour alone. */
function FlagCell({ f, s }: { f: Figures; s: Strings }) {
  if (f.flagged) {
    return (
      <TableCell style={{ color: tokens.colorPaletteRedForeground1 }}>
        <Warning16Filled aria-hidden /> {s.flagged}
      </TableCell>
    );
  }
  return (
    <TableCell style={{ color: tokens.colorNeutralForeground3 }}>
      <CheckmarkCircle16Regular aria-hidden /> {f.favourable ? s.favourable : s.unfavourable}
    </TableCell>
  );
}

function Row({ name, f, s, lang, strong }: { name: string; f: Figures; s: Strings; lang: Lang; strong?: boolean }) {
  const negative = f.deviation !== null && isNegative(f.deviation);
  return (
    <TableRow style={strong ? { fontWeight: tokens.fontWeightSemibold } : undefined}>
      <TableCell title={name} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {name}
      </TableCell>
      <TableCell style={{ textAlign: 'right', color: negative ? tokens.colorPaletteRedForeground1 : undefined }}>{f.deviation === null ? '–' : formatMoney(f.deviation, lang)}</TableCell>
      <TableCell style={{ textAlign: 'right' }}>{formatPercent(deviationPercent(f), lang)}</TableCell>
      <FlagCell f={f} s={s} />
    </TableRow>
  );
}

/** One table of the workbook: its goal areas (or sections) and its total, with deviation, % and flag. */
export function ResultsTable({ table, s, lang }: { table: TableResult; s: Strings; lang: Lang }) {
  return (
    <section aria-label={`${s.results}: ${table.sheet}`}>
      <Text weight="semibold" as="h3" block>
        {table.sheet} <Text size={200}>({table.unit})</Text>
      </Text>
      <Table size="small" aria-label={`${s.results}: ${table.sheet}`} style={{ tableLayout: 'fixed' }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '38%' }}>{s.goalArea}</TableHeaderCell>
            <TableHeaderCell style={{ width: '26%', textAlign: 'right' }}>{s.deviation}</TableHeaderCell>
            <TableHeaderCell style={{ width: '14%', textAlign: 'right' }}>{s.percent}</TableHeaderCell>
            <TableHeaderCell style={{ width: '22%' }}>{s.flag}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.groups.map((g) => (
            <Row key={g.name} name={groupName(g.name, lang)} f={g} s={s} lang={lang} />
          ))}
          <Row name={s.total} f={table.total} s={s} lang={lang} strong />
        </TableBody>
      </Table>
    </section>
  );
}
