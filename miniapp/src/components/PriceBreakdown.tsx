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

/** The steps of a price, as a quote and a placed order both carry them. */
export type PriceSteps = Pick<
  Quote,
  | 'fulfilment'
  | 'originalTotalFen'
  | 'memberDiscountFen'
  | 'itemPromotionDiscountFen'
  | 'thresholdDiscountFen'
  | 'couponDiscountFen'
  | 'pointsUsed'
  | 'pointsDiscountFen'
  | 'deliveryFeeFen'
  | 'payableFen'
>

/**
 * A price as the shopper should read it, for a quote (应付) and a placed order (实付) alike: goods at
 * list price, every step of the stacking order (member price → item promotions → threshold → coupon →
 * points), delivery, then the total, which these rows add up to. Zero steps are hidden.
 */
export function PriceStepRows({ steps, totalLabel }: { steps: PriceSteps; totalLabel: '应付' | '实付' }) {
  const discounts: Array<[string, number]> = [
    ['会员价优惠', steps.memberDiscountFen],
    ['促销优惠', steps.itemPromotionDiscountFen],
    ['满减优惠', steps.thresholdDiscountFen],
    ['优惠券', steps.couponDiscountFen],
    [`积分抵扣（${steps.pointsUsed}积分）`, steps.pointsDiscountFen],
  ]
  return (
    <>
      <Row label='商品金额' fen={steps.originalTotalFen} />
      {discounts.map(([label, fen]) => fen > 0 && <Row key={label} label={label} fen={fen} sign='-' className='price-row--discount' />)}
      {steps.fulfilment === 'DELIVERY' && <Row label='配送费' fen={steps.deliveryFeeFen} sign='+' />}
      <Row label={totalLabel} fen={steps.payableFen} className='price-row--payable' />
    </>
  )
}

/**
 * The quote: per-line promotions when asked, the price steps, what was saved and (unless the page says
 * it itself, as the cart's 凑单 list does) what is still within reach.
 */
export function PriceBreakdown({ quote, showLines = false, offerHint = true }: { quote: Quote; showLines?: boolean; offerHint?: boolean }) {
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
      <PriceStepRows steps={quote} totalLabel='应付' />
      {quote.savedFen > 0 && <Text className='price-breakdown__saved'>{`已为您节省¥${formatYuan(quote.savedFen)}`}</Text>}
      {/* The BFF puts the delivery minimum first while it blocks the order (还差¥17起送), so one line says it. */}
      {offerHint && quote.bestOfferHint && <Text className='price-breakdown__hint'>{quote.bestOfferHint}</Text>}
    </View>
  )
}
