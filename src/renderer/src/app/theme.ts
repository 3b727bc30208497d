import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A muted petrol blue: calm next to red error states and legible on projector screens in meetings.
const andel: MantineColorsTuple = [
  '#e9f4f6',
  '#d6e6ea',
  '#a9ccd4',
  '#79b0bd',
  '#5298aa',
  '#3a899e',
  '#2c8198',
  '#1d6e84',
  '#0f6276',
  '#005468',
];

export const theme = createTheme({
  primaryColor: 'andel',
  primaryShade: 7,
  colors: { andel },
  // The platform's UI font on macOS and Windows; on Linux a neutral sans before the wide default.
  fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, system-ui, sans-serif",
  fontFamilyMonospace: "ui-monospace, 'SF Mono', 'Cascadia Mono', 'DejaVu Sans Mono', monospace",
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
  // Dense: a treasurer wants many rows on screen, not airy cards.
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  cursorType: 'pointer',
  // Drawers and menus appear at once for people who asked their system for less motion.
  respectReducedMotion: true,
});
