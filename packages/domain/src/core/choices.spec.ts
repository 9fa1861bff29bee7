import { defineChoices } from './choices';

describe('defineChoices', () => {
  const COLOURS = defineChoices([
    { code: 'RED', label: 'Rouge', warm: true },
    { code: 'BLUE', label: 'Bleu', warm: false },
  ]);

  it('should keep the list usable as an array, with codes, labels and lookups', () => {
    expect(COLOURS.map((c) => c.code)).toEqual(['RED', 'BLUE']);
    expect(COLOURS.codes).toEqual(['RED', 'BLUE']);
    expect(COLOURS.labels.BLUE).toBe('Bleu');
    expect(COLOURS.of('RED').warm).toBe(true);
    expect(COLOURS.is('RED')).toBe(true);
    expect(COLOURS.is('GREEN')).toBe(false);
    expect(COLOURS.is(3)).toBe(false);
  });

  it('should refuse a list with a code twice', () => {
    expect(() =>
      defineChoices([
        { code: 'A', label: 'a' },
        { code: 'A', label: 'b' },
      ]),
    ).toThrow(/double/);
  });
});
