import { ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'

import { Button } from '@/components/Button'
import { BUTTON } from '@/components/control'
import { TAB_BAR_INSIDE_PAGE, withTabBar } from '@/components/TabBar'
import { Dialog } from '@/components/Dialog'
import { PriceBreakdown } from '@/components/PriceBreakdown'
import { Price } from '@/components/Price'
import { ProductCard } from '@/components/ProductCard'
import { ProductImage } from '@/components/ProductImage'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { Stepper } from '@/components/Stepper'
import {
  fetchCart,
  fetchCartQuote,
  getChosenStore,
  publishCart,
  goHome,
  openCheckout,
  openOrders,
  openProduct,
  ROUTES,
  setCartItem,
  toast,
  toDisplayMessage,
  useCart,
  usePageShow,
  type AddOns,
  type Cart as CartData,
  type CartLine,
  type Quote,
} from '@/services'
import { formatYuan } from '@/utils/format'

import './index.css'

type CartState =
  | { status: 'loading' }
  | { status: 'no-store' }
  | { status: 'error'; message: string }
  | { status: 'ready'; cart: CartData; quote: Quote | null; addOns: AddOns | null; quoteError: string | null }

const lineLimit = (line: CartLine) => Math.min(line.available, line.maxPerOrder)
const lineProblem = (line: CartLine): string | null => {
  if (line.available <= 0) return '本店已售罄，请删除'
  if (line.quantity > line.available) return `库存仅剩${line.available}${line.unit}，请减少数量`
  if (line.quantity > line.maxPerOrder) return `每单限购${line.maxPerOrder}${line.unit}`
  return null
}

/**
 * The summary prices what can be bought now (lines with a problem wait until the shopper fixes them),
 * as checkout prices it: the BFF's cart quote, delivery fee and 凑单 list included.
 */
async function quoteFor(cart: CartData): Promise<Pick<Extract<CartState, { status: 'ready' }>, 'quote' | 'addOns' | 'quoteError'>> {
  const items = cart.items.filter((line) => !lineProblem(line)).map((line) => ({ productId: line.productId, quantity: line.quantity }))
  if (items.length === 0) return { quote: null, addOns: null, quoteError: null }
  try {
    return { ...(await fetchCartQuote(cart.storeId, items)), quoteError: null }
  } catch (error) {
    return { quote: null, addOns: null, quoteError: toDisplayMessage(error) }
  }
}

/** What delivery costs this cart, as the quote priced it: free, or the fee and how far free delivery is. */
function DeliveryFee({ quote }: { quote: Quote }) {
  if (quote.fulfilment !== 'DELIVERY') return null
  const toFree = quote.hints.find((hint) => hint.kind === 'FREE_DELIVERY')
  return (
    <View className='cart__delivery'>
      <Text>外卖配送</Text>
      {quote.deliveryFeeFen === 0 ? (
        <Text className='cart__delivery-free'>已免配送费</Text>
      ) : (
        <Text>{toFree ? `配送费¥${formatYuan(quote.deliveryFeeFen)}，${toFree.message}` : `配送费¥${formatYuan(quote.deliveryFeeFen)}`}</Text>
      )}
    </View>
  )
}

/** 凑单: what is still missing and, side by side, the store's products that make it up. */
function AddOnList({ addOns, storeId }: { addOns: AddOns; storeId: string }) {
  return (
    <View className='add-ons'>
      <Text className='add-ons__title'>{addOns.message}</Text>
      {addOns.products.length > 0 && (
        <ScrollView className='add-ons__list' scrollX enhanced showScrollbar={false}>
          {addOns.products.map((product) => (
            <View key={product.id} className='add-ons__item'>
              <ProductCard product={product} storeId={storeId} layout='grid' onOpen={(id) => void openProduct(storeId, id)} />
            </View>
          ))}
        </ScrollView>
      )}
    </View>
  )
}

function Cart() {
  const [state, setState] = useState<CartState>({ status: 'loading' })
  const [busyLine, setBusyLine] = useState<string | null>(null)
  const [removing, setRemoving] = useState<CartLine | null>(null)
  const generation = useRef(0)

  /** Shows a cart and its quote; a superseded answer is dropped. Errors are the caller's to show. */
  const show = useCallback(async (load: () => Promise<CartData>) => {
    const current = ++generation.current
    const cart = await load()
    const priced = await quoteFor(cart)
    if (current !== generation.current) return
    // Published with the state, in one render, so the cart store's copy is never one this page has not priced.
    setState({ status: 'ready', cart, ...priced })
    publishCart(cart)
  }, [])

  const reload = useCallback(() => {
    const store = getChosenStore()
    if (!store) return setState({ status: 'no-store' })
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    show(() => fetchCart(store.id)).catch((error: unknown) => setState({ status: 'error', message: toDisplayMessage(error) }))
  }, [show])

  // A tab page stays mounted: refresh on every show, since products are added from other pages.
  usePageShow(reload)

  // A 凑单 quick add changes the cart through the cart store: price the cart it answered with.
  const published = useCart(state.status === 'ready' ? state.cart.storeId : null)
  const shown = state.status === 'ready' ? state.cart : null
  useEffect(() => {
    if (published && shown && published !== shown) show(async () => published).catch((error: unknown) => toast(toDisplayMessage(error)))
  }, [published, shown, show])

  // A refused change (e.g. stock just ran out) keeps the cart on screen and says why.
  async function changeQuantity(cart: CartData, line: CartLine, quantity: number) {
    setBusyLine(line.productId)
    try {
      await show(() => setCartItem(cart.storeId, line.productId, quantity))
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setBusyLine(null)
    }
  }

  if (state.status === 'loading') return <Loading skeleton='rows' />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  if (state.status === 'no-store')
    return <Empty text='请先选择门店' actionText='去选门店' onAction={() => void goHome()} />

  const { cart, quote, addOns, quoteError } = state
  if (cart.items.length === 0)
    return (
      <View className='cart-empty'>
        <Empty text='购物车是空的' actionText='去逛逛' onAction={() => void goHome()} />
        <Text className='cart-empty__orders' onClick={() => void openOrders()}>
          查看我的订单
        </Text>
      </View>
    )

  const blocked = cart.items.some((line) => lineProblem(line))
  // The quote is a delivery's when the store delivers: its payable includes the fee, free from the store's threshold.
  const deliveryFeeFen = quote?.fulfilment === 'DELIVERY' ? quote.deliveryFeeFen : null
  return (
    <View className='cart'>
      <View className='cart__head'>
        <Text className='cart__store'>{getChosenStore()?.name ?? ''}</Text>
        <Text className='cart__orders' onClick={() => void openOrders()}>
          我的订单
        </Text>
      </View>
      <View className='cart__lines'>
        {cart.items.map((line) => {
          const problem = lineProblem(line)
          return (
            <View key={line.productId} className='cart-line' data-product-id={line.productId}>
              <ProductImage src={line.image?.thumb} name={line.name} size='sm' />
              <View className='cart-line__main'>
                <Text className='cart-line__name'>{line.name}</Text>
                {problem && <Text className='cart-line__warning'>{problem}</Text>}
                <View className='cart-line__foot'>
                  <Price fen={line.priceFen} memberFen={line.memberPriceFen} unit={line.unit} size='sm' />
                  <Stepper
                    value={line.quantity}
                    max={Math.max(lineLimit(line), line.quantity)}
                    busy={busyLine === line.productId}
                    label={line.name}
                    onChange={(quantity) => void changeQuantity(cart, line, quantity)}
                  />
                </View>
              </View>
              <View className='cart-line__delete' {...BUTTON} aria-label={`删除${line.name}`} onClick={() => setRemoving(line)}>
                <Text>删除</Text>
              </View>
            </View>
          )
        })}
      </View>
      {addOns && <AddOnList addOns={addOns} storeId={cart.storeId} />}
      {quote && <PriceBreakdown quote={quote} offerHint={!addOns} />}
      {quote && <DeliveryFee quote={quote} />}
      {quoteError && <Text className='cart__quote-error'>{quoteError}</Text>}
      {blocked && <Text className='cart__blocked'>请先处理库存不足的商品</Text>}
      <View className='cart__footer-room' />
      <View className={TAB_BAR_INSIDE_PAGE ? 'cart__footer cart__footer--above-tab-bar' : 'cart__footer'}>
        <View className='cart__total'>
          <Text className='cart__payable'>{quote ? `合计 ¥${formatYuan(quote.payableFen)}` : ''}</Text>
          {deliveryFeeFen !== null && (
            <Text className='cart__fee-note'>{deliveryFeeFen > 0 ? `含配送费¥${formatYuan(deliveryFeeFen)}，自提免收` : '已免配送费'}</Text>
          )}
        </View>
        <Button className='cart__checkout' disabled={blocked || !quote} onClick={() => void openCheckout(cart.storeId)}>
          去结算
        </Button>
      </View>
      <Dialog
        open={removing !== null}
        title='删除商品'
        message={removing ? `确定从购物车删除“${removing.name}”吗？` : ''}
        confirmText='删除'
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void changeQuantity(cart, removing, 0)
          setRemoving(null)
        }}
      />
    </View>
  )
}

export default withTabBar(ROUTES.cart, Cart)
