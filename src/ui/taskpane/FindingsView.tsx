import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/model/Finding';
import { usePaneText } from '../shared/usePaneText';
import { FindingCard } from './FindingCard';
import type { FixAction } from './fixActions';
import { groupFindings } from './groupFindings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  heading: { marginTop: tokens.spacingVerticalM },
});

/** Findings grouped the way the guide thinks, most severe first. */
export function FindingsView({
  findings,
  actionsFor,
  busy,
  onFix,
}: {
  findings: readonly Finding[];
  actionsFor(finding: Finding): FixAction[];
  busy: boolean;
  onFix(action: FixAction): void;
}) {
  const t = usePaneText();
  const s = useStyles();
  return (
    <div data-testid="findings">
      {groupFindings(findings).map((g) => (
        <section key={g.id} className={s.group} aria-labelledby={`group-${g.id}`} data-group={g.id}>
          <Text as="h2" id={`group-${g.id}`} weight="semibold" size={300} className={s.heading}>
            {t(`group.${g.id}`)}
          </Text>
          <ul className={s.list}>
            {g.findings.map((f, i) => (
              <FindingCard key={`${f.rule}-${i}`} finding={f} actions={actionsFor(f)} busy={busy} onFix={onFix} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
