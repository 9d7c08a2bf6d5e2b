// Loaded on demand by loadTheme: keeps these tokens out of the pane's first load.
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
