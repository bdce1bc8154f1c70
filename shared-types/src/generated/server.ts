import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StoreWithSchedule, NearbyStoreResult } from '../../../bff/src/stores/service.ts';
import type { PlaceModel } from '../../../bff/src/stores/places.ts';
import type { CategoryNode, StoreProductModel, ProductPage } from '../../../bff/src/catalog/service.ts';
import type { ElsewhereRow } from '../../../bff/src/catalog/sql.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 timestamp in UTC, e.g. 2026-11-25T01:30:00.000Z */
  DateTime: { input: Date; output: Date | string; }
};

export type Category = {
  __typename?: 'Category';
  /** Products of this category, subcategories included, that the asked store can sell now. */
  availableCount: Scalars['Int']['output'];
  children: Array<Category>;
  icon?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DeliveryAreaKind =
  | 'POLYGON'
  | 'RADIUS';

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
  _noop?: Maybe<Scalars['Boolean']['output']>;
};

export type NearbyStore = {
  __typename?: 'NearbyStore';
  /** Whether the asked location lies in the store's delivery area (radius or polygon). */
  deliversHere: Scalars['Boolean']['output'];
  /** Estimated minutes until delivery for an order placed now; null when not delivering here. */
  deliveryEstimateMinutes?: Maybe<Scalars['Int']['output']>;
  distanceM: Scalars['Int']['output'];
  /** Whether the shopper can order here for self-pickup at the store. */
  pickupAvailable: Scalars['Boolean']['output'];
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
  nextChangeAt?: Maybe<Scalars['DateTime']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A place the shopper can pick when location is refused; its location always leads to stores. */
export type Place = {
  __typename?: 'Place';
  district: Scalars['String']['output'];
  kind: PlaceKind;
  location: GeoPoint;
  name: Scalars['String']['output'];
};

export type PlaceKind =
  | 'DISTRICT'
  | 'LANDMARK'
  | 'STORE';

export type ProductBadge =
  /** Available, but no more than the store's low-stock threshold. */
  | 'LOW_STOCK'
  /** The member price here is below the store price. */
  | 'MEMBER_PRICE'
  | 'OUT_OF_STOCK';

export type ProductStockElsewhere = {
  __typename?: 'ProductStockElsewhere';
  available: Scalars['Int']['output'];
  /** Metres from the asking store. */
  distanceM: Scalars['Int']['output'];
  store: Store;
};

export type Query = {
  __typename?: 'Query';
  /** Stores near a location, nearest first. radiusM defaults to 5000, at most 50000; first at most 50. */
  nearbyStores: Array<NearbyStore>;
  /**
   * Fallback places when location is refused: without a keyword every district served by the chain;
   * with one, the districts, landmarks and store addresses containing it (at most 20).
   */
  places: Array<Place>;
  /** Products of the store whose name contains the query (Chinese substring) or whose barcode is the query. */
  searchStoreProducts: StoreProductConnection;
  /** The BFF's own health, for clients that want to show a maintenance notice. */
  serverTime: Scalars['DateTime']['output'];
  /** Unknown ids are a NOT_FOUND error. */
  store: Store;
  /** The category tree, with counts of what the store can sell now. Unknown store: NOT_FOUND. */
  storeCategories: Array<Category>;
  /** One product at one store. Unknown store or product: NOT_FOUND. */
  storeProduct: StoreProduct;
  /**
   * A store's products, oldest first, optionally of one category (subcategories included) or only the
   * featured ones. first defaults to 20, at most 100; after is the endCursor of the previous page.
   */
  storeProducts: StoreProductConnection;
};


export type QueryNearbyStoresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  location: LocationInput;
  radiusM?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlacesArgs = {
  keyword?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchStoreProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoreCategoriesArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryStoreProductArgs = {
  productId: Scalars['ID']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryStoreProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  storeId: Scalars['ID']['input'];
};

export type Store = {
  __typename?: 'Store';
  address: Scalars['String']['output'];
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  deliveryAreaKind: DeliveryAreaKind;
  deliveryEnabled: Scalars['Boolean']['output'];
  deliveryFeeFen: Scalars['Int']['output'];
  /** Delivery radius in metres when deliveryAreaKind is RADIUS. */
  deliveryRadiusM?: Maybe<Scalars['Int']['output']>;
  district: Scalars['String']['output'];
  freeDeliveryFromFen?: Maybe<Scalars['Int']['output']>;
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

/** A product as one store sells it: that store's price and that store's stock. */
export type StoreProduct = {
  __typename?: 'StoreProduct';
  /** On hand minus reserved by open orders, never negative. */
  available: Scalars['Int']['output'];
  badges: Array<ProductBadge>;
  barcode: Scalars['String']['output'];
  categoryId: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  /** The nearest other stores (at most 3) that can sell it now, nearest to this store first. */
  elsewhere: Array<ProductStockElsewhere>;
  /** The product's id. */
  id: Scalars['ID']['output'];
  images: Array<Scalars['String']['output']>;
  maxPerOrder: Scalars['Int']['output'];
  /** Member price at this store, in fen; null when there is none. */
  memberPriceFen?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Price at this store (store override, else the chain's base price), in fen. */
  priceFen: Scalars['Int']['output'];
  storeId: Scalars['ID']['output'];
  unit: Scalars['String']['output'];
};

export type StoreProductConnection = {
  __typename?: 'StoreProductConnection';
  nodes: Array<StoreProduct>;
  pageInfo: PageInfo;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Category: ResolverTypeWrapper<CategoryNode>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryAreaKind: DeliveryAreaKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LocationInput: LocationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyStore: ResolverTypeWrapper<NearbyStoreResult>;
  OpeningHoursDay: ResolverTypeWrapper<OpeningHoursDay>;
  OpeningStatus: ResolverTypeWrapper<OpeningStatus>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Place: ResolverTypeWrapper<PlaceModel>;
  PlaceKind: PlaceKind;
  ProductBadge: ProductBadge;
  ProductStockElsewhere: ResolverTypeWrapper<ElsewhereRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Store: ResolverTypeWrapper<StoreWithSchedule>;
  StoreProduct: ResolverTypeWrapper<StoreProductModel>;
  StoreProductConnection: ResolverTypeWrapper<ProductPage>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Category: CategoryNode;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LocationInput: LocationInput;
  Mutation: Record<PropertyKey, never>;
  NearbyStore: NearbyStoreResult;
  OpeningHoursDay: OpeningHoursDay;
  OpeningStatus: OpeningStatus;
  PageInfo: PageInfo;
  Place: PlaceModel;
  ProductStockElsewhere: ElsewhereRow;
  Query: Record<PropertyKey, never>;
  Store: StoreWithSchedule;
  StoreProduct: StoreProductModel;
  StoreProductConnection: ProductPage;
  String: Scalars['String']['output'];
}>;

export type CategoryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = ResolversObject<{
  availableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GeoPointResolvers<ContextType = any, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type NearbyStoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['NearbyStore'] = ResolversParentTypes['NearbyStore']> = ResolversObject<{
  deliversHere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryEstimateMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  distanceM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type OpeningHoursDayResolvers<ContextType = any, ParentType extends ResolversParentTypes['OpeningHoursDay'] = ResolversParentTypes['OpeningHoursDay']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpeningStatusResolvers<ContextType = any, ParentType extends ResolversParentTypes['OpeningStatus'] = ResolversParentTypes['OpeningStatus']> = ResolversObject<{
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextChangeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = any, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductStockElsewhereResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProductStockElsewhere'] = ResolversParentTypes['ProductStockElsewhere']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  nearbyStores?: Resolver<Array<ResolversTypes['NearbyStore']>, ParentType, ContextType, RequireFields<QueryNearbyStoresArgs, 'location'>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  searchStoreProducts?: Resolver<ResolversTypes['StoreProductConnection'], ParentType, ContextType, RequireFields<QuerySearchStoreProductsArgs, 'query' | 'storeId'>>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType, RequireFields<QueryStoreArgs, 'id'>>;
  storeCategories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryStoreCategoriesArgs, 'storeId'>>;
  storeProduct?: Resolver<ResolversTypes['StoreProduct'], ParentType, ContextType, RequireFields<QueryStoreProductArgs, 'productId' | 'storeId'>>;
  storeProducts?: Resolver<ResolversTypes['StoreProductConnection'], ParentType, ContextType, RequireFields<QueryStoreProductsArgs, 'storeId'>>;
}>;

export type StoreResolvers<ContextType = any, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryAreaKind?: Resolver<ResolversTypes['DeliveryAreaKind'], ParentType, ContextType>;
  deliveryEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryFeeFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryRadiusM?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeDeliveryFromFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  is24h?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  minOrderFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHoursDay']>, ParentType, ContextType>;
  openingStatus?: Resolver<ResolversTypes['OpeningStatus'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pickupEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StoreProductResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreProduct'] = ResolversParentTypes['StoreProduct']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badges?: Resolver<Array<ResolversTypes['ProductBadge']>, ParentType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elsewhere?: Resolver<Array<ResolversTypes['ProductStockElsewhere']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberPriceFen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreProductConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['StoreProductConnection'] = ResolversParentTypes['StoreProductConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['StoreProduct']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = any> = ResolversObject<{
  Category?: CategoryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyStore?: NearbyStoreResolvers<ContextType>;
  OpeningHoursDay?: OpeningHoursDayResolvers<ContextType>;
  OpeningStatus?: OpeningStatusResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  ProductStockElsewhere?: ProductStockElsewhereResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreProduct?: StoreProductResolvers<ContextType>;
  StoreProductConnection?: StoreProductConnectionResolvers<ContextType>;
}>;

