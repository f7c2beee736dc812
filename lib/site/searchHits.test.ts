import { describe, expect, it } from 'vitest';
import { lessonHits, sitePath, type PagefindPage } from './searchHits';

// Shaped as pagefind 1.x's `result.data()` returns a lesson with two headed sections.
const batchNorm: PagefindPage = {
  url: '/lessons/batch-normalization/',
  excerpt: 'page excerpt',
  meta: { title: 'Batch normalization' },
  sub_results: [
    {
      title: 'Batch normalization',
      url: '/lessons/batch-normalization/',
      excerpt: 'opening <mark>batch</mark>',
      locations: [3],
    },
    {
      title: 'What it computes',
      url: '/lessons/batch-normalization/#what-it-computes',
      excerpt: 'the <mark>batch</mark> mean',
      anchor: { id: 'what-it-computes' },
      locations: [40, 44, 51],
    },
    {
      title: 'Internal covariate shift',
      url: '/lessons/batch-normalization/#internal-covariate-shift',
      excerpt: 'per <mark>batch</mark>',
      anchor: { id: 'internal-covariate-shift' },
      locations: [90],
    },
  ],
};

describe('lessonHits', () => {
  it('groups sections under their lesson, the section with most matches first', () => {
    const [group] = lessonHits([batchNorm]);
    expect(group.lesson).toBe('Batch normalization');
    expect(group.path).toBe('/lessons/batch-normalization/');
    expect(group.hits.map((h) => [h.section, h.path])).toEqual([
      ['What it computes', '/lessons/batch-normalization/#what-it-computes'],
      [null, '/lessons/batch-normalization/'],
      ['Internal covariate shift', '/lessons/batch-normalization/#internal-covariate-shift'],
    ]);
  });

  it('keeps at most the asked number of sections, ties in page order', () => {
    const [group] = lessonHits([batchNorm], { sectionsPerLesson: 2 });
    expect(group.hits.map((h) => h.section)).toEqual(['What it computes', null]);
  });

  it('a page without sub-results is one hit at the lesson', () => {
    const [group] = lessonHits([{ ...batchNorm, sub_results: [] }]);
    expect(group.hits).toEqual([
      {
        key: 'hit-_lessons_batch-normalization_',
        section: null,
        path: '/lessons/batch-normalization/',
        excerpt: 'page excerpt',
      },
    ]);
  });

  it('option ids are valid, distinct DOM ids', () => {
    const keys = lessonHits([batchNorm])[0].hits.map((h) => h.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
  });

  it('strips a base path from URLs that carry one', () => {
    const [group] = lessonHits(
      [{ ...batchNorm, url: '/course/ko/lessons/x/', sub_results: undefined }],
      { basePath: '/course' },
    );
    expect(group.path).toBe('/ko/lessons/x/');
    expect(group.hits[0].path).toBe('/ko/lessons/x/');
  });
});

describe('sitePath', () => {
  it('leaves paths without the base path alone, also ones that merely start with its letters', () => {
    expect(sitePath('/lessons/x/', '/course')).toBe('/lessons/x/');
    expect(sitePath('/courseware/', '/course')).toBe('/courseware/');
    expect(sitePath('/course/lessons/x/#a', '/course')).toBe('/lessons/x/#a');
    expect(sitePath('/lessons/x/', '')).toBe('/lessons/x/');
  });
});
