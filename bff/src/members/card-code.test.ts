import { describe, expect, it } from 'vitest';
import { CODE_STEP_SECONDS, SHORT_CODE_DIGITS, luhnValid, newShortCode, stepIsCurrent, matchingStep, memberCodeAt, parseMemberCode, stepAt, withLuhnDigit } from './card-code.ts';

const member = { id: '00000000-0000-4000-8000-000000000101', cardNo: '8800000000000013', codeSecret: new Uint8Array(32).fill(7) };
const t0 = new Date('2026-11-25T02:00:00Z');
const plus = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('rotating member code', () => {
  it('is the card number plus six digits that change every 30 seconds', () => {
    const a = memberCodeAt(member, t0);
    expect(a.digits).toMatch(/^8800000000000013\d{6}$/);
    expect(memberCodeAt(member, plus(CODE_STEP_SECONDS - 1)).digits).toBe(a.digits);
    expect(memberCodeAt(member, plus(CODE_STEP_SECONDS)).digits).not.toBe(a.digits);
    expect(a.expiresAt.getTime()).toBe((stepAt(t0) + 1) * CODE_STEP_SECONDS * 1000);
  });

  it('depends on the member secret', () => {
    const other = { ...member, codeSecret: new Uint8Array(32).fill(8) };
    expect(memberCodeAt(other, t0).digits).not.toBe(memberCodeAt(member, t0).digits);
  });

  it('is accepted one step either side, and not beyond', () => {
    const code = parseMemberCode(memberCodeAt(member, t0).digits) as { otp: string };
    const step = stepAt(t0);
    expect(matchingStep(member, code.otp, t0)).toBe(step);
    expect(matchingStep(member, code.otp, plus(CODE_STEP_SECONDS))).toBe(step);
    expect(matchingStep(member, code.otp, plus(-CODE_STEP_SECONDS))).toBe(step);
    expect(matchingStep(member, code.otp, plus(2 * CODE_STEP_SECONDS))).toBeNull();
    expect(matchingStep(member, code.otp, plus(-2 * CODE_STEP_SECONDS))).toBeNull();
    const wrong = String((Number(code.otp) + 1) % 1_000_000).padStart(6, '0');
    expect(matchingStep(member, wrong, t0)).toBeNull();
  });

  it('parses grouped digits and refuses what cannot be a member code', () => {
    const digits = memberCodeAt(member, t0).digits;
    expect(parseMemberCode(digits.replace(/(\d{4})/g, '$1 '))).toEqual({ kind: 'long', cardNo: member.cardNo, otp: digits.slice(16) });
    expect(parseMemberCode('')).toBeNull();
    expect(parseMemberCode('abc')).toBeNull();
    expect(parseMemberCode(digits.slice(0, -1))).toBeNull();
    expect(parseMemberCode(`${digits}0`)).toBeNull();
    // a typo in the card number breaks its Luhn digit
    expect(parseMemberCode(`8800000000000014${digits.slice(16)}`)).toBeNull();
  });

  it('gives generated card numbers a valid Luhn digit', () => {
    expect(withLuhnDigit('880000000000001')).toBe(member.cardNo);
    expect(luhnValid(member.cardNo)).toBe(true);
    expect(luhnValid('8800000000000012')).toBe(false);
  });

  it('draws short codes of 12 digits with a Luhn digit, told apart from the long code by length', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newShortCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(parseMemberCode(code)).toEqual({ kind: 'short', shortCode: code });
    expect(SHORT_CODE_DIGITS).toBe(12);
    const code = [...codes][0]!;
    expect(parseMemberCode(`${code.slice(0, 11)}${(Number(code[11]) + 1) % 10}`)).toBeNull();
    expect(stepIsCurrent(stepAt(t0) - 1, t0)).toBe(true);
    expect(stepIsCurrent(stepAt(t0) - 2, t0)).toBe(false);
  });
});
