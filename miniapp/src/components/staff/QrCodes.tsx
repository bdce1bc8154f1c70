import { Image, Input, Picker, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import type { QrTargetKind } from '@corner/shared-types/client'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { ProductImage } from '@/components/ProductImage'
import { Segmented, type SegmentedOption } from '@/components/Segmented'
import { Sheet } from '@/components/Sheet'
import { Empty, Loading } from '@/components/StateView'
import { Tag, type TagTone } from '@/components/Tag'
import { searchProducts, type ProductPage } from '@/services/catalog'
import {
  createQrCode,
  endOfShanghaiDay,
  expiryLabel,
  fetchQrReport,
  fetchStoreCampaigns,
  fetchStoreQrCodes,
  formatDay,
  lastShanghaiDays,
  posterThumbnail,
  POSTER_FORMATS,
  POSTER_NAMES,
  qrCodeStatus,
  releasePosterPreview,
  savePoster,
  setQrCodeDisabled,
  shanghaiDay,
  type PosterFormat,
  type QrReport,
  type StoreCampaign,
  type StoreQrCode,
} from '@/services/qr-admin'
import { formatYuanFixed } from '@/utils/format'

import { useRun, type Run } from './run'
import './editor.css'
import './QrCodes.css'

const KINDS: Array<SegmentedOption<QrTargetKind>> = [
  { value: 'STORE', label: '门店码' },
  { value: 'PRODUCT', label: '货架码' },
  { value: 'CAMPAIGN', label: '活动码' },
]
const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.value, k.label])) as Record<QrTargetKind, string>
const KIND_HINT: Record<QrTargetKind, string> = {
  STORE: '贴在门口、收银台或小票上，扫码进入本店首页',
  PRODUCT: '贴在货架上，扫码直达这件商品',
  CAMPAIGN: '印在活动物料上，扫码进入活动页领券',
}
const STATUS_TONE: Record<ReturnType<typeof qrCodeStatus>, TagTone> = { 启用: 'success', 停用: 'muted', 已过期: 'warn' }
/** The two downloads every card offers; the preview offers every format the platform can keep. */
const CARD_FORMATS: PosterFormat[] = ['wxacode', 'png']
/** Search results offered when picking a shelf code's product. */
const PRODUCT_CHOICES = 5

type Listing = 'codes' | 'report'
const VIEWS: Array<SegmentedOption<Listing>> = [
  { value: 'codes', label: '码列表' },
  { value: 'report', label: '扫码报表' },
]

function target(code: StoreQrCode): string {
  if (code.kind === 'PRODUCT') return `商品：${code.productName ?? code.productId}`
  if (code.kind === 'CAMPAIGN') return `活动：${code.campaignTitle ?? code.campaignId}`
  return '门店首页'
}

/** Managers' printed codes: the list with posters, a new code, and the scan-to-order report. */
export default function QrCodes({ storeId, run }: { storeId: string; run: Run }) {
  const [view, setView] = useState<Listing>('codes')
  return (
    <View className='qr'>
      <Segmented size='sm' options={VIEWS} value={view} onChange={setView} ariaLabel='二维码' className='qr__views' />
      {view === 'codes' ? <CodeList storeId={storeId} run={run} /> : <Report storeId={storeId} run={run} />}
    </View>
  )
}

function CodeList({ storeId, run }: { storeId: string; run: Run }) {
  const [codes, setCodes] = useState<StoreQrCode[] | null>(null)
  const [creating, setCreating] = useState(false)
  const [disabling, setDisabling] = useState<StoreQrCode | null>(null)
  const [preview, setPreview] = useState<{ code: StoreQrCode; image: string | null } | null>(null)
  /** The last download's object URL, released when replaced or on leaving. */
  const [downloaded, setDownloaded] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async () => {
    const list = await run(() => fetchStoreQrCodes(storeId))
    if (list) setCodes(list)
  }, [storeId, run])
  useEffect(() => void load(), [load])
  useEffect(() => () => releasePosterPreview(downloaded), [downloaded])

  const setDisabled = async (code: StoreQrCode, disabled: boolean) => {
    setDisabling(null)
    setNotice(null)
    const changed = await run(() => setQrCodeDisabled(code.id, disabled))
    if (changed) setCodes((list) => list?.map((c) => (c.id === changed.id ? changed : c)) ?? null)
  }
  const download = async (code: StoreQrCode, format: PosterFormat) => {
    setNotice(null)
    // Closed first: a refusal shows at the top of the page, which the preview would cover.
    setPreview(null)
    const poster = await run(() => savePoster(code, format))
    if (!poster) return
    setDownloaded(poster.previewUrl)
    if (poster.previewUrl) setPreview({ code, image: poster.previewUrl })
    setNotice(poster.saved ? `已下载「${code.label}」${POSTER_NAMES[format].noun}` : '未获得相册权限，可在预览中长按图片保存')
  }
  const created = (code: StoreQrCode) => {
    setCodes((list) => [...(list ?? []), code])
    setCreating(false)
    setNotice(`已生成「${code.label}」，可下载海报打印`)
  }

  if (!codes) return <Loading skeleton='rows' />
  return (
    <View>
      <View className='qr__head'>
        <Text className='qr__count'>{`本店二维码 ${codes.length} 个`}</Text>
        <Button size='sm' onClick={() => setCreating(true)}>新建二维码</Button>
      </View>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      {codes.length === 0 && <Empty text='本店还没有二维码' />}
      {codes.map((code) => (
        <CodeCard
          key={code.id}
          code={code}
          onPreview={(image) => setPreview({ code, image })}
          onDownload={(format) => void download(code, format)}
          onToggle={() => (code.disabledAt ? void setDisabled(code, false) : setDisabling(code))}
        />
      ))}
      <Sheet open={creating} title='新建二维码' onClose={() => setCreating(false)}>
        <NewCode storeId={storeId} onCreated={created} />
      </Sheet>
      <Sheet open={preview !== null} title={preview?.code.label} onClose={() => setPreview(null)}>
        {preview && (
          <View className='qr-preview'>
            {preview.image ? (
              <Image className='qr-preview__image' src={preview.image} mode='aspectFit' nativeProps={{ alt: '二维码海报' }} />
            ) : (
              <Text className='qr-preview__missing'>海报预览加载失败，可直接下载</Text>
            )}
            <View className='qr-preview__actions'>
              {POSTER_FORMATS.map((format) => (
                <Button key={format} size='sm' variant={format === 'png' ? 'primary' : 'secondary'} onClick={() => void download(preview.code, format)}>
                  {POSTER_NAMES[format].button}
                </Button>
              ))}
            </View>
          </View>
        )}
      </Sheet>
      <Dialog
        open={disabling !== null}
        title={`停用「${disabling?.label ?? ''}」？`}
        message='停用后顾客扫这个码将打不开，已贴出的海报随之失效；之后可以随时重新启用。'
        confirmText='停用'
        destructive
        onConfirm={() => disabling && void setDisabled(disabling, true)}
        onCancel={() => setDisabling(null)}
      />
    </View>
  )
}

function CodeCard({ code, onPreview, onDownload, onToggle }: {
  code: StoreQrCode
  onPreview: (image: string | null) => void
  onDownload: (format: PosterFormat) => void
  onToggle: () => void
}) {
  const status = qrCodeStatus(code)
  return (
    <View className='staff-card qr-card' data-testid='qr-code'>
      <View className='qr-card__main'>
        <PosterThumb code={code} status={status} onPreview={onPreview} />
        <View className='qr-card__body'>
          <Text className='qr-card__label'>{code.label}</Text>
          <View className='qr-card__tags'>
            <Tag tone='brand'>{KIND_LABEL[code.kind]}</Tag>
            <Tag tone={STATUS_TONE[status]} className='qr-card__status'>{status}</Tag>
          </View>
          <Text className='qr-card__target'>{target(code)}</Text>
          <Text className='qr-card__meta'>{code.expiresAt ? expiryLabel(code.expiresAt) : '长期有效'}</Text>
          <Text className='qr-card__scene'>{`场景值 ${code.scene}`}</Text>
        </View>
      </View>
      <View className='qr-card__actions'>
        <Button size='sm' variant='ghost' onClick={onToggle}>{code.disabledAt ? '启用' : '停用'}</Button>
        {code.active &&
          CARD_FORMATS.map((format) => (
            <Button key={format} size='sm' variant={format === 'png' ? 'primary' : 'secondary'} onClick={() => onDownload(format)}>
              {POSTER_NAMES[format].button}
            </Button>
          ))}
      </View>
    </View>
  )
}

/** The poster in small, opening the preview; codes that print nothing show their status instead. */
function PosterThumb({ code, status, onPreview }: { code: StoreQrCode; status: string; onPreview: (image: string | null) => void }) {
  const [image, setImage] = useState<string | null>(null)
  const { active, posterPngPath, posterSvgPath } = code
  useEffect(() => {
    setImage(null)
    if (!active) return
    let current = true
    // A thumbnail that fails to load is only a missing picture; the downloads report their own errors.
    posterThumbnail({ posterPngPath, posterSvgPath }).then(
      (url) => current && setImage(url),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [active, posterPngPath, posterSvgPath])

  if (!active) {
    return (
      <View className='qr-thumb qr-thumb--off' aria-label={`海报（${status}）`}>
        <Text className='qr-thumb__text'>{status}</Text>
      </View>
    )
  }
  return (
    <View className='qr-thumb' role='button' aria-label={`预览「${code.label}」海报`} onClick={() => onPreview(image)}>
      {image ? <Image className='qr-thumb__image' src={image} mode='aspectFit' nativeProps={{ alt: '' }} /> : <Text className='qr-thumb__text'>海报</Text>}
      <Text className='qr-thumb__hint'>预览</Text>
    </View>
  )
}

type Product = ProductPage['nodes'][number]

function NewCode({ storeId, onCreated }: { storeId: string; onCreated: (code: StoreQrCode) => void }) {
  // Refusals show inside the sheet, which covers the page's own message line.
  const { run, message } = useRun()
  const [kind, setKind] = useState<QrTargetKind>('STORE')
  const [label, setLabel] = useState('')
  const [until, setUntil] = useState<string | null>(null)
  const [product, setProduct] = useState<Product | null>(null)
  const [campaign, setCampaign] = useState<StoreCampaign | null>(null)
  const [busy, setBusy] = useState(false)

  const ready = label.trim() !== '' && (kind === 'STORE' || (kind === 'PRODUCT' ? product !== null : campaign !== null))
  const create = async () => {
    setBusy(true)
    const code = await run(() =>
      createQrCode({
        storeId,
        kind,
        label: label.trim(),
        expiresAt: until ? endOfShanghaiDay(until) : null,
        ...(kind === 'PRODUCT' && product ? { productId: product.id } : {}),
        ...(kind === 'CAMPAIGN' && campaign ? { campaignId: campaign.id } : {}),
      }),
    )
    setBusy(false)
    if (code) onCreated(code)
  }

  return (
    <View className='qr-form'>
      <Text className='qr-form__label'>类型</Text>
      <Segmented options={KINDS} value={kind} onChange={setKind} ariaLabel='二维码类型' />
      <Text className='qr-form__hint'>{KIND_HINT[kind]}</Text>

      <Text className='qr-form__label'>名称</Text>
      <Input className='qr-form__input qr-form__name' placeholder='贴在哪里，如 门口海报、饮料货架' maxlength={40} value={label} onInput={(e) => setLabel(e.detail.value)} />

      {kind === 'PRODUCT' && <ProductChoice storeId={storeId} run={run} chosen={product} onChoose={setProduct} />}
      {kind === 'CAMPAIGN' && <CampaignChoice storeId={storeId} run={run} chosen={campaign} onChoose={setCampaign} />}

      <Text className='qr-form__label'>有效期</Text>
      <View className='qr-form__row'>
        <Picker mode='date' value={until ?? shanghaiDay(Date.now())} start={shanghaiDay(Date.now())} onChange={(e) => setUntil(e.detail.value)} className='qr-form__picker qr-form__until'>
          <View className='qr-form__field'>
            <Text>{until ? `${formatDay(until)} 当天结束` : '长期有效'}</Text>
            <Text className='qr-form__chevron'>选择日期 ›</Text>
          </View>
        </Picker>
        {until && <Button size='sm' variant='ghost' onClick={() => setUntil(null)}>长期有效</Button>}
      </View>

      {message && <View className='qr-form__error' role='alert'>{message}</View>}
      <Button block size='lg' className='qr-form__submit' disabled={!ready} loading={busy} onClick={() => void create()}>
        生成二维码
      </Button>
    </View>
  )
}

/** A shelf code's product is picked from the store's own catalogue, by name or barcode. */
function ProductChoice({ storeId, run, chosen, onChoose }: { storeId: string; run: Run; chosen: Product | null; onChoose: (product: Product | null) => void }) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Product[] | null>(null)
  const find = async () => {
    const page = await run(() => searchProducts(storeId, query.trim(), null))
    if (page) setFound(page.nodes.slice(0, PRODUCT_CHOICES))
  }
  if (chosen) {
    return (
      <View>
        <Text className='qr-form__label'>商品</Text>
        <View className='editor-option editor-option--on' data-testid='qr-chosen-product'>
          <ProductImage src={chosen.image?.thumb} name={chosen.name} size='sm' />
          <Text className='editor-option__title'>{chosen.name}</Text>
          <Button size='sm' variant='ghost' onClick={() => onChoose(null)}>更换</Button>
        </View>
      </View>
    )
  }
  return (
    <View>
      <Text className='qr-form__label'>商品</Text>
      <View className='qr-form__row'>
        <Input className='qr-form__input qr-form__search' placeholder='搜索本店商品：名称或条码' confirmType='search' value={query} onInput={(e) => setQuery(e.detail.value)} onConfirm={() => query.trim() && void find()} />
        <Button size='sm' disabled={!query.trim()} onClick={() => void find()}>搜索</Button>
      </View>
      {found?.length === 0 && <Text className='qr-form__hint'>本店没有找到该商品</Text>}
      {found?.map((product) => (
        <View key={product.id} className='editor-option' role='button' data-testid='qr-product-option' onClick={() => onChoose(product)}>
          <ProductImage src={product.image?.thumb} name={product.name} size='sm' />
          <Text className='editor-option__title'>{product.name}</Text>
          <Text className='editor-option__meta'>{formatYuanFixed(product.priceFen)}</Text>
        </View>
      ))}
    </View>
  )
}

/** A campaign code leads to one of the chain's campaigns that this store may print. */
function CampaignChoice({ storeId, run, chosen, onChoose }: { storeId: string; run: Run; chosen: StoreCampaign | null; onChoose: (campaign: StoreCampaign) => void }) {
  const [campaigns, setCampaigns] = useState<StoreCampaign[] | null>(null)
  useEffect(() => {
    void run(() => fetchStoreCampaigns(storeId)).then(setCampaigns)
  }, [storeId, run])
  return (
    <View>
      <Text className='qr-form__label'>活动</Text>
      {!campaigns && <Loading />}
      {campaigns?.length === 0 && <Text className='qr-form__hint'>暂无进行中或即将开始的活动</Text>}
      {campaigns?.map((campaign) => (
        <View
          key={campaign.id}
          className={`editor-option ${chosen?.id === campaign.id ? 'editor-option--on' : ''}`}
          role='radio'
          aria-checked={chosen?.id === campaign.id ? 'true' : 'false'}
          data-testid='qr-campaign-option'
          onClick={() => onChoose(campaign)}
        >
          <View className='editor-option__body'>
            <Text className='editor-option__title'>{campaign.title}</Text>
            <Text className='editor-option__meta'>
              {`${campaign.storeId ? '本店活动' : '全连锁活动'} · ${formatDay(shanghaiDay(Date.parse(campaign.startsAt)))} 至 ${formatDay(shanghaiDay(Date.parse(campaign.endsAt)))}`}
            </Text>
          </View>
          <Tag tone={campaign.running ? 'success' : 'muted'}>{campaign.running ? '进行中' : '未开始'}</Tag>
        </View>
      ))}
    </View>
  )
}

type Stats = QrReport['codes'][number]['stats']
type Preset = 'today' | 'week' | 'month'
const PRESETS: Array<SegmentedOption<Preset>> = [
  { value: 'today', label: '今天' },
  { value: 'week', label: '近7天' },
  { value: 'month', label: '近30天' },
]
const PRESET_DAYS: Record<Preset, number> = { today: 1, week: 7, month: 30 }

function StatsGrid({ title, stats }: { title: string; stats: Stats }) {
  const figures: Array<[string, string]> = [
    ['扫码', String(stats.scans)],
    ['访客', String(stats.uniqueVisitors)],
    ['订单', String(stats.orders)],
    ['销售额', formatYuanFixed(stats.revenueFen)],
  ]
  return (
    <View className='qr-stats'>
      <Text className='qr-stats__title'>{title}</Text>
      <View className='qr-stats__grid'>
        {figures.map(([name, value]) => (
          <View key={name} className='qr-stats__cell'>
            <Text className='qr-stats__value'>{value}</Text>
            <Text className='qr-stats__name'>{name}</Text>
          </View>
        ))}
      </View>
      <Text className='qr-stats__more'>{`已付 ${stats.paidOrders} 单 · 30天内复购 ${stats.repeatOrders} 单`}</Text>
    </View>
  )
}

/** Scans to orders per code and per campaign, over Asia/Shanghai days (the last week unless changed). */
function Report({ storeId, run }: { storeId: string; run: Run }) {
  const [range, setRange] = useState(() => lastShanghaiDays(PRESET_DAYS.week))
  const [preset, setPreset] = useState<Preset | null>('week')
  const [report, setReport] = useState<QrReport | null>(null)
  const { from, to } = range
  useEffect(() => {
    void run(() => fetchQrReport(storeId, from, to)).then(setReport)
  }, [storeId, run, from, to])

  const choosePreset = (next: Preset) => {
    setPreset(next)
    setRange(lastShanghaiDays(PRESET_DAYS[next]))
  }
  const pick = (end: 'from' | 'to', day: string) => {
    setPreset(null)
    setRange((r) => ({ ...r, [end]: day }))
  }
  const today = shanghaiDay(Date.now())

  return (
    <View>
      <View className='qr-range'>
        <Segmented size='sm' options={PRESETS} value={preset} onChange={choosePreset} ariaLabel='报表时间' />
        <View className='qr-range__days'>
          <Picker mode='date' value={from} end={to} onChange={(e) => pick('from', e.detail.value)} className='qr-range__picker qr-range__from'>
            <View className='qr-form__field'>{formatDay(from)}</View>
          </Picker>
          <Text className='qr-range__to'>至</Text>
          <Picker mode='date' value={to} start={from} end={today} onChange={(e) => pick('to', e.detail.value)} className='qr-range__picker qr-range__until'>
            <View className='qr-form__field'>{formatDay(to)}</View>
          </Picker>
        </View>
      </View>
      {report && (
        <View data-testid='qr-report'>
          <Text className='qr-report__range'>{`${report.from} 至 ${report.to}（北京时间）`}</Text>
          <Text className='qr-report__section'>按二维码</Text>
          {report.codes.length === 0 && <Text className='qr-form__hint'>暂无数据</Text>}
          {report.codes.map(({ code, stats }) => (
            <View key={code.id} data-testid='qr-report-code'>
              <StatsGrid title={code.label} stats={stats} />
            </View>
          ))}
          <Text className='qr-report__section'>按活动</Text>
          {report.campaigns.length === 0 && <Text className='qr-form__hint'>暂无数据</Text>}
          {report.campaigns.map(({ campaign, stats }) => (
            <View key={campaign.id} data-testid='qr-report-campaign'>
              <StatsGrid title={campaign.title} stats={stats} />
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
