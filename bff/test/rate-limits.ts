/**
 * Every test client is one address and often one user under a frozen clock, so the production rate
 * limits would trip ordinary tests; the rate-limit tests set their own.
 */
export const RELAXED_RATE_LIMITS: Record<string, string> = Object.fromEntries(
  ['LOGIN', 'PICKUP_VERIFY', 'MEMBER_SCAN', 'PLACE_ORDER'].flatMap((action) => [`RATE_LIMIT_${action}_PER_USER`, `RATE_LIMIT_${action}_PER_IP`].map((name) => [name, '100000'])),
);
