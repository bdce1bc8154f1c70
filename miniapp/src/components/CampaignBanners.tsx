import { openCampaign, type CampaignBanner } from '@/services'

import { Image, View } from './elements'

import { LINK } from './control'
import './CampaignBanners.css'

/**
 * Home's banners: the store's and the chain's running campaigns that have one, side by side to swipe,
 * each opening its campaign page. Nothing at all without any: the shelf below matters more than an
 * empty frame. The first is on the first screen (often its largest picture): fetched at once, first.
 */
export function CampaignBanners({ storeId, banners }: { storeId: string; banners: CampaignBanner[] }) {
  if (banners.length === 0) return null
  return (
    <View className='campaign-banners' aria-label='活动'>
      {banners.map((campaign, index) => (
        <View key={campaign.id} className='campaign-banners__item' {...LINK} data-campaign-id={campaign.id} onClick={() => void openCampaign(campaign.id, storeId)}>
          <Image className='campaign-banners__image' src={campaign.banner!.large} mode='aspectFill' lazy={index > 0} priority={index === 0} alt={campaign.title} />
        </View>
      ))}
    </View>
  )
}
