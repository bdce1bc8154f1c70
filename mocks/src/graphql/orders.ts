import { graphql, HttpResponse } from 'msw';
import { drinks } from './catalog.ts';
import type {
  CartQuery,
  CartQueryVariables,
  CartQuoteQuery,
  CartQuoteQueryVariables,
  FulfilmentSlotsQuery,
  MyAddressesQuery,
  MyAddressesQueryVariables,
  FulfilmentSlotsQueryVariables,
  OrderFieldsFragment,
  OrderQuery,
  OrderQueryVariables,
  PlaceOrderMutation,
  PlaceOrderMutationVariables,
  QuoteQuery,
  QuoteQueryVariables,
  ReorderMutation,
  ReorderMutationVariables,
  SetCartItemMutation,
  SetCartItemMutationVariables,
} from '../../../shared-types/src/generated/client.ts';

type CartItem = CartQuery['cart']['items'][number];
type Quote = QuoteQuery['quote'];

/** Store 101's cart: a drink at member price (in a 任选2件8折 promotion) and a snack. */
export const cartItems: CartItem[] = [
  { productId: '1000', name: '测试饮料1号 500ml', unit: '瓶', quantity: 2, priceFen: 300, memberPriceFen: 250, available: 20, maxPerOrder: 20, image: null },
  { productId: '2001', name: '海苔薯片 70g', unit: '袋', quantity: 1, priceFen: 890, memberPriceFen: null, available: 5, maxPerOrder: 10, image: null },
];

const unitPrice = (item: CartItem) => item.memberPriceFen ?? item.priceFen;

/**
 * A quote computed the way the BFF stacks it, simplified to what the fixtures need: member price,
 * then 20% off drinks bought two at a time, then no threshold yet (hence the best-offer hint).
 */
export function quoteFor(items: Array<{ productId: string; quantity: number }>, fulfilment: Quote['fulfilment'] = 'PICKUP'): Quote {
  const lines = items.map(({ productId, quantity }) => {
    const item = cartItems.find((c) => c.productId === productId)!;
    const lineTotalFen = unitPrice(item) * quantity;
    const promotion = productId === '1000' && quantity >= 2 ? Math.round(lineTotalFen * 0.2) : 0;
    const memberSaving = (item.priceFen - unitPrice(item)) * quantity;
    return {
      productId,
      name: item.name,
      quantity,
      priceFen: item.priceFen,
      unitPriceFen: unitPrice(item),
      lineTotalFen,
      discountFen: promotion,
      payableFen: lineTotalFen - promotion,
      adjustments: [
        ...(memberSaving > 0 ? [{ kind: 'MEMBER_PRICE' as const, label: '会员价', amountFen: memberSaving }] : []),
        ...(promotion > 0 ? [{ kind: 'ITEM_PROMOTION' as const, label: '指定饮料任选2件8折', amountFen: promotion }] : []),
      ],
    };
  });
  const originalTotalFen = lines.reduce((sum, l) => sum + l.priceFen * l.quantity, 0);
  const itemsTotalFen = lines.reduce((sum, l) => sum + l.lineTotalFen, 0);
  const itemPromotionDiscountFen = lines.reduce((sum, l) => sum + l.discountFen, 0);
  const deliveryFeeFen = fulfilment === 'DELIVERY' ? 500 : 0;
  const payableFen = itemsTotalFen - itemPromotionDiscountFen + deliveryFeeFen;
  return {
    storeId: '101',
    fulfilment,
    lines,
    originalTotalFen,
    memberDiscountFen: originalTotalFen - itemsTotalFen,
    itemsTotalFen,
    itemPromotionDiscountFen,
    thresholdDiscountFen: 0,
    couponDiscountFen: 0,
    pointsUsed: 0,
    pointsDiscountFen: 0,
    deliveryFeeFen,
    payableFen,
    savedFen: originalTotalFen - payableFen + deliveryFeeFen,
    belowMinimumFen: 0,
    maxPointsUsable: 0,
    pointsAvailable: 0,
    isMember: true,
    bestOfferHint: `再买¥${((5900 - (payableFen - deliveryFeeFen)) / 100).toFixed(2).replace(/\.?0+$/, '')}享满59减10`,
    hints: [],
    coupons: [],
    bestUserCouponId: null,
    promise: { slotStart: '2026-11-25T06:00:00.000Z', label: fulfilment === 'DELIVERY' ? '约30分钟送达（14:35前）' : '约15分钟后可取（14:20起）' },
  };
}

export const cartSuccess = graphql.query<CartQuery, CartQueryVariables>('Cart', ({ variables }) =>
  HttpResponse.json({ data: { cart: { storeId: variables.storeId, updatedAt: '2026-11-25T06:00:00.000Z', items: cartItems } } }),
);

/** Sets the line in the shared fixture cart, as the server would; a drink not yet in it is added. */
export const setCartItemSuccess = graphql.mutation<SetCartItemMutation, SetCartItemMutationVariables>('SetCartItem', ({ variables }) => {
  const line = cartItems.find((item) => item.productId === variables.productId);
  const drink = drinks.find((product) => product.id === variables.productId);
  if (line) line.quantity = variables.quantity;
  else if (drink) {
    const { id, name, unit, priceFen, memberPriceFen, available } = drink;
    cartItems.push({ productId: id, name, unit, quantity: variables.quantity, priceFen, memberPriceFen, available, maxPerOrder: 20, image: null });
  }
  return HttpResponse.json({
    data: { setCartItem: { storeId: variables.storeId, updatedAt: '2026-11-25T06:01:00.000Z', items: cartItems.filter((item) => item.quantity > 0) } },
  });
});

/**
 * The member holds two coupons that both apply: the server names the one taking more off as best,
 * and the quote prices the coupon the input names.
 */
export const quoteWithCoupons = graphql.query<QuoteQuery, QuoteQueryVariables>('Quote', ({ variables }) => {
  const base = quoteFor(variables.input.items, variables.input.fulfilment);
  const coupons = [
    { userCouponId: 'c-small', name: '满10减1元', applicable: true, reason: null, discountFen: 100, validTo: '2026-12-31T15:59:59.000Z' },
    { userCouponId: 'c-big', name: '满10减3元', applicable: true, reason: null, discountFen: 300, validTo: '2026-12-31T15:59:59.000Z' },
    { userCouponId: 'c-far', name: '满100减20元', applicable: false, reason: '满¥100可用', discountFen: 0, validTo: '2026-12-31T15:59:59.000Z' },
  ];
  const applied = coupons.find((c) => c.userCouponId === variables.input.userCouponId)?.discountFen ?? 0;
  return HttpResponse.json({
    data: { quote: { ...base, coupons, bestUserCouponId: 'c-big', couponDiscountFen: applied, payableFen: base.payableFen - applied } },
  });
});

export const quoteSuccess = graphql.query<QuoteQuery, QuoteQueryVariables>('Quote', ({ variables }) =>
  HttpResponse.json({ data: { quote: quoteFor(variables.input.items, variables.input.fulfilment) } }),
);

/** Store 101 delivers for ¥5, free from ¥29 of goods, as the BFF answers it. */
export const FIXTURE_FREE_DELIVERY_FROM_FEN = 2900;

/**
 * The cart page's quote: a delivery, free from ¥29, and while below that a 凑单 list of drinks in
 * stock that are not in the cart.
 */
export const cartQuoteSuccess = graphql.query<CartQuoteQuery, CartQuoteQueryVariables>('CartQuote', ({ variables }) => {
  // A one-item list may come as the item itself (GraphQL list coercion, as the generated type allows).
  const items = [variables.items].flat();
  const base = quoteFor(items, 'DELIVERY');
  const goodsFen = base.payableFen - base.deliveryFeeFen;
  const shortfallFen = FIXTURE_FREE_DELIVERY_FROM_FEN - goodsFen;
  if (shortfallFen <= 0) {
    const quote = { ...base, deliveryFeeFen: 0, payableFen: goodsFen };
    return HttpResponse.json({ data: { cartQuote: { quote, addOns: null } } });
  }
  const missing = `¥${(shortfallFen / 100).toFixed(2).replace(/\.?0+$/, '')}`;
  const quote = { ...base, hints: [{ kind: 'FREE_DELIVERY' as const, message: `再买${missing}免配送费`, shortfall: shortfallFen }] };
  const inCart = new Set(items.map((item) => item.productId));
  const products = drinks.filter((p) => p.available > 0 && !inCart.has(p.id)).slice(0, 4);
  return HttpResponse.json({ data: { cartQuote: { quote, addOns: { kind: 'FREE_DELIVERY', shortfallFen, message: `还差${missing}可享免配送费`, products } } } });
});

export const slotsSuccess = graphql.query<FulfilmentSlotsQuery, FulfilmentSlotsQueryVariables>('FulfilmentSlots', () =>
  HttpResponse.json({
    data: {
      fulfilmentSlots: [
        { slotStart: '2026-11-25T06:00:00.000Z', remaining: 3, available: true, deliveryLabel: '今天 14:30-15:00', pickupLabel: '今天 14:30后' },
        { slotStart: '2026-11-25T06:30:00.000Z', remaining: 0, available: false, deliveryLabel: '今天 15:00-15:30', pickupLabel: '今天 15:00后' },
      ],
    },
  }),
);

/** A paid pickup order, ready to collect. */
export const pickupOrder: OrderFieldsFragment = {
  id: '3f2a7c1e-0000-4000-8000-000000000001',
  orderNo: 'O20261125000123',
  storeId: '101',
  fulfilment: 'PICKUP',
  status: 'READY_FOR_PICKUP',
  statusLabel: '待取货',
  payableFen: 1290,
  promiseStart: '2026-11-25T06:20:00.000Z',
  promiseEnd: '2026-11-25T06:50:00.000Z',
  createdAt: '2026-11-25T06:05:00.000Z',
  store: { id: '101', name: '静安寺店', address: '愚园路68号', phone: '021-62481234', openingStatus: { label: '营业中 · 23:00打烊' } },
  items: [
    { id: 'i1', productId: '1000', name: '测试饮料1号 500ml', unit: '瓶', quantity: 2, unitPriceFen: 250, lineTotalFen: 500, lineDiscountFen: 100, outOfStock: false, substitute: null, image: null },
    { id: 'i2', productId: '2001', name: '海苔薯片 70g', unit: '袋', quantity: 1, unitPriceFen: 890, lineTotalFen: 890, lineDiscountFen: 0, outOfStock: false, substitute: null, image: null },
  ],
  originalTotalFen: 1490,
  memberDiscountFen: 100,
  itemPromotionDiscountFen: 100,
  thresholdDiscountFen: 0,
  couponDiscountFen: 0,
  pointsUsed: 0,
  pointsDiscountFen: 0,
  deliveryFeeFen: 0,
  refundedFen: 0,
  address: null,
  payBefore: null,
  pickupCode: '482916',
  pickupQrContent: 'PICKUP:O20261125000123:482916',
  note: null,
  paidAt: '2026-11-25T06:06:00.000Z',
  completedAt: null,
  cancelledAt: null,
  events: [
    { from: null, to: 'PENDING_PAYMENT', actorRole: 'customer', reason: '下单', at: '2026-11-25T06:05:00.000Z' },
    { from: 'PENDING_PAYMENT', to: 'PAID', actorRole: 'wechatpay', reason: '微信支付成功', at: '2026-11-25T06:06:00.000Z' },
    { from: 'PAID', to: 'PICKING', actorRole: 'staff', reason: '开始拣货', at: '2026-11-25T06:10:00.000Z' },
    { from: 'PICKING', to: 'READY_FOR_PICKUP', actorRole: 'staff', reason: '已备好', at: '2026-11-25T06:15:00.000Z' },
  ],
};

/**
 * A member's delivery order of ¥105 with 满100减10, a ¥5 coupon and 1280 points: 实付 ¥77.2 plus
 * the delivery fee, the case where the order page once left the coupon out.
 */
export const couponOrder: OrderFieldsFragment = {
  ...pickupOrder,
  id: '3f2a7c1e-0000-4000-8000-000000000002',
  orderNo: 'O20261125000124',
  fulfilment: 'DELIVERY',
  status: 'PAID',
  statusLabel: '已支付',
  payableFen: 8220,
  items: [{ id: 'i3', productId: '3001', name: '精选礼盒', unit: '盒', quantity: 3, unitPriceFen: 3500, lineTotalFen: 10500, lineDiscountFen: 2780, outOfStock: false, substitute: null, image: null }],
  originalTotalFen: 10500,
  memberDiscountFen: 0,
  itemPromotionDiscountFen: 0,
  thresholdDiscountFen: 1000,
  couponDiscountFen: 500,
  pointsUsed: 1280,
  pointsDiscountFen: 1280,
  deliveryFeeFen: 500,
  address: { contactName: '张三', phone: '13800000000', detail: '静安区南京西路1号' },
  pickupCode: null,
  pickupQrContent: null,
  events: pickupOrder.events.slice(0, 2),
};

export const orderSuccess = graphql.query<OrderQuery, OrderQueryVariables>('Order', () => HttpResponse.json({ data: { order: pickupOrder } }));

/** placeOrder refused because the price moved since the quote; nothing is created. */
export const placeOrderPriceChanged = graphql.mutation<PlaceOrderMutation, PlaceOrderMutationVariables>('PlaceOrder', () =>
  HttpResponse.json({
    data: null,
    errors: [{ message: '价格有变化：应付¥13.90，请确认后再提交', path: ['placeOrder'], extensions: { code: 'PRICE_CHANGED', payableFen: 1390 } }],
  }),
);

/** placeOrder refused because another shopper took the last units. */
export const placeOrderOutOfStock = graphql.mutation<PlaceOrderMutation, PlaceOrderMutationVariables>('PlaceOrder', () =>
  HttpResponse.json({
    data: null,
    errors: [{ message: '「海苔薯片 70g」库存不足', path: ['placeOrder'], extensions: { code: 'OUT_OF_STOCK', productId: '2001' } }],
  }),
);

export const addressesSuccess = graphql.query<MyAddressesQuery, MyAddressesQueryVariables>('MyAddresses', () =>
  HttpResponse.json({
    data: {
      myAddresses: [
        { id: '7', contactName: '王女士', phone: '13800000002', detail: '静安寺 愚园路68号 3楼', location: { lat: 31.2234, lng: 121.4452 }, isDefault: true },
      ],
    },
  }),
);

/** 再来一单: the drink goes back, the chips are sold out. */
export const reorderWithShortfall = graphql.mutation<ReorderMutation, ReorderMutationVariables>('Reorder', () =>
  HttpResponse.json({
    data: {
      reorder: {
        cart: { storeId: '101', updatedAt: '2026-11-25T07:00:00.000Z', items: [cartItems[0]!] },
        shortfalls: [{ productId: '2001', name: '海苔薯片 70g', wanted: 1, added: 0, reason: '已售罄' }],
      },
    },
  }),
);

export const orderHandlers = [cartSuccess, setCartItemSuccess, quoteSuccess, cartQuoteSuccess, slotsSuccess, orderSuccess, addressesSuccess, reorderWithShortfall];
