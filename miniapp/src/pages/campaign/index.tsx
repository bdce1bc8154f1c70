import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Image } from '@/components/elements'

import { Button } from '@/components/Button'
import { ProductCard } from '@/components/ProductCard'
import { ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import {
  claimCampaignCoupon,
  fetchCampaign,
  getChosenStore,
  goHome,
  openProduct,
  toast,
  toDisplayMessage,
  usePageParams,
  type CampaignDetail,
} from '@/services'
import { formatYuan } from '@/utils/format'

import './index.css'

type CampaignCoupon = CampaignDetail['coupons'][number]

function Coupon({ campaign, coupon }: { campaign: CampaignDetail; coupon: CampaignCoupon }) {
  const [claimed, setClaimed] = useState(coupon.claimedByViewer)
  const [claiming, setClaiming] = useState(false)
  async function claim() {
    setClaiming(true)
    try {
      const result = await claimCampaignCoupon(campaign.id, coupon.id)
      setClaimed(true)
      toast(result.alreadyClaimed ? '您已领取过该优惠券' : '领取成功，下单时可用')
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setClaiming(false)
    }
  }
  const label = claimed ? '已领取' : !campaign.running ? '未开始或已结束' : !coupon.available ? '已领完' : '立即领取'
  return (
    <View className='campaign-coupon' data-coupon-id={coupon.id}>
      <View className='campaign-coupon__body'>
        <Text className='campaign-coupon__name'>{coupon.name}</Text>
        <Text className='campaign-coupon__meta'>
          {`${coupon.minSpendFen > 0 ? `满¥${formatYuan(coupon.minSpendFen)}可用 · ` : ''}有效期至${coupon.validTo.slice(0, 10)}`}
        </Text>
      </View>
      <Button size='sm' className='campaign-coupon__claim' loading={claiming} disabled={claimed || !campaign.running || !coupon.available} onClick={() => void claim()}>
        {label}
      </Button>
    </View>
  )
}

/**
 * A campaign's page (from its QR code or home's banner): the banner, its words, the coupons to claim
 * and the featured products the shopper's store sells, at that store's prices.
 */
export default function Campaign() {
  const { id = '', storeId: storeParam } = usePageParams()
  const storeId = storeParam ?? getChosenStore()?.id ?? null
  const { state, reload } = useAsync(() => fetchCampaign(id, storeId), [id, storeId])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  const campaign = state.data
  const products = campaign.featuredProducts ?? []
  return (
    <View className='campaign'>
      {campaign.banner && <Image className='campaign__banner' src={campaign.banner.large} mode='aspectFill' priority alt={campaign.title} />}
      <View className='campaign__intro'>
        <Text className='campaign__title'>{campaign.title}</Text>
        {campaign.description && <Text className='campaign__description'>{campaign.description}</Text>}
      </View>
      {campaign.coupons.length > 0 && (
        <View className='campaign__section'>
          <Text className='campaign__heading'>领券</Text>
          {campaign.coupons.map((coupon) => (
            <Coupon key={coupon.id} campaign={campaign} coupon={coupon} />
          ))}
        </View>
      )}
      {storeId && products.length > 0 && (
        <View className='campaign__section'>
          <Text className='campaign__heading'>活动商品</Text>
          <View className='campaign__products'>
            {products.map((product) => (
              <ProductCard key={product.id} product={product} storeId={storeId} layout='grid' onOpen={(productId) => void openProduct(storeId, productId)} />
            ))}
          </View>
        </View>
      )}
      <Button block className='campaign__shop' onClick={() => void goHome()}>
        去逛逛本店
      </Button>
    </View>
  )
}
