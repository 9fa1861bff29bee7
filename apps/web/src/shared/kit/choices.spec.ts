import { toOptions } from './choices';

describe('toOptions', () => {
  it.each([
    ['{ code, label }', [{ code: 'PC', label: 'Permis de construire' }]],
    ['{ key, label }', [{ key: 'PC', label: 'Permis de construire' }]],
    ['{ value, label }', [{ value: 'PC', label: 'Permis de construire' }]],
    ['a record of labels', { PC: 'Permis de construire' }],
    ['an object with a list', { list: [{ code: 'PC', label: 'Permis de construire' }] }],
  ])('should read a choice list shaped as %s', (_, source) => {
    expect(toOptions(source)).toEqual([{ value: 'PC', label: 'Permis de construire' }]);
  });

  it('should let the page rewrite the label', () => {
    expect(toOptions([{ code: 'PC', label: 'Permis de construire' }], (v, l) => `${v} — ${l}`)).toEqual([
      { value: 'PC', label: 'PC — Permis de construire' },
    ]);
  });
});
