import { describe, expect, it } from 'vitest';
import { DomainError } from '../graphql/errors.ts';
import { shanghaiDayRange } from './days.ts';
import { newScene, validateScene } from './scene.ts';

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}:${error.details.reason}`;
    throw error;
  }
  return 'OK';
};

describe('validateScene', () => {
  it('accepts every character of the platform set up to 32 characters', () => {
    expect(validateScene("0-9A-Za-z!#$&'()*+,/:;=?@-._~")).toBe("0-9A-Za-z!#$&'()*+,/:;=?@-._~");
    expect(validateScene('x'.repeat(32))).toHaveLength(32);
    expect(validateScene('s1')).toBe('s1');
  });

  it.each([
    ['x'.repeat(33), 'BAD_USER_INPUT:SCENE_TOO_LONG'],
    ['', 'BAD_USER_INPUT:SCENE_EMPTY'],
    ['a%20b', 'BAD_USER_INPUT:SCENE_FORBIDDEN_CHARACTERS'],
    ['a b', 'BAD_USER_INPUT:SCENE_FORBIDDEN_CHARACTERS'],
    ['门店1', 'BAD_USER_INPUT:SCENE_FORBIDDEN_CHARACTERS'],
    ['a"b', 'BAD_USER_INPUT:SCENE_FORBIDDEN_CHARACTERS'],
    ['a\nb', 'BAD_USER_INPUT:SCENE_FORBIDDEN_CHARACTERS'],
  ])('refuses %j with %s', (scene, expected) => {
    expect(reasonOf(() => validateScene(scene))).toBe(expected);
  });

  it('makes opaque scenes that are valid, distinct and carry 80 random bits', () => {
    const scenes = new Set(Array.from({ length: 1000 }, newScene));
    expect(scenes.size).toBe(1000);
    for (const scene of scenes) {
      expect(scene).toMatch(/^q[A-Z2-7]{16}$/);
      expect(validateScene(scene)).toBe(scene);
    }
  });
});

describe('shanghaiDayRange', () => {
  it('turns Asia/Shanghai days into a UTC half-open range', () => {
    expect(shanghaiDayRange('2026-11-01', '2026-11-02')).toEqual({
      start: new Date('2026-10-31T16:00:00.000Z'),
      end: new Date('2026-11-02T16:00:00.000Z'),
      days: 2,
    });
    expect(shanghaiDayRange('2028-01-01', '2028-12-31').days).toBe(366);
  });

  it.each([
    ['2026-11-02', '2026-11-01', 'BAD_USER_INPUT:RANGE_REVERSED'],
    ['2026-01-01', '2027-01-02', 'BAD_USER_INPUT:RANGE_TOO_LONG'],
    ['2026-02-30', '2026-03-01', 'BAD_USER_INPUT:INVALID_DATE'],
    ['2026-11-1', '2026-11-02', 'BAD_USER_INPUT:INVALID_DATE'],
    ['2026-11-01T00:00', '2026-11-02', 'BAD_USER_INPUT:INVALID_DATE'],
  ])('refuses %s..%s with %s', (from, to, expected) => {
    expect(reasonOf(() => shanghaiDayRange(from, to))).toBe(expected);
  });
});
