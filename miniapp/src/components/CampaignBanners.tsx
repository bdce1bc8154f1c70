import { Image, View } from '@tarojs/components'

import { useAsync } from '@/hooks/useAsync'
import { fetchCampaignBanners, openCampaign } from '@/services'

import { LINK } from './control'
import './CampaignBanners.css'

/**
 * Home's banners: the store's and the chain's running campaigns that have one, side by side to swipe,
 * each opening its campaign page. Nothing at all while loading, on failure or without any: the
 * shelf below matters more than an empty frame.
 */
export function CampaignBanners({ storeId }: { storeId: string }) {
  const { state } = useAsync(() => fetchCampaignBanners(storeId), [storeId])
  if (state.status !== 'ready' || state.data.length === 0) return null
  return (
    <View className='campaign-banners' aria-label='活动'>
      {state.data.map((campaign) => (
        <View key={campaign.id} className='campaign-banners__item' {...LINK} data-campaign-id={campaign.id} onClick={() => void openCampaign(campaign.id, storeId)}>
          <Image className='campaign-banners__image' src={campaign.banner!.large} mode='aspectFill' lazyLoad nativeProps={{ alt: campaign.title }} />
        </View>
      ))}
    </View>
  )
}
