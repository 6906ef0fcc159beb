import { createTheme } from '@mantine/core';

/** Green like a lime tree; system fonts only, nothing is fetched from the network. */
export const theme = createTheme({
  primaryColor: 'green',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif',
});
