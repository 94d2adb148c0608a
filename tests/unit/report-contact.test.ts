// The deployment's contact for reports (REPORT_EMAIL, REPORT_URL at build time): only a valid
// address is ever shown, and a mailto: link carries a subject and nothing of the person's.
import { describe, expect, it } from 'vitest';
import { mailto, readReportContact } from '../../src/report/contact';

describe('the deployment’s contact (REPORT_EMAIL, REPORT_URL)', () => {
  it('is absent unless set to a valid address', () => {
    expect(readReportContact({})).toBeUndefined();
    expect(readReportContact({ REPORT_EMAIL: '', REPORT_URL: '  ' })).toBeUndefined();
    expect(readReportContact({ REPORT_EMAIL: 'not an address' })).toBeUndefined();
    expect(readReportContact({ REPORT_EMAIL: 'a@b.fr?cc=x@y.fr' })).toBeUndefined();
    expect(readReportContact({ REPORT_URL: 'javascript:alert(1)' })).toBeUndefined();
    expect(readReportContact({ REPORT_URL: 'http://example.org/contact' })).toBeUndefined();
  });

  it('keeps a valid e-mail address and an https address', () => {
    expect(readReportContact({ REPORT_EMAIL: ' guide@example.org ' })).toEqual({
      email: 'guide@example.org',
    });
    expect(readReportContact({ REPORT_URL: 'https://example.org/contact' })).toEqual({
      url: 'https://example.org/contact',
    });
    expect(
      readReportContact({ REPORT_EMAIL: 'guide@example.org', REPORT_URL: 'https://example.org/contact' }),
    ).toEqual({ email: 'guide@example.org', url: 'https://example.org/contact' });
  });

  it('writes a mailto: link with its subject encoded, and nothing else', () => {
    expect(mailto('guide@example.org', 'Accessibilité & guide')).toBe(
      'mailto:guide@example.org?subject=Accessibilit%C3%A9%20%26%20guide',
    );
  });
});
