import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './PaneServices';

/**
 * The light theme ships with the first load; dark and high contrast come in their own chunk when the
 * host asks for them (each theme is a few KB of tokens the pane would otherwise always carry).
 */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'light') return webLightTheme;
  const { webDarkTheme, teamsHighContrastTheme } = await import('./otherThemes');
  return name === 'dark' ? webDarkTheme : teamsHighContrastTheme;
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
