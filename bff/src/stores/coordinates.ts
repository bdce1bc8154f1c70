import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
import { badInput } from '../graphql/errors.ts';
import type { LatLng } from './geo.ts';

const FIELDS = { lat: '纬度', lng: '经度' } as const;
type Field = keyof typeof FIELDS;

const notANumber = (field: Field, shown: string) => badInput(`${FIELDS[field]}必须是数字，收到 ${shown}`, { field });

/**
 * A coordinate that GraphQL's Float would refuse in English ("Float cannot represent non numeric
 * value"): refused here with the BFF's own BAD_USER_INPUT, in Chinese, naming the field. Ranges stay
 * with validateLocation, which addresses share.
 */
function coordinateScalar(name: string, field: Field, description: string) {
  return new GraphQLScalarType<number, number>({
    name,
    description,
    serialize: (value) => value as number,
    parseValue: (value) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw notANumber(field, JSON.stringify(value));
      return value;
    },
    parseLiteral: (ast) => {
      if (ast.kind === Kind.FLOAT || ast.kind === Kind.INT) return Number(ast.value);
      // A literal is checked during validation, whose errors bypass error masking but are passed on
      // as they are when already a GraphQLError.
      const error = notANumber(field, print(ast));
      throw new GraphQLError(error.message, { nodes: ast, extensions: { ...error.details, code: error.code } });
    },
  });
}

export const LatitudeScalar = coordinateScalar('Latitude', 'lat', 'WGS-84 latitude in degrees, -90 to 90.');
export const LongitudeScalar = coordinateScalar('Longitude', 'lng', 'WGS-84 longitude in degrees, -180 to 180.');

/**
 * LocationInput's fields are nullable in the schema only so that a missing coordinate, or a NaN (which
 * JSON sends as null), reaches this check instead of GraphQL's English non-null error.
 */
export function locationOf(input: { lat?: number | null; lng?: number | null }): LatLng {
  const { lat, lng } = input;
  if (lat == null) throw notANumber('lat', 'null');
  if (lng == null) throw notANumber('lng', 'null');
  return { lat, lng };
}
