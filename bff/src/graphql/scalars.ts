import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors.ts';

// A domain error, not a TypeError: both executors (graphql-js and graphql-jit) keep it as the cause of
// their variable error, and the error mask answers with its code and Chinese message.

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw badInput(`日期时间格式不正确: ${String(value)}`);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime 需要 ISO-8601 字符串');
    return toDate(ast.value);
  },
});
