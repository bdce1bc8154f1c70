import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import { claimCampaignCoupon, fetchCampaign, goHome, toast, toDisplayMessage, usePageParams, type CampaignDetail } from '@/services'
import { formatYuan } from '@/utils/format'

import './index.css'

function Coupon({ campaign }: { campaign: CampaignDetail }) {
  const coupon = campaign.coupon!
  const [claimed, setClaimed] = useState(coupon.claimedByViewer)
  const [claiming, setClaiming] = useState(false)
  async function claim() {
    setClaiming(true)
    try {
      const result = await claimCampaignCoupon(campaign.id)
      setClaimed(true)
      toast(result.alreadyClaimed ? '您已领取过该优惠券' : '领取成功，下单时可用')
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setClaiming(false)
    }
  }
  const label = claimed ? '已领取' : !campaign.running ? '活动未开始或已结束' : !coupon.available ? '已领完' : '立即领取'
  return (
    <View className='campaign-coupon' data-coupon-id={coupon.id}>
      <Text className='campaign-coupon__name'>{coupon.name}</Text>
      <Text className='campaign-coupon__meta'>
        {`${coupon.minSpendFen > 0 ? `满¥${formatYuan(coupon.minSpendFen)}可用 · ` : ''}有效期至${coupon.validTo.slice(0, 10)}`}
      </Text>
      <Button
        className='campaign-coupon__claim'
        loading={claiming}
        disabled={claimed || claiming || !campaign.running || !coupon.available}
        onClick={() => void claim()}
      >
        {label}
      </Button>
    </View>
  )
}

/** Landing page of a campaign QR code: the campaign's words and its coupon to claim. */
export default function Campaign() {
  const { id = '' } = usePageParams()
  const { state, reload } = useAsync(() => fetchCampaign(id), [id])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  const campaign = state.data
  return (
    <View className='campaign'>
      <Text className='campaign__title'>{campaign.title}</Text>
      <Text className='campaign__description'>{campaign.description}</Text>
      {campaign.coupon && <Coupon campaign={campaign} />}
      <Button className='campaign__shop' onClick={() => void goHome()}>
        去逛逛本店
      </Button>
    </View>
  )
}
