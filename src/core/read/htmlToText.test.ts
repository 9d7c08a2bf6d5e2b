import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from './htmlToText';
import { bodyFromContent } from './bodyFromContent';

describe('htmlToText', () => {
  it.each([
    ['plain', 'hello  world', 'hello world'],
    ['paragraphs end lines', '<p>a</p><p>b</p>', 'a\nb'],
    ['divs and headings', '<div>a</div><h2>b</h2>c', 'a\nb\nc'],
    ['br ends a line', 'a<br>b<br/>c', 'a\nb\nc'],
    ['two br make an empty line', 'a<br><br>b', 'a\n\nb'],
    ['trailing br in a block adds nothing', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['nbsp paragraph is an empty line', '<p>a</p><p>&nbsp;</p><p>b</p>', 'a\n\nb'],
    ['empty paragraph is nothing', '<p>a</p><p></p><p>b</p>', 'a\nb'],
    ['whitespace collapses', '<p>  a \n\t b  </p>', 'a b'],
    [
      'inline elements keep text together',
      '<p>Goal: <b>decide</b> the <i>date</i></p>',
      'Goal: decide the date',
    ],
    [
      'entities decode',
      '<p>a &amp; b &lt;c&gt; &quot;d&quot; &#x4E2D;&#25991; &copy;</p>',
      'a & b <c> "d" 中文 ©',
    ],
    ['nbsp is a plain space', 'a&nbsp;&nbsp;b', 'a b'],
    [
      'script, style, head, title dropped',
      '<head><title>T</title><style>p{}</style></head><script>x()</script><p>a</p>',
      'a',
    ],
    [
      'list items end lines, list end leaves a gap',
      '<p>Agenda:</p><ul><li>one</li><li>two</ul><p>Pre-read: x</p>',
      'Agenda:\none\ntwo\n\nPre-read: x',
    ],
    [
      'table row is one tab-separated line',
      '<table><tr><td>14:00-14:10</td><td>对齐</td><td>王芳</td></tr></table>',
      '14:00-14:10\t对齐\t王芳',
    ],
    ['empty cells keep their tabs', '<table><tr><td></td><td>b</td><td></td></tr></table>', '\tb\t'],
    [
      'cell paragraphs become spaces',
      '<table><tr><td><p>a</p><p>b</p></td><td>c<br>d</td></tr></table>',
      'a b\tc d',
    ],
    [
      'header and body rows',
      '<table><thead><tr><th>Time</th><th>Item</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
      'Time\tItem\n1\t2',
    ],
    ['unclosed cells and rows', '<table><tr><td>a<td>b<tr><td>c<td>d</table>', 'a\tb\nc\td'],
    ['single-cell layout table keeps lines', '<table><tr><td><p>a</p><p>b</p></td></tr></table>', 'a\nb'],
    [
      'nested data table inside layout table',
      '<table><tr><td><p>x</p><table><tr><td>1</td><td>2</td></tr></table><p>y</p></td></tr></table>',
      'x\n1\t2\n\ny',
    ],
    ['table ends with a gap', '<table><tr><td>a</td><td>b</td></tr></table>after', 'a\tb\n\nafter'],
    ['pre keeps line breaks', '<pre>a\nb\n\nc</pre>d', 'a\nb\n\nc\nd'],
    ['full-width text is kept', '<p>会议目标：确定（Q3）计划</p>', '会议目标：确定（Q3）计划'],
    ['hidden elements dropped', '<p>a</p><div hidden>secret</div><p>b</p>', 'a\nb'],
    ['unclosed script swallows the rest', '<p>a</p><script>alert(1)', 'a'],
    ['comments dropped', 'a<!-- <p>b</p> -->c', 'ac'],
    [
      'Word conditional comments dropped',
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p class=MsoNormal>a<o:p></o:p></p>',
      'a',
    ],
    ['uppercase tags', '<P>A</P><BR><DIV>B</DIV>', 'A\n\nB'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('collects link targets in order, skipping fragments and script URLs', () => {
    const body = htmlToText(
      '<a href="https://a.example/1">one</a> <a href="#top">top</a> <a href="javascript:alert(1)">x</a>' +
        '<a href=" jav&#x09;ascript:alert(1)">y</a><a href="data:text/html,x">z</a><a href="mailto:a@b.c">m</a><a>no href</a><a href=" https://b.example/2 ">two</a>',
    );
    expect(body.links).toEqual(['https://a.example/1', 'mailto:a@b.c', 'https://b.example/2']);
    expect(body.text).toBe('one top xyzmno hreftwo');
  });

  it('handles 5,000 nested elements without recursion', () => {
    const html = '<div><span>'.repeat(5000) + 'deep' + '</span></div>'.repeat(5000);
    expect(htmlToText(html).text).toBe('deep');
    const unclosed = '<div>'.repeat(20000) + 'x';
    expect(htmlToText(unclosed).text).toBe('x');
  });

  it('stays linear on tables nested 5,000 deep (each level would copy the text again)', () => {
    const single =
      '<table><tr><td>'.repeat(5000) + 'line<br>'.repeat(20000) + '</td></tr></table>'.repeat(5000);
    expect(
      htmlToText(single)
        .text.split('\n')
        .filter((l) => l === 'line'),
    ).toHaveLength(20000);
    const multi = '<table><tr><td>a</td><td>'.repeat(5000) + 'line<br>'.repeat(20000);
    // A multi-cell row is one line, so the lines of its deep cell join with spaces.
    expect(htmlToText(multi).text.match(/\bline\b/g)).toHaveLength(20000);
  });

  it('keeps cells apart in tables nested a few levels deep', () => {
    const html =
      '<table><tr><td><table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table></td></tr></table>';
    expect(htmlToText(html).text).toBe('x\ty');
  });

  it('reads a 1 MB body', () => {
    const row =
      '<tr><td>14:00-14:10</td><td>需求对齐</td><td><a href="https://x.example/a">doc</a></td></tr>';
    const html = '<table>' + row.repeat(Math.ceil(1_000_000 / row.length)) + '</table>';
    const body = htmlToText(html);
    expect(body.text.split('\n').length).toBe(Math.ceil(1_000_000 / row.length));
    expect(body.links.length).toBe(Math.ceil(1_000_000 / row.length));
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        const body = htmlToText(s);
        expect(typeof body.text).toBe('string');
        expect(Array.isArray(body.links)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on HTML-ish strings, and text never contains markup from tags', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'br',
      'table',
      'tr',
      'td',
      'th',
      'li',
      'ul',
      'script',
      'style',
      'a',
      'pre',
      'b',
      'head',
      'title',
    );
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom(
        '<a href="https://x.example">',
        '<a href="javascript:x">',
        '&amp;',
        '&nbsp;',
        '&#0;',
        '&#x110000;',
        '<!--',
        '-->',
        '<',
        '>',
        '\t',
        '\n',
        '　',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const body = htmlToText(pieces.join(''));
        expect(body.text).not.toMatch(/<(p|div|table|tr|td|script)>/);
        expect(body.links.every((l) => !/^javascript:/i.test(l))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('bodyFromContent', () => {
  it('keeps plain text lines and normalizes line endings', () => {
    expect(bodyFromContent('a\r\nb\rc <b>not html</b>', 'text')).toEqual({
      text: 'a\nb\nc <b>not html</b>',
      links: [],
    });
  });
  it('turns HTML into text', () => {
    expect(bodyFromContent('<p>a</p><p><a href="https://x.example">b</a></p>', 'html')).toEqual({
      text: 'a\nb',
      links: ['https://x.example'],
    });
  });
});
