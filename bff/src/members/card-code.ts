import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The rotating member code: the card number followed by a TOTP-style one-time part, an HMAC over
 * the member and the 30-second time step with the member's own secret (RFC 4226 truncation). One
 * step of tolerance each way covers clock skew and the seconds between showing and scanning.
 */
export const CODE_STEP_SECONDS = 30;
export const CODE_OTP_DIGITS = 6;
export const CARD_NO_DIGITS = 16;
const TOLERANCE_STEPS = 1;

export function stepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / CODE_STEP_SECONDS);
}

export function stepEndsAt(step: number): Date {
  return new Date((step + 1) * CODE_STEP_SECONDS * 1000);
}

export function oneTimePart(secret: Uint8Array, memberId: string, step: number): string {
  const mac = createHmac('sha256', secret).update(`${memberId}:${step}`).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** CODE_OTP_DIGITS).padStart(CODE_OTP_DIGITS, '0');
}

export function memberCodeAt(member: { id: string; cardNo: string; codeSecret: Uint8Array }, at: Date) {
  const step = stepAt(at);
  return { digits: `${member.cardNo}${oneTimePart(member.codeSecret, member.id, step)}`, step, expiresAt: stepEndsAt(step) };
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn check digit, so a mistyped card number is caught before any lookup. */
export function withLuhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

/**
 * The typed form of the card code, for a till whose scanner cannot read the screen: 11 random
 * digits and a Luhn digit, issued by the server for one time step and stored on the member. It
 * carries no card number, so it must be unguessable on its own: 10^11 (about 2^36.5) values, of
 * which only the codes of members showing their card in the last minute are live, each for at most
 * three steps, and every guess goes through the member-scan rate limits. The Luhn digit turns a
 * mistyped code into BAD_USER_INPUT instead of a failed attempt against a stranger's card.
 */
export const SHORT_CODE_DIGITS = 12;

export function newShortCode(): string {
  return withLuhnDigit(String(randomInt(0, 10 ** (SHORT_CODE_DIGITS - 1))).padStart(SHORT_CODE_DIGITS - 1, '0'));
}

/** Whether `step` is within the tolerance of the current step at `at`, as for the long code. */
export function stepIsCurrent(step: number, at: Date): boolean {
  return Math.abs(stepAt(at) - step) <= TOLERANCE_STEPS;
}

export type ParsedMemberCode = { kind: 'long'; cardNo: string; otp: string } | { kind: 'short'; shortCode: string };

/** Splits a scanned or typed code; null when it cannot be a member code at all. Spaces are allowed (the card shows groups). */
export function parseMemberCode(input: string): ParsedMemberCode | null {
  const digits = input.replace(/\s+/g, '');
  if (new RegExp(`^\\d{${SHORT_CODE_DIGITS}}$`).test(digits)) return luhnValid(digits) ? { kind: 'short', shortCode: digits } : null;
  if (!new RegExp(`^\\d{${CARD_NO_DIGITS + CODE_OTP_DIGITS}}$`).test(digits)) return null;
  const cardNo = digits.slice(0, CARD_NO_DIGITS);
  if (!luhnValid(cardNo)) return null;
  return { kind: 'long', cardNo, otp: digits.slice(CARD_NO_DIGITS) };
}

/** The time step whose one-time part matches, within the tolerance around `at`; null when none does. */
export function matchingStep(member: { id: string; codeSecret: Uint8Array }, otp: string, at: Date): number | null {
  const current = stepAt(at);
  for (let step = current - TOLERANCE_STEPS; step <= current + TOLERANCE_STEPS; step++) {
    const expected = Buffer.from(oneTimePart(member.codeSecret, member.id, step));
    const given = Buffer.from(otp);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return step;
  }
  return null;
}
