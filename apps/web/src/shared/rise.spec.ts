import { changeColor, changeMeaning } from './rise';

describe('the colour of a change', () => {
  it('should colour a rise of a bad-when-up figure red and its fall green', () => {
    expect(changeColor(12, 'BAD')).toBe('error');
    expect(changeColor(-5, 'BAD')).toBe('success');
    expect(changeMeaning(12, 'BAD')).toBe('à surveiller');
  });

  it('should colour a rise of a good figure green, and never colour a neutral one or no change', () => {
    expect(changeColor(3, 'GOOD')).toBe('success');
    expect(changeColor(-3, 'GOOD')).toBe('error');
    expect(changeColor(40, 'NEUTRAL')).toBe('default');
    expect(changeColor(0, 'BAD')).toBe('default');
    expect(changeColor(null, 'GOOD')).toBe('default');
  });
});
