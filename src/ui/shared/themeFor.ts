import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './PaneServices';

export function themeFor(name: ThemeName): Theme {
  return name === 'dark' ? webDarkTheme : name === 'contrast' ? teamsHighContrastTheme : webLightTheme;
}

/** `?theme=light|dark|contrast` wins (tests, screenshots); otherwise the host's. */
export function themeFromQuery(search: string): ThemeName | null {
  const value = new URLSearchParams(search).get('theme');
  return value === 'light' || value === 'dark' || value === 'contrast' ? value : null;
}

/**
 * Office reports colours, not a theme name: a dark body background means a dark theme, and the
 * browser's forced-colors mode means high contrast.
 */
export function themeFromOffice(bodyBackground: string | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return 'contrast';
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackground?.trim() ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
}
