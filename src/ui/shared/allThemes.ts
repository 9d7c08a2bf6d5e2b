import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './PaneServices';

/** Every theme, loaded eagerly: for surfaces without the task pane's initial-JS budget (see loadTheme). */
export const ALL_THEMES: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };
