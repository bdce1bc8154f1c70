import { Image, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import type { CampaignInput } from '@corner/shared-types/client'

import { Button } from '@/components/Button'
import { LINK } from '@/components/control'
import { ProductImage } from '@/components/ProductImage'
import { Sheet } from '@/components/Sheet'
import { Empty, Loading } from '@/components/StateView'
import { Tag, type TagTone } from '@/components/Tag'
import { searchProducts } from '@/services/catalog'
import {
  campaignStatus,
  createCampaign,
  fetchCouponChoices,
  fetchMarketingCampaigns,
  updateCampaign,
  type CouponChoice,
  type ManagedCampaign,
} from '@/services/campaign-admin'
import { endOfShanghaiDay, formatDay, shanghaiDay } from '@/services/qr-admin'
import { formatYuan } from '@/utils/format'

import { ImageStrip, type StripImage } from './ImageStrip'
import { useRun, type Run } from './run'
import './editor.css'

const STATUS_TONE: Record<ReturnType<typeof campaignStatus>, TagTone> = { 进行中: 'success', 未开始: 'brand', 已结束: 'muted' }
const DAY_MS = 86_400_000
/** Search results offered when adding a featured product. */
const PRODUCT_CHOICES = 5

type Featured = ManagedCampaign['featured'][number]
interface Draft {
  title: string
  description: string
  banner: StripImage[]
  couponIds: string[]
  featured: Featured[]
  /** Asia/Shanghai days, both included. */
  firstDay: string
  lastDay: string
}

const startOfShanghaiDay = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString()

function draftOf(campaign: ManagedCampaign | null): Draft {
  if (!campaign) {
    const today = shanghaiDay(Date.now())
    return { title: '', description: '', banner: [], couponIds: [], featured: [], firstDay: today, lastDay: shanghaiDay(Date.now() + 6 * DAY_MS) }
  }
  return {
    title: campaign.title,
    description: campaign.description,
    banner: campaign.banner && campaign.bannerImageId ? [{ id: campaign.bannerImageId, thumb: campaign.banner.thumb }] : [],
    couponIds: campaign.coupons.map((coupon) => coupon.id),
    featured: campaign.featured,
    firstDay: shanghaiDay(Date.parse(campaign.startsAt)),
    // The schedule ends as its last day does: the instant itself belongs to the next day.
    lastDay: shanghaiDay(Date.parse(campaign.endsAt) - 1),
  }
}

const inputOf = (draft: Draft): CampaignInput => ({
  title: draft.title,
  description: draft.description,
  bannerImageId: draft.banner[0]?.id ?? null,
  couponIds: draft.couponIds,
  featuredProductIds: draft.featured.map((product) => product.id),
  startsAt: startOfShanghaiDay(draft.firstDay),
  endsAt: endOfShanghaiDay(draft.lastDay)!,
})

/**
 * 活动: campaign pages of one store (`scopeStore`) or, null, of the whole chain: the list with each
 * one's state, and a form for the banner, words, coupons, featured products and schedule. Featured
 * products are found on the shelf of `shelfStore`, the store being worked.
 */
export default function Campaigns({ scopeStore, shelfStore, run }: { scopeStore: string | null; shelfStore: string; run: Run }) {
  const [campaigns, setCampaigns] = useState<ManagedCampaign[] | null>(null)
  const [editing, setEditing] = useState<ManagedCampaign | 'new' | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async () => {
    setCampaigns(null)
    const list = await run(() => fetchMarketingCampaigns(scopeStore))
    if (list) setCampaigns(list)
  }, [scopeStore, run])
  useEffect(() => void load(), [load])

  const edit = (campaign: ManagedCampaign | 'new') => {
    setNotice(null)
    setEditing(campaign)
  }
  const saved = (campaign: ManagedCampaign, created: boolean) => {
    setEditing(null)
    setCampaigns((list) => (created ? [campaign, ...(list ?? [])] : (list ?? []).map((c) => (c.id === campaign.id ? campaign : c))))
    setNotice(`已${created ? '创建' : '保存'}「${campaign.title}」`)
  }
  return (
    <View>
      <View className='editor__head'>
        <Text className='editor__count'>{campaigns ? `${scopeStore ? '本店' : '全部门店'} ${campaigns.length} 个活动` : ''}</Text>
        <Button size='sm' onClick={() => edit('new')}>新建活动</Button>
      </View>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      {!campaigns && <Loading skeleton='rows' />}
      {campaigns?.length === 0 && <Empty text='还没有活动' />}
      {campaigns?.map((campaign) => {
        const status = campaignStatus(campaign)
        return (
          <View key={campaign.id} className='staff-card editor-card' {...LINK} data-testid='campaign' onClick={() => edit(campaign)}>
            {campaign.banner ? (
              <Image className='editor-card__banner' src={campaign.banner.thumb} mode='aspectFill' nativeProps={{ alt: '' }} />
            ) : (
              <View className='editor-card__banner' />
            )}
            <View className='editor-card__body'>
              <Text className='editor-card__title'>{campaign.title}</Text>
              <View className='editor-card__tags'>
                <Tag tone={STATUS_TONE[status]}>{status}</Tag>
                <Text className='editor-card__meta'>{`${campaign.coupons.length} 张券 · ${campaign.featured.length} 件商品`}</Text>
              </View>
              <Text className='editor-card__meta'>{`${formatDay(shanghaiDay(Date.parse(campaign.startsAt)))} 至 ${formatDay(shanghaiDay(Date.parse(campaign.endsAt) - 1))}`}</Text>
            </View>
            <Text className='editor-card__chevron'>›</Text>
          </View>
        )
      })}
      <Sheet open={editing !== null} title={editing === 'new' ? '新建活动' : '编辑活动'} onClose={() => setEditing(null)}>
        {editing !== null && <CampaignForm campaign={editing === 'new' ? null : editing} scopeStore={scopeStore} shelfStore={shelfStore} onSaved={saved} />}
      </Sheet>
    </View>
  )
}

function CampaignForm({ campaign, scopeStore, shelfStore, onSaved }: {
  campaign: ManagedCampaign | null
  /** The campaign's store, null for the chain's. */
  scopeStore: string | null
  /** Where featured products are searched: the store being worked. */
  shelfStore: string
  onSaved: (campaign: ManagedCampaign, created: boolean) => void
}) {
  // Refusals show inside the sheet, which covers the page's own message line.
  const { run, message } = useRun()
  const [draft, setDraft] = useState(() => draftOf(campaign))
  const [coupons, setCoupons] = useState<CouponChoice[] | null>(null)
  const [busy, setBusy] = useState(false)
  const storeOfCampaign = campaign ? campaign.storeId : scopeStore
  useEffect(() => void run(() => fetchCouponChoices(storeOfCampaign)).then(setCoupons), [storeOfCampaign, run])
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const toggleCoupon = (id: string) =>
    set('couponIds', draft.couponIds.includes(id) ? draft.couponIds.filter((c) => c !== id) : [...draft.couponIds, id])

  const save = async () => {
    setBusy(true)
    const input = inputOf(draft)
    const result = await run(() => (campaign ? updateCampaign(campaign.id, input) : createCampaign(scopeStore, input)))
    setBusy(false)
    if (result) onSaved(result, campaign === null)
  }
  const today = shanghaiDay(Date.now())

  return (
    <View className='editor-form' data-testid='campaign-form'>
      <Text className='editor-form__label'>横幅</Text>
      <ImageStrip images={draft.banner} onChange={(banner) => set('banner', banner)} max={1} scope={{ purpose: 'campaign', storeId: storeOfCampaign }} run={run} label='横幅' />
      <Text className='editor-form__hint'>横图 5:2（如 750×300），首页和活动页顶部展示</Text>

      <Text className='editor-form__label'>标题</Text>
      <Input className='editor-form__input editor-form__title' placeholder='如 夏日饮料节' maxlength={30} value={draft.title} onInput={(e) => set('title', e.detail.value)} />
      <Text className='editor-form__label'>说明</Text>
      <Textarea className='editor-form__textarea' placeholder='活动内容、规则（选填）' maxlength={300} value={draft.description} onInput={(e) => set('description', e.detail.value)} />

      <Text className='editor-form__label'>活动时间</Text>
      <View className='editor-form__row'>
        <Picker mode='date' value={draft.firstDay} onChange={(e) => set('firstDay', e.detail.value)} className='editor-form__picker editor-form__first-day'>
          <View className='editor-form__field'>{formatDay(draft.firstDay)}</View>
        </Picker>
        <Text>至</Text>
        <Picker mode='date' value={draft.lastDay} start={draft.firstDay > today ? draft.firstDay : today} onChange={(e) => set('lastDay', e.detail.value)} className='editor-form__picker editor-form__last-day'>
          <View className='editor-form__field'>{formatDay(draft.lastDay)}</View>
        </Picker>
      </View>
      <Text className='editor-form__hint'>北京时间，首日 0 点开始，末日 24 点结束</Text>

      <Text className='editor-form__label'>{`优惠券（已选 ${draft.couponIds.length}）`}</Text>
      {!coupons && <Loading />}
      {coupons?.length === 0 && <Text className='editor-form__hint'>暂无可用的优惠券模板</Text>}
      {coupons?.map((coupon) => {
        const on = draft.couponIds.includes(coupon.id)
        return (
          <View key={coupon.id} className={`editor-option ${on ? 'editor-option--on' : ''}`} role='checkbox' aria-checked={on ? 'true' : 'false'} data-testid='coupon-choice' onClick={() => toggleCoupon(coupon.id)}>
            <Text className='editor-option__title'>{coupon.name}</Text>
            <Text className='editor-option__meta'>{coupon.minSpendFen > 0 ? `满¥${formatYuan(coupon.minSpendFen)}` : '无门槛'}</Text>
          </View>
        )
      })}

      <Text className='editor-form__label'>{`活动商品（${draft.featured.length}）`}</Text>
      {draft.featured.map((product) => (
        <View key={product.id} className='editor-option editor-option--on' data-testid='featured-product'>
          <ProductImage src={product.image?.thumb} name={product.name} size='sm' />
          <Text className='editor-option__title'>{product.name}</Text>
          <Button size='sm' variant='ghost' onClick={() => set('featured', draft.featured.filter((p) => p.id !== product.id))}>移除</Button>
        </View>
      ))}
      <ProductPicker storeId={shelfStore} run={run} chosen={draft.featured} onAdd={(product) => set('featured', [...draft.featured, product])} />

      {message && <View className='editor-form__error' role='alert'>{message}</View>}
      <Button block size='lg' className='editor-form__submit' disabled={draft.title.trim() === ''} loading={busy} onClick={() => void save()}>
        {campaign ? '保存' : '创建活动'}
      </Button>
    </View>
  )
}

/** Featured products are found on the shelf of the store being worked, by name or barcode. */
function ProductPicker({ storeId, run, chosen, onAdd }: { storeId: string; run: Run; chosen: Featured[]; onAdd: (product: Featured) => void }) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Featured[] | null>(null)
  const find = async () => {
    const page = await run(() => searchProducts(storeId, query.trim(), null))
    if (page) setFound(page.nodes.slice(0, PRODUCT_CHOICES).map(({ id, name, image }) => ({ id, name, image, active: true })))
  }
  const offered = found?.filter((product) => !chosen.some((c) => c.id === product.id))
  return (
    <View>
      <View className='editor-form__row editor__more'>
        <Input className='editor-form__input editor-form__product-search' placeholder='添加商品：名称或条码' confirmType='search' value={query} onInput={(e) => setQuery(e.detail.value)} onConfirm={() => query.trim() && void find()} />
        <Button size='sm' variant='secondary' disabled={!query.trim()} onClick={() => void find()}>搜索</Button>
      </View>
      {offered?.length === 0 && <Text className='editor-form__hint'>没有可添加的商品</Text>}
      {offered?.map((product) => (
        <View key={product.id} className='editor-option' role='button' data-testid='product-choice' onClick={() => onAdd(product)}>
          <ProductImage src={product.image?.thumb} name={product.name} size='sm' />
          <Text className='editor-option__title'>{product.name}</Text>
          <Text className='editor-option__meta'>添加</Text>
        </View>
      ))}
    </View>
  )
}
