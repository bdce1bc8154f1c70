import { Text, View } from '@tarojs/components'

import type { Quote } from '@/services/orders'
import { formatYuan } from '@/utils/format'

import './PriceBreakdown.css'

function Row({ label, fen, sign = '', className = '' }: { label: string; fen: number; sign?: '-' | '+' | ''; className?: string }) {
  return (
    <View className={`price-row ${className}`}>
      <Text className='price-row__label'>{label}</Text>
      <Text className='price-row__amount'>{`${sign}¥${formatYuan(fen)}`}</Text>
    </View>
  )
}

/**
 * The quote as the shopper should read it: every step of the stacking order (member price → item
 * promotions → threshold → coupon → points), then delivery, then what to pay. Zero steps are hidden.
 */
export function PriceBreakdown({ quote, showLines = false }: { quote: Quote; showLines?: boolean }) {
  const discounts: Array<[string, number]> = [
    ['会员价优惠', quote.memberDiscountFen],
    ['促销优惠', quote.itemPromotionDiscountFen],
    ['满减优惠', quote.thresholdDiscountFen],
    ['优惠券', quote.couponDiscountFen],
    [`积分抵扣（${quote.pointsUsed}积分）`, quote.pointsDiscountFen],
  ]
  return (
    <View className='price-breakdown'>
      {showLines &&
        quote.lines.map((line) => (
          <View key={line.productId} className='price-line'>
            <View className='price-row'>
              <Text className='price-row__label'>{`${line.name} ×${line.quantity}`}</Text>
              <Text className='price-row__amount'>{`¥${formatYuan(line.payableFen)}`}</Text>
            </View>
            {line.adjustments.map((adjustment) => (
              <Text key={`${adjustment.kind}:${adjustment.label}`} className='price-line__adjustment'>
                {`${adjustment.label} -¥${formatYuan(adjustment.amountFen)}`}
              </Text>
            ))}
          </View>
        ))}
      <Row label='商品金额' fen={quote.originalTotalFen} />
      {discounts.map(([label, fen]) => fen > 0 && <Row key={label} label={label} fen={fen} sign='-' className='price-row--discount' />)}
      {quote.fulfilment === 'DELIVERY' && <Row label='配送费' fen={quote.deliveryFeeFen} sign='+' />}
      <Row label='应付' fen={quote.payableFen} className='price-row--payable' />
      {quote.savedFen > 0 && <Text className='price-breakdown__saved'>{`已为您节省¥${formatYuan(quote.savedFen)}`}</Text>}
      {/* The BFF puts the delivery minimum first while it blocks the order (还差¥17起送), so one line says it. */}
      {quote.bestOfferHint && <Text className='price-breakdown__hint'>{quote.bestOfferHint}</Text>}
    </View>
  )
}
