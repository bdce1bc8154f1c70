export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 timestamp in UTC, e.g. 2026-11-25T01:30:00.000Z */
  DateTime: { input: string; output: string; }
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

/** WGS-84 coordinates, as the phone's location API returns them with type 'wgs84'. */
export type LocationInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop: Maybe<Scalars['Boolean']['output']>;
};

export type NearbyStore = {
  __typename?: 'NearbyStore';
  /** Whether the asked location lies in the store's delivery area (radius or polygon). */
  deliversHere: Scalars['Boolean']['output'];
  /** Estimated minutes until delivery for an order placed now; null when not delivering here. */
  deliveryEstimateMinutes: Maybe<Scalars['Int']['output']>;
  distanceM: Scalars['Int']['output'];
  store: Store;
};

export type OpeningHoursDay = {
  __typename?: 'OpeningHoursDay';
  /** HH:mm, local time; may be earlier than opens when the store closes after midnight */
  closes: Scalars['String']['output'];
  /** HH:mm, local time */
  opens: Scalars['String']['output'];
  /** 0 = Sunday (Asia/Shanghai) */
  weekday: Scalars['Int']['output'];
};

export type OpeningStatus = {
  __typename?: 'OpeningStatus';
  isOpen: Scalars['Boolean']['output'];
  /** Human text in Chinese, e.g. 营业中 · 23:00打烊 */
  label: Scalars['String']['output'];
  /** Next time the store closes (when open) or opens (when closed); null for 24h stores. */
  nextChangeAt: Maybe<Scalars['DateTime']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Stores near a location, nearest first. radiusM defaults to 5000, at most 50000; first at most 50. */
  nearbyStores: Array<NearbyStore>;
  /** The BFF's own health, for clients that want to show a maintenance notice. */
  serverTime: Scalars['DateTime']['output'];
  store: Maybe<Store>;
};


export type QueryNearbyStoresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  location: LocationInput;
  radiusM?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};

export type Store = {
  __typename?: 'Store';
  address: Scalars['String']['output'];
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  deliveryEnabled: Scalars['Boolean']['output'];
  deliveryFeeFen: Scalars['Int']['output'];
  district: Scalars['String']['output'];
  freeDeliveryFromFen: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  is24h: Scalars['Boolean']['output'];
  location: GeoPoint;
  minOrderFen: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  openingHours: Array<OpeningHoursDay>;
  openingStatus: OpeningStatus;
  phone: Scalars['String']['output'];
  pickupEnabled: Scalars['Boolean']['output'];
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
