import { Axis, Canvas, Chart, Line, jsx, type CanvasProps } from '@antv/f2'
import { Canvas as CanvasNode, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef } from 'react'

import type { HourFigures } from '@/services/figures'

const TODAY_COLOR = '#d7261e'
const LAST_WEEK_COLOR = '#8c8c8c'
const AXIS_TEXT = { fill: '#595959', fontSize: 11 }

interface Point {
  hour: number
  yuan: number
  series: string
}

interface Surface {
  context: CanvasRenderingContext2D
  width: number
  height: number
  pixelRatio: number
}

let instances = 0
/** F2's element factory, loosely typed: its own signature only fits F2's JSX pragma, which this build does not use. */
const f2 = jsx as unknown as (type: unknown, props: Record<string, unknown>) => { props: CanvasProps }

/**
 * The 2D context of the `<Canvas type="2d">` with this id, sized for the screen's pixel ratio. On
 * WeChat it comes from a selector query of the node; on H5 the component wraps a plain <canvas>.
 * null where there is no 2D canvas to draw on (jsdom).
 */
function surfaceOf(id: string): Promise<Surface | null> {
  const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 1
  const prepare = (node: HTMLCanvasElement | null | undefined, width: number, height: number): Surface | null => {
    const context = node?.getContext?.('2d') ?? null
    if (!node || !context || width === 0) return null
    node.width = width * pixelRatio
    node.height = height * pixelRatio
    return { context, width, height, pixelRatio }
  }
  if (process.env.TARO_ENV === 'h5') {
    // Taro's <Canvas> web component puts its inner <canvas> in when it renders, which can come after
    // React's commit (a transition's, say): look again for a few frames before giving up.
    const find = (framesLeft: number): Promise<Surface | null> => {
      const host = document.getElementById(id)
      const node = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas')
      if (host && !node && framesLeft > 0) return new Promise((resolve) => setTimeout(resolve, 16)).then(() => find(framesLeft - 1))
      const rect = (host ?? node)?.getBoundingClientRect()
      return Promise.resolve(prepare(node, rect?.width ?? 0, rect?.height ?? 0))
    }
    return find(60)
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((result: Array<{ node?: HTMLCanvasElement; width: number; height: number } | null>) => {
        const found = result[0]
        resolve(found ? prepare(found.node, found.width, found.height) : null)
      })
  })
}

/** Today's line stops at the current hour; last week's runs the whole day. */
function pointsOf(hours: readonly HourFigures[], lastWeekLabel: string): Point[] {
  const lastWeek = hours.map((h) => ({ hour: h.hour, yuan: h.lastWeekSalesFen / 100, series: lastWeekLabel }))
  const today = hours.flatMap((h) => (h.salesFen === null ? [] : [{ hour: h.hour, yuan: h.salesFen / 100, series: '今日' }]))
  return [...lastWeek, ...today]
}

function chartOf(surface: Surface, data: Point[], lastWeekLabel: string) {
  return f2(Canvas, {
    ...surface,
    animate: false,
    children: f2(Chart, {
      data,
      scale: { hour: { type: 'linear', min: 0, max: 23, nice: false, ticks: [0, 4, 8, 12, 16, 20] }, yuan: { min: 0, nice: true, tickCount: 4 } },
      children: [
        f2(Axis, { field: 'hour', formatter: (hour: number) => `${hour}时`, style: { label: AXIS_TEXT } }),
        f2(Axis, { field: 'yuan', style: { label: AXIS_TEXT, grid: { stroke: '#e6e7e9', lineDash: [4, 4] } } }),
        f2(Line, {
          x: 'hour',
          y: 'yuan',
          color: { field: 'series', range: [LAST_WEEK_COLOR, TODAY_COLOR] },
          size: { field: 'series', map: (series: string) => (series === lastWeekLabel ? 1.5 : 2.5) },
        }),
      ],
    }),
  })
}

/**
 * Today's sales by hour (red) over the same weekday last week (grey), drawn by F2 on a canvas 2D
 * node in both builds. The canvas is an image to a screen reader, so its label says what it shows.
 */
export function HourlyChart({ hours, lastWeekLabel }: { hours: readonly HourFigures[]; lastWeekLabel: string }) {
  const id = useMemo(() => `hourly-chart-${++instances}`, [])
  const chart = useRef<Canvas | null>(null)
  const data = useMemo(() => pointsOf(hours, lastWeekLabel), [hours, lastWeekLabel])
  const summary = useMemo(() => {
    const total = (pick: (h: HourFigures) => number | null) => hours.reduce((sum, h) => sum + (pick(h) ?? 0), 0) / 100
    const peak = hours.reduce((best, h) => ((h.salesFen ?? 0) > (best.salesFen ?? 0) ? h : best), hours[0]!)
    return `分时销售额：今日 ¥${total((h) => h.salesFen).toFixed(2)}，${lastWeekLabel}全天 ¥${total((h) => h.lastWeekSalesFen).toFixed(2)}` +
      ((peak?.salesFen ?? 0) > 0 ? `，今日高峰 ${peak!.hour} 时` : '')
  }, [hours, lastWeekLabel])

  useEffect(() => {
    let current = true
    // After the node is laid out: Taro renders the canvas in the next tick.
    Taro.nextTick(() => {
      void surfaceOf(id).then((surface) => {
        if (!current || !surface) return
        const { props } = chartOf(surface, data, lastWeekLabel)
        if (chart.current) chart.current.update(props)
        else {
          chart.current = new Canvas(props)
          void chart.current.render()
        }
      })
    })
    return () => {
      current = false
    }
  }, [id, data, lastWeekLabel])

  useEffect(() => () => chart.current?.destroy(), [])

  return (
    <View className='hourly-chart'>
      <View className='hourly-chart__legend' aria-hidden='true'>
        <View className='hourly-chart__key hourly-chart__key--today' />
        <Text className='hourly-chart__key-label'>今日</Text>
        <View className='hourly-chart__key hourly-chart__key--last-week' />
        <Text className='hourly-chart__key-label'>{lastWeekLabel}</Text>
      </View>
      <View className='hourly-chart__frame' role='img' aria-label={summary}>
        <CanvasNode type='2d' id={id} className='hourly-chart__canvas' />
      </View>
    </View>
  )
}
