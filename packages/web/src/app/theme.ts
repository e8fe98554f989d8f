import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'desk',
  colors: { desk },
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
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 200 } },
  },
});
