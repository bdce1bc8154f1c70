import { Button, Image, Input, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import type { QrTargetKind } from '@corner/shared-types/client'

import {
  createQrCode,
  endOfShanghaiDay,
  fetchQrReport,
  fetchStoreQrCodes,
  lastShanghaiDays,
  POSTER_FORMATS,
  POSTER_NAMES,
  qrCodeStatus,
  releasePosterPreview,
  savePoster,
  setQrCodeDisabled,
  type PosterFormat,
  type QrReport,
  type StoreQrCode,
} from '@/services/qr-admin'
import { searchProducts, type ProductPage } from '@/services/catalog'
import { formatYuan } from '@/utils/format'

import type { Run } from './run'

const KIND_LABEL: Record<QrTargetKind, string> = { STORE: '门店码', PRODUCT: '货架码', CAMPAIGN: '活动码' }
const REPORT_DAYS = 7
/** Search results offered when picking a shelf code's product. */
const PRODUCT_CHOICES = 5

function target(code: StoreQrCode): string {
  if (code.kind === 'PRODUCT') return `商品：${code.productName ?? code.productId}`
  if (code.kind === 'CAMPAIGN') return `活动：${code.campaignTitle ?? code.campaignId}`
  return '门店首页'
}

/** Managers' printed codes: the list with posters, a new code, and the scan-to-order report. */
export default function QrCodes({ storeId, run }: { storeId: string; run: Run }) {
  const [view, setView] = useState<'codes' | 'report'>('codes')
  return (
    <View>
      <View className='staff__line'>
        <Button size='mini' type={view === 'codes' ? 'primary' : 'default'} onClick={() => setView('codes')}>码列表</Button>
        <Button size='mini' type={view === 'report' ? 'primary' : 'default'} onClick={() => setView('report')}>扫码报表</Button>
      </View>
      {view === 'codes' ? <CodeList storeId={storeId} run={run} /> : <Report storeId={storeId} run={run} />}
    </View>
  )
}

function CodeList({ storeId, run }: { storeId: string; run: Run }) {
  const [codes, setCodes] = useState<StoreQrCode[] | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async () => {
    const list = await run(() => fetchStoreQrCodes(storeId))
    if (list) setCodes(list)
  }, [storeId, run])
  useEffect(() => void load(), [load])
  useEffect(() => () => releasePosterPreview(preview), [preview])

  const toggle = async (code: StoreQrCode) => {
    const changed = await run(() => setQrCodeDisabled(code.id, !code.disabledAt))
    if (changed) setCodes((list) => list?.map((c) => (c.id === changed.id ? changed : c)) ?? null)
  }
  const download = async (code: StoreQrCode, format: PosterFormat) => {
    setNotice(null)
    const poster = await run(() => savePoster(code, format))
    if (!poster) return
    setPreview(poster.previewUrl)
    setNotice(poster.saved ? `已下载「${code.label}」${POSTER_NAMES[format].noun}` : '未获得相册权限，可在预览中长按图片保存')
  }

  if (!codes) return null
  return (
    <View>
      <NewCode storeId={storeId} run={run} onCreated={(code) => setCodes((list) => [...(list ?? []), code])} />
      {codes.length === 0 && <Text className='staff__empty'>本店还没有二维码</Text>}
      {codes.map((code) => {
        const status = qrCodeStatus(code)
        return (
          <View key={code.id} className='staff__detail' data-testid='qr-code'>
            <Text className='staff__order-title'>{code.label}</Text>
            <Text className='staff__meta'>{`${KIND_LABEL[code.kind]} · ${target(code)} · 场景值 ${code.scene}`}</Text>
            <View className='staff__line'>
              <Text className={`staff__tag ${status === '启用' ? '' : 'staff__tag--out'}`}>{status}</Text>
              {code.expiresAt && <Text className='staff__meta'>{`有效期至 ${new Date(code.expiresAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}`}</Text>}
            </View>
            <View className='staff__line'>
              <Button size='mini' onClick={() => void toggle(code)}>{code.disabledAt ? '启用' : '停用'}</Button>
              {code.active &&
                POSTER_FORMATS.map((format) => (
                  <Button key={format} size='mini' onClick={() => void download(code, format)}>{POSTER_NAMES[format].button}</Button>
                ))}
            </View>
          </View>
        )
      })}
      {notice && <Text className='staff__ok'>{notice}</Text>}
      {preview && <Image className='staff__poster' src={preview} mode='widthFix' />}
    </View>
  )
}

function NewCode({ storeId, run, onCreated }: { storeId: string; run: Run; onCreated: (code: StoreQrCode) => void }) {
  const [kind, setKind] = useState<QrTargetKind>('STORE')
  const [label, setLabel] = useState('')
  const [targetId, setTargetId] = useState('')
  const [until, setUntil] = useState('')
  const [invalid, setInvalid] = useState<string | null>(null)
  const [productQuery, setProductQuery] = useState('')
  const [found, setFound] = useState<ProductPage['nodes'] | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)

  /** A shelf code's product is picked from the store's own catalogue, by name or barcode. */
  const findProducts = async () => {
    const page = await run(() => searchProducts(storeId, productQuery.trim(), null))
    if (page) setFound(page.nodes.slice(0, PRODUCT_CHOICES))
  }
  const switchKind = (next: QrTargetKind) => {
    setKind(next)
    setTargetId('')
    setChosen(null)
    setFound(null)
  }
  const choose = (product: ProductPage['nodes'][number]) => {
    setTargetId(product.id)
    setChosen(product.name)
    setFound(null)
  }

  const create = async () => {
    const expiresAt = until.trim() ? endOfShanghaiDay(until.trim()) : null
    if (until.trim() && !expiresAt) return setInvalid('有效期格式应为YYYY-MM-DD')
    setInvalid(null)
    const created = await run(() =>
      createQrCode({
        storeId,
        kind,
        label: label.trim(),
        expiresAt,
        ...(kind === 'PRODUCT' ? { productId: targetId.trim() } : {}),
        ...(kind === 'CAMPAIGN' ? { campaignId: targetId.trim() } : {}),
      }),
    )
    if (created) {
      onCreated(created)
      setLabel('')
      setTargetId('')
      setUntil('')
      setProductQuery('')
      setChosen(null)
    }
  }
  return (
    <View className='staff__detail'>
      <Text className='staff__order-title'>新建二维码</Text>
      <View className='staff__line'>
        {(Object.keys(KIND_LABEL) as QrTargetKind[]).map((k) => (
          <Button key={k} size='mini' type={kind === k ? 'primary' : 'default'} onClick={() => switchKind(k)}>{KIND_LABEL[k]}</Button>
        ))}
      </View>
      <Input className='staff__input' placeholder='名称，如 门口海报、饮料货架' value={label} onInput={(e) => setLabel(e.detail.value)} />
      {kind === 'PRODUCT' && (
        <View>
          <View className='staff__line'>
            <Input className='staff__input' placeholder='搜索本店商品：名称或条码' value={productQuery} onInput={(e) => setProductQuery(e.detail.value)} />
            <Button size='mini' disabled={!productQuery.trim()} onClick={() => void findProducts()}>搜索</Button>
          </View>
          {found?.length === 0 && <Text className='staff__meta'>本店没有找到该商品</Text>}
          {found?.map((product) => (
            <Button key={product.id} size='mini' onClick={() => choose(product)}>{`${product.name}（编号 ${product.id}）`}</Button>
          ))}
          {chosen && <Text className='staff__meta'>{`已选：${chosen}（编号 ${targetId}）`}</Text>}
        </View>
      )}
      {kind === 'CAMPAIGN' && (
        <Input className='staff__input' type='number' placeholder='活动编号' value={targetId} onInput={(e) => setTargetId(e.detail.value)} />
      )}
      <Input className='staff__input' placeholder='有效期至（可选，YYYY-MM-DD）' value={until} onInput={(e) => setUntil(e.detail.value)} />
      {invalid && <Text className='staff__error'>{invalid}</Text>}
      <Button disabled={!label.trim() || (kind !== 'STORE' && !targetId.trim())} onClick={() => void create()}>生成二维码</Button>
    </View>
  )
}

type Stats = QrReport['codes'][number]['stats']

function StatsLine({ stats }: { stats: Stats }) {
  return (
    <Text className='staff__meta'>
      {`扫码 ${stats.scans} · 访客 ${stats.uniqueVisitors} · 订单 ${stats.orders}（已付 ${stats.paidOrders}） · 销售额 ¥${formatYuan(stats.revenueFen)} · 复购 ${stats.repeatOrders} 单`}
    </Text>
  )
}

/** Scans to orders per code and per campaign, over Asia/Shanghai days (the last week unless changed). */
function Report({ storeId, run }: { storeId: string; run: Run }) {
  const [range, setRange] = useState(() => lastShanghaiDays(REPORT_DAYS))
  const [report, setReport] = useState<QrReport | null>(null)
  const load = useCallback(
    async (from: string, to: string) => setReport(await run(() => fetchQrReport(storeId, from.trim(), to.trim()))),
    [storeId, run],
  )
  // Loads the default range once; later ranges load on 查询.
  useEffect(() => {
    const initial = lastShanghaiDays(REPORT_DAYS)
    void load(initial.from, initial.to)
  }, [load])

  return (
    <View>
      <View className='staff__line'>
        <Input className='staff__input' placeholder='开始日期 YYYY-MM-DD' value={range.from} onInput={(e) => setRange((r) => ({ ...r, from: e.detail.value }))} />
        <Input className='staff__input' placeholder='结束日期 YYYY-MM-DD' value={range.to} onInput={(e) => setRange((r) => ({ ...r, to: e.detail.value }))} />
        <Button size='mini' onClick={() => void load(range.from, range.to)}>查询</Button>
      </View>
      {report && (
        <View data-testid='qr-report'>
          <Text className='staff__order-title'>{`${report.from} 至 ${report.to}（北京时间）`}</Text>
          <Text className='staff__order-title'>按二维码</Text>
          {report.codes.length === 0 && <Text className='staff__empty'>暂无数据</Text>}
          {report.codes.map(({ code, stats }) => (
            <View key={code.id} className='staff__detail' data-testid='qr-report-code'>
              <Text>{`${code.label}（${code.scene}）`}</Text>
              <StatsLine stats={stats} />
            </View>
          ))}
          <Text className='staff__order-title'>按活动</Text>
          {report.campaigns.length === 0 && <Text className='staff__empty'>暂无数据</Text>}
          {report.campaigns.map(({ campaign, stats }) => (
            <View key={campaign.id} className='staff__detail' data-testid='qr-report-campaign'>
              <Text>{`${campaign.title}（活动编号 ${campaign.id}）`}</Text>
              <StatsLine stats={stats} />
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
