import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('should refuse a login after five failures within fifteen minutes, then forgive', () => {
    let now = 0;
    const t = new LoginThrottle(5, 15 * 60_000, () => now);
    for (let i = 0; i < 4; i++) t.fail('dgs');
    expect(t.waitMinutes('dgs')).toBe(0);
    now = 60_000;
    t.fail('dgs');
    expect(t.waitMinutes('dgs')).toBe(14);
    expect(t.waitMinutes('agent.ads')).toBe(0);
    now = 15 * 60_000 + 1;
    expect(t.waitMinutes('dgs')).toBe(0);
  });

  it('should start again from zero after a success', () => {
    const t = new LoginThrottle(2, 60_000, () => 1);
    t.fail('admin');
    t.succeed('admin');
    t.fail('admin');
    expect(t.waitMinutes('admin')).toBe(0);
  });
});
