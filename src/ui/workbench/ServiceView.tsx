import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model/Lang';
import { createTranslator } from '../../core/i18n/createTranslator';
import { shellCatalog } from '../../core/i18n/catalogs/shellCatalog';

const t = createTranslator(shellCatalog);
const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface OutboxItem {
  channel: 'feed' | 'mail';
  at: string;
  to: string;
  title: string;
  text: string;
  replaced: number;
}

interface ClockView {
  now: string;
  advancing: boolean;
}

const POLL_MS = 1500;
const HOUR = 3_600_000;

/** The emulator's view of the service (`/_emu/service/*` through the workbench's `/graph` proxy). */
export function ServiceView({ lang, base = 'graph/_emu' }: { lang: Lang; base?: string }) {
  const styles = useStyles();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [clock, setClock] = useState<ClockView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const [o, c] = await Promise.all([fetch(`${base}/service/outbox`), fetch(`${base}/service/clock`)]);
      if (!o.ok || !c.ok) throw new Error(`HTTP ${o.status}/${c.status}`);
      setItems(((await o.json()) as { value: OutboxItem[] }).value);
      setClock((await c.json()) as ClockView);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [base]);
  useEffect(() => {
    void refresh();
    const id = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(id);
  }, [refresh]);
  const advance = (ms: number) =>
    void fetch(`${base}/service/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: ms }),
    }).then(refresh);
  const when = (iso: string) => new Date(iso).toLocaleString(lang);
  return (
    <section className={styles.root} aria-live="polite">
      <Text>{t(lang, 'service.intro')}</Text>
      <div className={styles.bar}>
        <Text weight="semibold">{clock ? t(lang, 'service.clock', { now: when(clock.now) }) : '…'}</Text>
        {clock?.advancing && <Badge appearance="tint">{t(lang, 'service.advancing')}</Badge>}
        <Button onClick={() => advance(HOUR)}>{t(lang, 'service.hour')}</Button>
        <Button appearance="primary" onClick={() => advance(24 * HOUR)}>
          {t(lang, 'service.day')}
        </Button>
      </div>
      {error && <Text role="alert">{t(lang, 'service.offline', { reason: error })}</Text>}
      {items.length === 0 && !error && <Text>{t(lang, 'service.empty')}</Text>}
      <ul className={styles.list}>
        {items.map((m, i) => (
          <li
            key={`${m.at}-${i}`}
            className={styles.item}
            data-testid="service-item"
            data-channel={m.channel}
          >
            <div className={styles.head}>
              <Badge appearance="outline">
                {t(lang, m.channel === 'feed' ? 'service.feed' : 'service.mail')}
              </Badge>
              <Text size={200}>
                {when(m.at)} → <span data-part="to">{m.to}</span>
              </Text>
              {m.replaced > 0 && <Text size={200}>{t(lang, 'service.replaced', { count: m.replaced })}</Text>}
            </div>
            <Text weight="semibold" data-part="title">
              {m.title}
            </Text>
            <Text size={200} data-part="text">
              {m.text}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
