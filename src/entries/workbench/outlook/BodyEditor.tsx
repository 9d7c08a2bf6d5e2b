import { Checkbox, Field, Tab, TabList, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { escapeHtml } from '../../../core/fixes/escapeHtml';
import { htmlToText } from '../../../core/read/htmlToText';
import { wt } from './workbenchText';

/** What a person types becomes one paragraph per line, as Outlook's editor stores it. */
export function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`))
    .join('');
}

// A locked-down preview: no scripts (sandbox), no requests (CSP), so a hostile sample cannot act.
const PREVIEW_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

/**
 * The body as text (default) or as the HTML the host holds. The draft is kept locally while typing so
 * the editor never fights the round trip; a change made elsewhere (a fix from the pane) replaces it.
 */
export function BodyEditor({ html, onChange }: { html: string; onChange(html: string): void }) {
  const [mode, setMode] = useState<'text' | 'html'>('text');
  const [draft, setDraft] = useState(() => htmlToText(html).text);
  const [preview, setPreview] = useState(false);
  const written = useRef(html);

  useEffect(() => {
    if (html === written.current) return;
    written.current = html;
    setDraft(mode === 'text' ? htmlToText(html).text : html);
  }, [html, mode]);

  const edit = (value: string) => {
    setDraft(value);
    const next = mode === 'text' ? textToHtml(value) : value;
    written.current = next;
    onChange(next);
  };
  const switchTo = (next: 'text' | 'html') => {
    setMode(next);
    setDraft(next === 'text' ? htmlToText(html).text : html);
  };

  return (
    <Field label={wt('form.body')}>
      <TabList size="small" selectedValue={mode} onTabSelect={(_, d) => switchTo(d.value as 'text' | 'html')}>
        <Tab value="text">{wt('form.bodyText')}</Tab>
        <Tab value="html">{wt('form.bodyHtml')}</Tab>
      </TabList>
      <Textarea
        aria-label={wt('form.body')}
        value={draft}
        resize="vertical"
        rows={14}
        onChange={(_, d) => edit(d.value)}
        data-testid="body"
        textarea={{ style: { fontFamily: mode === 'html' ? 'monospace' : undefined, maxHeight: 'none' } }}
      />
      <Checkbox
        label={wt('form.preview')}
        checked={preview}
        onChange={(_, d) => setPreview(d.checked === true)}
      />
      {preview && (
        <iframe
          title={wt('form.preview')}
          sandbox=""
          srcDoc={PREVIEW_CSP + html}
          style={{ width: '100%', height: 240, border: '1px solid #8a8886', background: '#fff' }}
        />
      )}
    </Field>
  );
}
