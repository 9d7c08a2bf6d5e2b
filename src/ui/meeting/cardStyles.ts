import { makeStyles, tokens } from '@fluentui/react-components';

/** The meeting cards' shared look: a flush list of rows, a wrapping row of badge and text, a quiet note. */
export const useCardStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  quiet: { color: tokens.colorNeutralForeground3 },
});
