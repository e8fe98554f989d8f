import {
  colorsTuple,
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// A calm, slightly desaturated blue as the brand colour; status colours stay Mantine's defaults
// (green = accepted / paid, red = rejected / failed, yellow = pending).
const desk: MantineColorsTuple = [
  '#eef3ff',
  '#dce4f5',
  '#b6c6e6',
  '#8ca6d8',
  '#6a8bcb',
  '#547ac4',
  '#4871c2',
  '#3a60ab',
  '#31559a',
  '#24498a',
];

/** WCAG AA for normal text, with a margin for tinted ("light") backgrounds. */
const MIN_CONTRAST_ON_WHITE = 5.9;

function contrastOnWhite(color: string): number {
  return 1.05 / (luminance(color) + 0.05);
}

/**
 * Mantine's bright palettes put grey ("dimmed") text, and white text on green/orange/red, below
 * WCAG AA (2.4-4.4:1; axe-core flags them). Shades 6-9, the ones used for text and filled
 * backgrounds, are darkened just enough to read; the pale shades used for tints stay as they are.
 */
function readable(palette: MantineColorsTuple): MantineColorsTuple {
  return colorsTuple(
    palette.map((shade, index) => {
      if (index < 6) return shade;
      let color = shade;
      for (let step = 0; step < 20 && contrastOnWhite(color) < MIN_CONTRAST_ON_WHITE; step += 1) {
        color = darken(color, 0.05);
      }
      return color;
    }),
  );
}

const ACCENTS = [
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'cyan',
  'lime',
  'blue',
  'pink',
  'grape',
  'indigo',
] as const;

/** Mantine's placeholder grey (gray.5, 2.1:1 on white) is too faint to read. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'desk',
  colors: {
    desk: readable(desk),
    ...Object.fromEntries(ACCENTS.map((name) => [name, readable(DEFAULT_THEME.colors[name])])),
  },
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.25' },
      h2: { fontSize: '1.25rem', lineHeight: '1.3' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.35' },
    },
  },
  components: {
    Badge: {
      defaultProps: { variant: 'light', radius: 'sm' },
      // Title-case badges read better in dense tables than Mantine's default capitals.
      styles: { root: { textTransform: 'none', fontWeight: 600, letterSpacing: 0 } },
    },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    // Mantine's close button is an icon alone: it needs a name for screen readers (axe: button-name).
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // Dialog and drawer headers render as <header>, which axe counts as a second banner landmark
    // beside the app's header (landmark-no-duplicate-banner, landmark-unique): a plain <div> here.
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
    // Likewise the clear button of clearable selects and date pickers.
    InputClearButton: { defaultProps: { 'aria-label': 'Clear' } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 200 } },
  },
});
