import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * The pane's shared styles. It is 320–350 px wide in Excel: tables stack a row's name over its figures,
 * figures never wrap and stand right-aligned, names wrap whole (never cut), so no cell is wider than itself.
 */
export const usePaneStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h1: { ...typographyStyles.title3, margin: 0 },
  h2: { ...typographyStyles.subtitle2, margin: 0 },
  h3: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  h4: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'auto',
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground1,
  },
  headCell: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  /** A row's name, over its figures: wraps, never cut. */
  nameCell: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} 0`,
    overflowWrap: 'anywhere',
  },
  cell: { padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  /** Amounts and percentages: right-aligned, on one line, digits of equal width so columns line up. */
  number: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS}`,
    verticalAlign: 'top',
  },
  numberHead: { textAlign: 'right' },
  /** A name and its figure on one row (a member and its fee). */
  rowName: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
  rowNumber: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'top',
  },
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  total: { fontWeight: tokens.fontWeightSemibold },
  negative: { color: tokens.colorPaletteRedForeground1 },
  unfavourable: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  favourable: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  verdict: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, marginTop: '1px' },
  list: { listStyleType: 'none', padding: 0, margin: 0 },
  listItem: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  /** A cell reference as a button: wraps like text in a narrow pane. */
  linkButton: { whiteSpace: 'normal', maxWidth: '100%', minWidth: 0, textAlign: 'left', height: 'auto', overflowWrap: 'anywhere' },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  listbox: { maxHeight: '50vh' },
  warning: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', color: tokens.colorNeutralForeground1 },
  warningIcon: { flexShrink: 0, marginTop: '2px', color: tokens.colorPaletteDarkOrangeForeground1 },
});
