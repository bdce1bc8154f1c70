import { Text, View } from '@tarojs/components'

import { Button } from '@/components/Button'
import { ProductImage } from '@/components/ProductImage'
import { Skeleton } from '@/components/Skeleton'
import { ErrorState } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import { fetchTodayFigures, type StoreDayFigures } from '@/services/figures'
import { formatYuanFixed } from '@/utils/format'

import { HourlyChart } from './HourlyChart'
import './ManagerFigures.css'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]

/** 338 → "5分38秒": whole minutes alone would call a 40-second pick "0 分钟". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—'
  if (seconds < 60) return `${seconds}秒`
  const rest = seconds % 60
  return rest === 0 ? `${seconds / 60}分` : `${Math.floor(seconds / 60)}分${rest}秒`
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)

interface Tile {
  label: string
  value: string
  note?: string
  alert?: boolean
}

function tilesOf(f: StoreDayFigures): Tile[] {
  return [
    { label: '销售额', value: formatYuanFixed(f.salesFen), note: '已扣除退款' },
    { label: '订单数', value: `${f.orders}`, note: '今日已支付' },
    { label: '客单价', value: f.averageTicketFen === null ? '—' : formatYuanFixed(f.averageTicketFen) },
    { label: '平均拣货', value: formatDuration(f.averagePickingSeconds), note: `${f.pickedOrders} 单完成拣货` },
    { label: '准时率', value: percent(f.onTimeRate), note: f.promisesDue === 0 ? '暂无到期订单' : `${f.promisesKept}/${f.promisesDue} 单按时` },
    { label: '超时单', value: `${f.lateOrders}`, note: '超过承诺时间', alert: f.lateOrders > 0 },
    { label: '退款', value: `${f.refunds} 笔`, note: formatYuanFixed(f.refundedFen), alert: f.refunds > 0 },
  ]
}

function Tiles({ figures }: { figures: StoreDayFigures }) {
  const [headline, ...rest] = tilesOf(figures)
  return (
    <View className='figure-tiles'>
      <View className='figure-tile figure-tile--headline'>
        <Text className='figure-tile__label'>{headline!.label}</Text>
        <Text className='figure-tile__value'>{headline!.value}</Text>
        <Text className='figure-tile__note'>{headline!.note}</Text>
      </View>
      {rest.map((tile) => (
        <View key={tile.label} className={`figure-tile${tile.alert ? ' figure-tile--alert' : ''}`}>
          <Text className='figure-tile__label'>{tile.label}</Text>
          <Text className='figure-tile__value'>{tile.value}</Text>
          {tile.note && <Text className='figure-tile__note'>{tile.note}</Text>}
        </View>
      ))}
    </View>
  )
}

function TopProducts({ products }: { products: StoreDayFigures['topProducts'] }) {
  return (
    <View className='figures-card'>
      <Text className='figures-card__title'>热销商品</Text>
      {products.length === 0 && <Text className='figures-card__empty'>今天还没有售出商品</Text>}
      {products.map((product, index) => (
        <View key={product.productId} className='top-product' data-testid='top-product'>
          <Text className={`top-product__rank${index < 3 ? ' top-product__rank--top' : ''}`}>{index + 1}</Text>
          <ProductImage src={product.image?.thumb} name={product.name} size='sm' lazy={false} />
          <View className='top-product__body'>
            <Text className='top-product__name'>{product.name}</Text>
            <Text className='top-product__meta'>{`售出 ${product.quantity} 件`}</Text>
          </View>
          <Text className='top-product__sales'>{formatYuanFixed(product.salesFen)}</Text>
        </View>
      ))}
    </View>
  )
}

function QrFunnel({ funnel }: { funnel: StoreDayFigures['qrFunnel'] }) {
  const steps = [
    { label: '扫码', value: funnel.scans },
    { label: '访客', value: funnel.visitors },
    { label: '下单', value: funnel.orders },
    { label: '复购', value: funnel.repeatOrders },
  ]
  const top = Math.max(1, funnel.scans)
  return (
    <View className='figures-card'>
      <Text className='figures-card__title'>扫码转化</Text>
      <Text className='figures-card__subtitle'>本店二维码 · 今日</Text>
      {steps.map((step, index) => (
        <View key={step.label} className='funnel-step' data-testid='funnel-step'>
          <Text className='funnel-step__label'>{step.label}</Text>
          <View className='funnel-step__track'>
            <View className='funnel-step__bar' style={{ width: `${Math.max(2, (step.value / top) * 100)}%`, opacity: 1 - index * 0.18 }} />
          </View>
          <Text className='funnel-step__value'>{step.value}</Text>
        </View>
      ))}
    </View>
  )
}

function FiguresSkeleton() {
  return (
    <View className='manager-figures' aria-busy='true'>
      <View className='figure-tiles'>
        {Array.from({ length: 7 }, (_, i) => (
          <View key={i} className={`figure-tile figure-tile--loading${i === 0 ? ' figure-tile--headline' : ''}`}>
            <View className='skeleton__block skeleton__line skeleton__line--short' />
            <View className='skeleton__block skeleton__line' />
          </View>
        ))}
      </View>
      <Skeleton count={3} />
    </View>
  )
}

/**
 * A store manager's day at a glance: the big numbers, today's sales by hour against the same weekday
 * last week, what sells, and how the store's QR codes turn scans into orders.
 */
export function ManagerFigures({ storeId }: { storeId: string }) {
  const { state, reload } = useAsync(() => fetchTodayFigures(storeId), [storeId])
  if (state.status === 'loading') return <FiguresSkeleton />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  const figures = state.data
  const lastWeek = `上${weekdayOf(figures.lastWeekDate)}`
  return (
    <View className='manager-figures'>
      <View className='manager-figures__head'>
        <Text className='manager-figures__title'>今日数据</Text>
        <Text className='manager-figures__date'>{`${figures.date} ${weekdayOf(figures.date)}`}</Text>
        <Button variant='ghost' size='sm' className='manager-figures__refresh' onClick={reload}>
          刷新
        </Button>
      </View>
      <Tiles figures={figures} />
      <View className='figures-card'>
        <Text className='figures-card__title'>分时销售额</Text>
        <Text className='figures-card__subtitle'>{`今日与${lastWeek}（${figures.lastWeekDate.slice(5)}）同时段对比，单位：元`}</Text>
        <HourlyChart hours={figures.hours} lastWeekLabel={lastWeek} />
      </View>
      <TopProducts products={figures.topProducts} />
      <QrFunnel funnel={figures.qrFunnel} />
    </View>
  )
}
