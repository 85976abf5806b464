/** The "Cite this" citations, exactly as a teacher pastes them into a reference list. */
import { describe, expect, it } from 'vitest';
import { calendarDate, cite, formatCitationDate, plainText, punctuate, titleCase, type CitedWork } from '../../src/lib/data/citation-formats.ts';

const EXPLAINER = 'The rise and fall of the Islamic State group’s “caliphate”';
const HOME = 'https://caliphate-explainer.netlify.app/';
const base = {
  authors: ['The Explainer Kit team'],
  publisher: 'Explainer Kit',
  published: { year: 2026, month: 5, day: 3 },
  updated: { year: 2026, month: 6, day: 1 },
  accessed: { year: 2026, month: 9, day: 14 },
};
const whole: CitedWork = { ...base, title: EXPLAINER, url: HOME };
const chapter: CitedWork = { ...base, title: 'The rise, 2014', container: EXPLAINER, url: `${HOME}chapters/the-rise/` };

const italics = (work: CitedWork, style: Parameters<typeof cite>[0]) =>
  cite(style, work)
    .filter((part) => part.italic)
    .map((part) => part.text);

describe('the whole explainer', () => {
  it('APA 7', () => {
    expect(plainText(cite('apa', whole))).toBe(
      'The Explainer Kit team. (2026, May 3). The rise and fall of the Islamic State group’s “caliphate.” Explainer Kit. Retrieved September 14, 2026, from https://caliphate-explainer.netlify.app/',
    );
    expect(italics(whole, 'apa')).toEqual(['The rise and fall of the Islamic State group’s “caliphate.”']);
  });

  it('MLA 9', () => {
    expect(plainText(cite('mla', whole))).toBe(
      'The Explainer Kit team. The Rise and Fall of the Islamic State Group’s “Caliphate.” Explainer Kit, 3 May 2026, caliphate-explainer.netlify.app. Accessed 14 Sept. 2026.',
    );
    expect(italics(whole, 'mla')).toEqual(['The Rise and Fall of the Islamic State Group’s “Caliphate.”']);
  });

  it('Chicago 17, bibliography', () => {
    expect(plainText(cite('chicago', whole))).toBe(
      'The Explainer Kit team. “The Rise and Fall of the Islamic State Group’s ‘Caliphate.’” Explainer Kit, May 3, 2026. Last modified June 1, 2026. Accessed September 14, 2026. https://caliphate-explainer.netlify.app/.',
    );
    expect(italics(whole, 'chicago')).toEqual([]);
  });
});

describe('a chapter', () => {
  it('APA 7', () => {
    expect(plainText(cite('apa', chapter))).toBe(
      'The Explainer Kit team. (2026, May 3). The rise, 2014. The rise and fall of the Islamic State group’s “caliphate.” Explainer Kit. Retrieved September 14, 2026, from https://caliphate-explainer.netlify.app/chapters/the-rise/',
    );
    expect(italics(chapter, 'apa')).toEqual(['The rise, 2014.']);
  });

  it('MLA 9', () => {
    expect(plainText(cite('mla', chapter))).toBe(
      'The Explainer Kit team. “The Rise, 2014.” The Rise and Fall of the Islamic State Group’s “Caliphate,” Explainer Kit, 3 May 2026, caliphate-explainer.netlify.app/chapters/the-rise. Accessed 14 Sept. 2026.',
    );
    expect(italics(chapter, 'mla')).toEqual(['The Rise and Fall of the Islamic State Group’s “Caliphate,”']);
  });

  it('Chicago 17, bibliography', () => {
    expect(plainText(cite('chicago', chapter))).toBe(
      'The Explainer Kit team. “The Rise, 2014.” The Rise and Fall of the Islamic State Group’s “Caliphate.” Explainer Kit, May 3, 2026. Last modified June 1, 2026. Accessed September 14, 2026. https://caliphate-explainer.netlify.app/chapters/the-rise/.',
    );
  });
});

describe('the access date', () => {
  it('is one marked part of every citation, so the browser can replace it', () => {
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const marked = cite(style, whole).filter((part) => part.accessed);
      expect(marked).toHaveLength(1);
      expect(marked[0]!.text).toBe(formatCitationDate(style, base.accessed));
    }
  });

  it('is written as each style writes dates', () => {
    const june = { year: 2014, month: 6, day: 29 };
    expect(formatCitationDate('apa', june)).toBe('June 29, 2014');
    expect(formatCitationDate('chicago', june)).toBe('June 29, 2014');
    expect(formatCitationDate('mla', june)).toBe('29 June 2014');
    expect(formatCitationDate('mla', { year: 2019, month: 3, day: 23 })).toBe('23 Mar. 2019');
  });

  it('is the calendar day where it is taken: UTC for the build, local time in the browser', () => {
    const lateEvening = new Date('2026-05-03T23:30:00Z');
    expect(calendarDate(lateEvening, 'utc')).toEqual({ year: 2026, month: 5, day: 3 });
    expect(calendarDate(lateEvening, 'local')).toEqual({ year: lateEvening.getFullYear(), month: lateEvening.getMonth() + 1, day: lateEvening.getDate() });
  });
});

describe('titles', () => {
  it('are set in headline style for MLA and Chicago, leaving small words and names alone', () => {
    expect(titleCase('At its peak')).toBe('At Its Peak');
    expect(titleCase('After the caliphate')).toBe('After the Caliphate');
    expect(titleCase('Origins, 2003–2013')).toBe('Origins, 2003–2013');
    expect(titleCase('The last pocket, 2018–2019')).toBe('The Last Pocket, 2018–2019');
    expect(titleCase('life under IS rule in al-Raqqa')).toBe('Life under IS Rule in al-Raqqa');
    expect(titleCase('a self-declared state')).toBe('A Self-Declared State');
  });

  it('take their closing punctuation inside quotation marks, and never twice', () => {
    expect(punctuate('the “caliphate”', '.')).toBe('the “caliphate.”');
    expect(punctuate('the ‘caliphate’', ',')).toBe('the ‘caliphate,’');
    expect(punctuate('Why did Mosul fall?', '.')).toBe('Why did Mosul fall?');
    expect(punctuate('The Kurds’', '.')).toBe('The Kurds’.');
  });
});

describe('authors', () => {
  it('are joined as each style joins names: APA with “&”, MLA and Chicago with “and”', () => {
    const two: CitedWork = { ...whole, authors: ['Ada Lovelace', 'Charles Babbage'] };
    expect(plainText(cite('apa', two))).toMatch(/^Ada Lovelace & Charles Babbage\. /);
    expect(plainText(cite('mla', two))).toMatch(/^Ada Lovelace and Charles Babbage\. /);
    expect(plainText(cite('chicago', { ...whole, authors: ['A', 'B', 'C'] }))).toMatch(/^A, B, and C\. /);
  });
  it('without a later update, Chicago gives only the first publication', () => {
    const { updated: _, ...first } = whole;
    expect(plainText(cite('chicago', first))).not.toContain('Last modified');
  });
});
