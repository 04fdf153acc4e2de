import { describe, expect, it } from 'vitest';
import { checkOutbound } from './check-outbound';
import {
  buttonsMessage,
  documentMessage,
  listMessage,
  templateMessage,
  textMessage,
  windowDependentMessage,
} from './outbound-builders';
import type { ListRow } from './outbound-types';

const rows = (count: number): ListRow[] =>
  Array.from({ length: count }, (_, index) => ({ id: `r${index}`, title: `Row ${index}` }));

describe('checkOutbound', () => {
  it('when every message is within the limits, then there is nothing to report', () => {
    const messages = [
      textMessage('Namaskaram'),
      listMessage('Choose', 'Open menu', rows(10), { header: 'Seva', footer: 'Type MENU' }),
      buttonsMessage('Agree?', [
        { id: 'a', title: 'Yes' },
        { id: 'b', title: 'No' },
        { id: 'c', title: 'Later' },
      ]),
      documentMessage({ mediaId: '123' }, { filename: 'certificate.pdf', caption: 'Income Certificate' }),
      documentMessage({ link: 'https://example.org/c.pdf' }),
      templateMessage('seva_status_update', 'te', ['ABCD-EFGH-JKMN-P', 'ఆదాయ ధ్రువీకరణ పత్రం', 'జారీ అయింది']),
    ];
    for (const message of messages) expect(checkOutbound(message)).toEqual([]);
  });

  it('when a list breaks the row limits, then each problem is named with its path', () => {
    const list = listMessage('Choose', 'A button label too long', [
      ...rows(10),
      { id: 'r0', title: 'A title of twenty-five ch', description: 'x'.repeat(73) },
    ]);
    expect(checkOutbound(list)).toEqual([
      'interactive.action.button is 23 characters; the limit is 20',
      'interactive.action.sections[0].rows[10].id "r0" is used twice',
      'interactive.action.sections[0].rows[10].title is 25 characters; the limit is 24',
      'interactive.action.sections[0].rows[10].description is 73 characters; the limit is 72',
      'interactive has 11 rows; the limit is 10',
    ]);
  });

  it('counts rows across sections and wants section titles when there are several', () => {
    const list = listMessage('Choose', 'Open', [
      { rows: rows(6) },
      { title: 'More', rows: rows(6).map((row) => ({ ...row, id: `s${row.id}` })) },
    ]);
    expect(checkOutbound(list)).toEqual([
      'interactive.action.sections[0].title is empty',
      'interactive has 12 rows; the limit is 10',
    ]);
  });

  it('counts Telugu and emoji in UTF-16 code units', () => {
    // 23 and 25 code units, though each shows as about a dozen letters.
    expect(checkOutbound(listMessage('x', 'y', [{ id: 'a', title: 'కుటుంబ సభ్యుల ధ్రువీకరణ' }]))).toEqual([]);
    expect(checkOutbound(listMessage('x', 'y', [{ id: 'a', title: 'కుటుంబ సభ్యుల ధ్రువీకరణలు' }]))).toEqual([
      'interactive.action.sections[0].rows[0].title is 25 characters; the limit is 24',
    ]);
    expect(checkOutbound(buttonsMessage('x', [{ id: 'a', title: '🙏'.repeat(11) }]))).toEqual([
      'interactive.action.buttons[0].reply.title is 22 characters; the limit is 20',
    ]);
  });

  it('when reply buttons break their limits, then each is reported', () => {
    const message = buttonsMessage(
      'x'.repeat(1025),
      [
        { id: 'a', title: 'Yes' },
        { id: 'a', title: 'Yes' },
        { id: 'c', title: 'A title over twenty c' },
        { id: 'd', title: 'Four' },
      ],
      { header: 'h'.repeat(61), footer: ' ' },
    );
    expect(checkOutbound(message)).toEqual([
      'interactive.header.text is 61 characters; the limit is 60',
      'interactive.body.text is 1025 characters; the limit is 1024',
      'interactive.footer.text is empty',
      'interactive.action.buttons has 4 buttons; the limit is 3',
      'interactive.action.buttons[1].reply.id is used twice',
      'interactive.action.buttons[1].reply.title is used twice',
      'interactive.action.buttons[2].reply.title is 21 characters; the limit is 20',
    ]);
  });

  it('when a text, document or template is malformed, then it is reported', () => {
    expect(checkOutbound(textMessage('x'.repeat(4097)))).toEqual(['text.body is 4097 characters; the limit is 4096']);
    expect(checkOutbound({ type: 'document', document: { link: 'http://example.org/c.pdf' } })).toEqual([
      'document.link must be an https URL',
    ]);
    expect(checkOutbound({ type: 'document', document: {} as never })).toEqual([
      'document needs exactly one of id and link',
    ]);
    expect(checkOutbound(templateMessage('Seva Update', 'telugu', ['line one\nline two', 'a     b']))).toEqual([
      'template.name must be lowercase letters, digits and underscores',
      'template.language.code "telugu" is not a language code',
      'template.components[0].parameters[0].text has a line break, a tab or more than four spaces in a row',
      'template.components[0].parameters[1].text has a line break, a tab or more than four spaces in a row',
    ]);
  });

  it('when a template carries a document in its header, then the document is checked like any other', () => {
    const certificate = templateMessage('seva_certificate_issued', 'en', ['Income Certificate', 'INC-2025-00001'], {
      document: { mediaId: '123', filename: 'INC-2025-00001.pdf' },
    });
    expect(checkOutbound(certificate)).toEqual([]);
    const header = (document: object) => ({
      type: 'template' as const,
      template: {
        name: 'seva_certificate_issued',
        language: { code: 'en' },
        components: [
          { type: 'header' as const, parameters: [{ type: 'document' as const, document: document as never }] },
          { type: 'header' as const, parameters: [] },
        ],
      },
    });
    expect(checkOutbound(header({ link: 'http://x/c.pdf', filename: ' ' }))).toEqual([
      'template.components has 2 header components; a template has one header',
      'template.components[0].parameters[0].document.link must be an https URL',
      'template.components[0].parameters[0].document.filename is empty',
      'template.components[1].parameters must hold the one document of the header',
    ]);
  });

  it('when a certificate is a window-dependent document, then both its sides are checked', () => {
    const message = windowDependentMessage(
      documentMessage({ mediaId: '123' }, { filename: 'c.pdf', caption: 'x'.repeat(1025) }),
      templateMessage('seva_certificate_issued', 'en', ['Income', 'INC-1'], {
        document: { link: 'ftp://c', filename: 'c.pdf' },
      }),
    );
    expect(checkOutbound(message)).toEqual([
      'withinWindow.document.caption is 1025 characters; the limit is 1024',
      'outsideWindow.template.components[0].parameters[0].document.link must be an https URL',
    ]);
  });

  it('checks both sides of a window-dependent message', () => {
    const message = windowDependentMessage(textMessage(''), templateMessage('ok_name', 'en', ['']));
    expect(checkOutbound(message)).toEqual([
      'withinWindow.text.body is empty',
      'outsideWindow.template.components[0].parameters[0].text is empty',
    ]);
  });
});
