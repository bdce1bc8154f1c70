import { expect } from 'vitest';
import { DomainError } from '../src/graphql/errors.ts';

/**
 * The refusal `work` ends in: a BAD_USER_INPUT DomainError with `reason` and a Chinese message, and
 * `state` (whatever the work could have touched) the same afterwards.
 */
export async function expectBadInput(work: () => Promise<unknown>, reason: string, state: () => Promise<unknown>): Promise<DomainError> {
  const before = await state();
  const error = await work().then(
    () => {
      throw new Error(`expected a refusal ${reason}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ reason }) });
  expect((error as Error).message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await state()).toEqual(before);
  return error as DomainError;
}
