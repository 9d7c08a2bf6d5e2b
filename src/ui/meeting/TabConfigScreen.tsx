import {
  Field,
  FluentProvider,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createTranslator } from '../../core/i18n/createTranslator';
import { meetingCatalog } from '../../core/i18n/catalogs/meetingCatalog';
import type { AppError } from '../../core/errors/AppError';
import { planCatalog } from '../../core/i18n/catalogs/planCatalog';
import type { PlanChoice } from '../../core/meeting/planChoice';
import type { Lang } from '../../core/model/Lang';
import { PlanPicker, type PlanPickerServices } from './PlanPicker';

const t = createTranslator(meetingCatalog);
const tp = createTranslator(planCatalog);
const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
  },
});

export interface TabConfigProps {
  lang: Lang;
  theme: Theme;
  inTeams: boolean;
  /** Called with the tab name whenever it changes; the entry hands it to Teams on save. */
  onName(name: string): void;
  /** The organizer's plans (absent when nobody is signed in); the pick goes with the tab on save. */
  plans?: PlanPickerServices;
  /** The plan saved with the tab before (reconfiguring) or in the meeting record. */
  plan?: PlanChoice;
  onPlan(choice: PlanChoice | undefined): void;
  describeError(error: AppError): string;
  /** The meeting's subject, suggested as the name of a new plan. */
  meetingTitle?: string;
}

/** The tab configuration page Teams shows when the app is added to a meeting. */
export function TabConfigScreen(props: TabConfigProps) {
  const { lang, theme, inTeams, onName, plans, onPlan } = props;
  const styles = useStyles();
  const [name, setName] = useState(t(lang, 'app.title'));
  const [plan, setPlan] = useState<PlanChoice | undefined>(props.plan);
  useEffect(() => onName(name), [name, onName]);
  useEffect(() => {
    onPlan(plan);
  }, [plan, onPlan]);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.main}>
        <Text as="h1" size={500} weight="semibold">
          {t(lang, 'config.title')}
        </Text>
        <Text>{t(lang, 'config.intro')}</Text>
        <Field label={t(lang, 'config.name')} validationState={name.trim() ? 'none' : 'error'}>
          <Input value={name} onChange={(_, d) => setName(d.value)} maxLength={60} />
        </Field>
        {plans ? (
          <PlanPicker
            lang={lang}
            services={plans}
            value={plan}
            onChange={setPlan}
            describeError={props.describeError}
            newTitle={props.meetingTitle || t(lang, 'app.title')}
          />
        ) : (
          <Text>{tp(lang, 'plan.noSignIn')}</Text>
        )}
        <MessageBar intent={inTeams ? 'info' : 'warning'}>
          <MessageBarBody>{t(lang, inTeams ? 'config.ready' : 'config.notInTeams')}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
