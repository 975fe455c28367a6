import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import { Convention } from '../../core/read/convention';
import { HEAD_COLUMNS } from '../../core/read/heads';
import { MappedRole } from '../../core/read/mapping';
import { SheetReport } from '../../core/read/report';
import { Unit } from '../../core/read/units';
import { Lang } from '../../core/messages';
import { columnNote, conventionWhy, leftOutText, readingWhy, unitFromText } from '../../core/render/reading-text';
import { ColumnView, SheetView } from '../sheet-views';
import { PANE_ROLES, ROLE_LABELS, Strings, fill } from '../strings';
import { usePaneStyles } from '../styles';

export interface TableChoices {
  onRole: (sheet: string, col: number, role: MappedRole) => void;
  onHeaderRow: (sheet: string, row: number) => void;
  onUnit: (sheet: string, unit: Unit) => void;
  onConvention: (sheet: string, convention: Convention) => void;
}

const USE_WORD: Record<SheetReport['as'], keyof Strings> = {
  deviations: 'useDeviations',
  join: 'useJoin',
  'budget-only': 'useBudgetOnly',
  'outcome-only': 'useOutcomeOnly',
  members: 'useMembers',
  'fee-parameters': 'useFeeParameters',
  goals: 'useGoals',
  statement: 'useStatement',
  mapping: 'useMapping',
  none: 'useNone',
  settings: 'useNone',
  generated: 'useNone',
};

const UNITS: readonly Unit[] = ['kr', 'tkr', 'mnkr'];
const CONVENTIONS: readonly Convention[] = ['signed', 'unsigned', 'ledger'];

/** A header row's first texts, short enough for a dropdown in a narrow pane. */
const short = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

function missingText(v: SheetView, s: Strings): string | null {
  if (v.missing === 'outcome') return fill(s.missingOutcome, { sheet: v.sheet });
  if (v.missing === 'budget') return fill(s.missingBudget, { sheet: v.sheet });
  if (v.missing === 'both') return fill(s.missingBoth, { sheet: v.sheet });
  return null;
}

function Missing({ text }: { text: string }) {
  const styles = usePaneStyles();
  return (
    <Text size={200} className={styles.warning}>
      <Warning16Filled aria-hidden className={styles.warningIcon} />
      <span>{text}</span>
    </Text>
  );
}

function ColumnChoice({ view, c, s, lang, choose }: { view: SheetView; c: ColumnView; s: Strings; lang: Lang; choose: TableChoices }) {
  const styles = usePaneStyles();
  const words = ROLE_LABELS[lang];
  const roles: MappedRole[] = c.role && !(PANE_ROLES as readonly MappedRole[]).includes(c.role) ? [...PANE_ROLES, c.role] : [...PANE_ROLES];
  const note = c.report && !c.report.used && c.report.role !== null ? columnNote(c.report, lang) : null;
  const hint = c.mapped ? s.yourChoice : note ? `${note[0].toLocaleUpperCase('sv-SE')}${note.slice(1)}.` : undefined;
  return (
    <Field
      className={styles.field}
      label={c.header ? fill(s.columnLabel, { column: c.column, header: c.header }) : fill(s.columnNoHeader, { column: c.column })}
      hint={hint}
    >
      <Dropdown
        className={styles.dropdown}
        listbox={{ className: styles.listbox }}
        placeholder={s.notUnderstood}
        value={c.role ? words[c.role] : ''}
        selectedOptions={c.role ? [c.role] : []}
        onOptionSelect={(_, d) => d.optionValue && d.optionValue !== c.role && choose.onRole(view.sheet, c.col, d.optionValue as MappedRole)}
      >
        {roles.map((r) => (
          <Option key={r} value={r}>
            {words[r]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function SheetChoices({ view, s, lang, choose }: { view: SheetView; s: Strings; lang: Lang; choose: TableChoices }) {
  const styles = usePaneStyles();
  const columnsHeading = useId();
  const t = view.table;
  const unitWords: Record<Unit, string> = { kr: s.unitKr, tkr: s.unitTkr, mnkr: s.unitMnkr };
  const conventionWords: Record<Convention, string> = { signed: s.signed, unsigned: s.unsigned, ledger: s.ledger };
  const rowWord = (r: { row: number; text: string }) => (r.text ? fill(s.rowOption, { row: r.row, text: short(r.text) }) : fill(s.rowEmpty, { row: r.row }));
  const current = view.headerRows.find((r) => r.row === view.headerRow);
  // A unit no cell gave is said as assumed, not as coming from somewhere.
  const unitHint =
    view.unit && (!t || t.unitFrom === 'mapping')
      ? s.yourChoice
      : !t || t.unitFrom === 'default'
        ? s.unitAssumed
        : fill(s.unitFrom, { from: unitFromText(t, lang) });
  const why = t ? conventionWhy(t, lang) : null;
  return (
    <>
      <Field className={styles.field} label={s.headerRow}>
        <Dropdown
          className={styles.dropdown}
          listbox={{ className: styles.listbox }}
          value={current ? rowWord(current) : String(view.headerRow)}
          selectedOptions={[String(view.headerRow)]}
          onOptionSelect={(_, d) => d.optionValue && Number(d.optionValue) !== view.headerRow && choose.onHeaderRow(view.sheet, Number(d.optionValue))}
        >
          {view.headerRows.map((r) => (
            <Option key={r.row} value={String(r.row)} text={rowWord(r)}>
              {rowWord(r)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field className={styles.field} label={s.unit} hint={unitHint}>
        <Dropdown
          className={styles.dropdown}
          value={view.unit ? unitWords[view.unit] : ''}
          placeholder={unitWords.kr}
          selectedOptions={view.unit ? [view.unit] : []}
          onOptionSelect={(_, d) => d.optionValue && d.optionValue !== view.unit && choose.onUnit(view.sheet, d.optionValue as Unit)}
        >
          {UNITS.map((u) => (
            <Option key={u} value={u}>
              {unitWords[u]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {view.convention !== null && (
        <Field
          className={styles.field}
          label={s.convention}
          hint={t?.conventionWhy === 'override' ? s.yourChoice : why ? fill(s.conventionWhy, { why }) : undefined}
        >
          <Dropdown
            className={styles.dropdown}
            value={conventionWords[view.convention]}
            selectedOptions={[view.convention]}
            onOptionSelect={(_, d) => d.optionValue && d.optionValue !== view.convention && choose.onConvention(view.sheet, d.optionValue as Convention)}
          >
            {CONVENTIONS.map((c) => (
              <Option key={c} value={c}>
                {conventionWords[c]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <h4 id={columnsHeading} className={styles.h4}>
        {s.columns}
      </h4>
      <div role="group" aria-labelledby={columnsHeading} className={styles.section}>
        {view.columns.map((c) => (
          <ColumnChoice key={c.col} view={view} c={c} s={s} lang={lang} choose={choose} />
        ))}
      </div>
      {view.moreColumns && (
        <Text size={200} className={styles.muted}>
          {fill(s.moreColumns, { count: HEAD_COLUMNS })}
        </Text>
      )}
    </>
  );
}

/**
 * The Tables step (SPEC 1.6, 1.7): for each sheet, how it was read; for a budget or outcome table, and for a
 * sheet no reader used, its header row, unit, convention and each column's role, which the user can change.
 * A change is run at once and kept on the settings sheet. What is missing is said first, in plain words.
 */
export function TablesStep({ views, s, lang, choose }: { views: readonly SheetView[]; s: Strings; lang: Lang; choose: TableChoices }) {
  const styles = usePaneStyles();
  const heading = useId();
  const missing = views.map((v) => missingText(v, s)).filter((t): t is string => t !== null);
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h2 id={heading} className={styles.h2}>
        {s.tables}
      </h2>
      <Text size={200}>{s.tablesIntro}</Text>
      {missing.map((text) => (
        <Missing key={text} text={text} />
      ))}
      <Accordion multiple collapsible defaultOpenItems={views.filter((v) => v.missing !== null).map((v) => v.sheet)}>
        {views.map((v) => (
          <AccordionItem key={v.sheet} value={v.sheet}>
            <AccordionHeader as="h3" expandIconPosition="end">
              <span className={styles.h3}>
                {v.sheet}
                <Text size={200} className={styles.muted}>
                  {' · '}
                  {[...new Set(v.reports.map((r) => s[USE_WORD[r.as]]))].join(', ')}
                </Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <div role="group" aria-label={v.sheet} className={styles.section}>
                {v.reports.map((r, i) => (
                  <Text key={i} size={200} block>
                    {readingWhy(r, lang)}
                  </Text>
                ))}
                {/* Rows among a table's lines that are none (key figures, varav rows, notes): said, so none vanishes unsaid. */}
                {v.reports.flatMap((r, i) =>
                  (r.table?.leftOut ?? []).map((l) => (
                    <Text key={`${i}-${l.why}`} size={200} block className={styles.muted}>
                      {leftOutText(l, lang)}
                    </Text>
                  )),
                )}
                {v.mappable && <SheetChoices view={v} s={s} lang={lang} choose={choose} />}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
