import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useCallback, useEffect, useState, type ReactNode } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { Segmented, type SegmentedOption } from '@/components/Segmented'
import { ErrorState, Loading } from '@/components/StateView'
// Before StaffLayout, as the counter pages have it (through ScanField): the weapp build's shared staff
// CSS chunk needs one order of the two, or it warns (which fails the build).
import '@/components/staff/counter.css'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { useRun } from '@/components/staff/run'
import { toDisplayMessage } from '@/services/errors'
import { pickTextFile } from '@/services/files'
import {
  addStoreClosure,
  fetchStoreSettings,
  removeStoreClosure,
  setStoreBusy,
  setStoreDelivery,
  setStoreDeliveryArea,
  setStoreHours,
  type DeliveryAreaInput,
  type StoreSettings,
} from '@/services/store-settings'
import { formatYuan, parseYuan } from '@/utils/format'

import './index.css'

export default function StaffStoreSettingsPage() {
  return (
    <StaffLayout tab='manager'>
      {({ store }) =>
        store.permissions.includes('STORE_SETTINGS') ? <Settings key={store.storeId} storeId={store.storeId} /> : <Text className='counter-empty'>{`您的角色（${store.roleName}）不能修改门店设置`}</Text>
      }
    </StaffLayout>
  )
}

type Update = (settings: StoreSettings) => void

/** 门店设置: the busy switch first (a Friday night's tool), then hours, closures, delivery and its area. */
function Settings({ storeId }: { storeId: string }) {
  const [settings, setSettings] = useState<StoreSettings | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    setError(null)
    try {
      setSettings(await fetchStoreSettings(storeId))
    } catch (e) {
      setError(toDisplayMessage(e))
    }
  }, [storeId])
  useEffect(() => {
    setSettings(null)
    void load()
  }, [load])

  if (error) return <ErrorState message={error} onRetry={() => void load()} />
  if (!settings) return <Loading skeleton='rows' />
  // A form card starts from what was loaded and keeps what was typed; what it shows as saved comes from the BFF's answer.
  return (
    <View className='settings-page'>
      <BusyCard storeId={storeId} settings={settings} onSaved={setSettings} />
      <HoursCard storeId={storeId} settings={settings} onSaved={setSettings} />
      <ClosuresCard storeId={storeId} settings={settings} onSaved={setSettings} />
      <DeliveryCard storeId={storeId} settings={settings} onSaved={setSettings} />
      <AreaCard storeId={storeId} settings={settings} onSaved={setSettings} />
    </View>
  )
}

/** A card with its title, and the refusal or success of its own last save right under its button. */
function Card({ title, testId, children, message, done }: { title: string; testId: string; children: ReactNode; message: string | null; done: string | null }) {
  return (
    <View className='counter-card' data-testid={testId}>
      <Text className='counter-card__title'>{title}</Text>
      {children}
      {message && (
        <View className='settings-error' role='alert'>
          {message}
        </View>
      )}
      {!message && done && (
        <View className='settings-done' role='status'>
          {done}
        </View>
      )}
    </View>
  )
}

/** A save of one card: its own refusal line, and the settings the BFF answered with. */
function useSave(onSaved: Update) {
  const { run, message } = useRun()
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const save = async (action: () => Promise<StoreSettings>, doneText: string) => {
    setBusy(true)
    setDone(null)
    const saved = await run(action)
    setBusy(false)
    if (!saved) return
    setDone(doneText)
    onSaved(saved)
  }
  return { save, message, done, busy }
}

const EXTRA_OPTIONS: Array<SegmentedOption<string>> = [
  { value: '0', label: '不延长' },
  { value: '10', label: '+10分' },
  { value: '20', label: '+20分' },
  { value: '30', label: '+30分' },
  { value: '45', label: '+45分' },
]

function BusyCard({ storeId, settings, onSaved }: { storeId: string; settings: StoreSettings; onSaved: Update }) {
  const { store } = settings
  const { save, message, done, busy } = useSave(onSaved)
  const [confirming, setConfirming] = useState(false)
  const status = !store.deliveryEnabled
    ? '本店未开通外送'
    : store.deliveryPaused
      ? '已暂停外送 · 顾客只能到店自提'
      : store.extraPromiseMinutes > 0
        ? `外送中 · 每单承诺多${store.extraPromiseMinutes}分钟`
        : `外送中 · 承诺约${store.slotMinutes}分钟`
  const pause = (deliveryPaused: boolean) =>
    save(() => setStoreBusy(storeId, deliveryPaused, store.extraPromiseMinutes), deliveryPaused ? '已暂停外送' : '已恢复外送')
  return (
    <Card title='忙时' testId='busy-card' message={message} done={done}>
      <View className={`busy-status ${store.deliveryPaused ? 'busy-status--paused' : ''}`} role='status'>
        <Text>{status}</Text>
      </View>
      {store.deliveryPaused ? (
        <Button size='lg' block loading={busy} onClick={() => void pause(false)}>
          恢复外送
        </Button>
      ) : (
        <Button variant='danger' size='lg' block loading={busy} disabled={!store.deliveryEnabled} onClick={() => setConfirming(true)}>
          暂停外送
        </Button>
      )}
      <Text className='counter-label'>延长送达承诺（对之后的新订单立即生效）</Text>
      <Segmented
        size='sm'
        ariaLabel='延长送达承诺'
        options={EXTRA_OPTIONS}
        value={String(store.extraPromiseMinutes)}
        onChange={(value) =>
          void save(() => setStoreBusy(storeId, store.deliveryPaused, Number(value)), value === '0' ? '已取消延长' : `新订单承诺已延长${value}分钟`)
        }
      />
      <Dialog
        open={confirming}
        title='确认暂停外送'
        message='暂停后顾客下单只能选择到店自提，已下的外送订单照常配送。忙完后请点「恢复外送」。'
        confirmText='暂停外送'
        destructive
        onConfirm={() => {
          setConfirming(false)
          void pause(true)
        }}
        onCancel={() => setConfirming(false)}
      />
    </Card>
  )
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
/** Monday first, as a Chinese week is read. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0]
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

interface DayRow {
  open: boolean
  opens: string
  closes: string
}

function HoursCard({ storeId, settings, onSaved }: { storeId: string; settings: StoreSettings; onSaved: Update }) {
  const { store } = settings
  const { save, message, done, busy } = useSave(onSaved)
  const [allDay, setAllDay] = useState(store.is24h)
  const [days, setDays] = useState<DayRow[]>(() =>
    WEEKDAYS.map((_, weekday) => {
      const h = store.openingHours.find((row) => row.weekday === weekday)
      return h ? { open: true, opens: h.opens, closes: h.closes } : { open: store.is24h, opens: '07:00', closes: '23:00' }
    }),
  )
  const edit = (weekday: number, change: Partial<DayRow>) => setDays((rows) => rows.map((row, i) => (i === weekday ? { ...row, ...change } : row)))
  const invalid = !allDay && days.some((d) => d.open && (!CLOCK.test(d.opens) || !CLOCK.test(d.closes)))
  const submit = () =>
    save(
      () =>
        setStoreHours(
          storeId,
          allDay,
          allDay ? [] : days.flatMap((d, weekday) => (d.open ? [{ weekday, opens: d.opens, closes: d.closes }] : [])),
        ),
      '营业时间已保存',
    )
  return (
    <Card title='营业时间' testId='hours-card' message={message} done={done}>
      <Segmented
        size='sm'
        ariaLabel='营业方式'
        options={[
          { value: 'allDay', label: '24小时营业' },
          { value: 'hours', label: '按时段营业' },
        ]}
        value={allDay ? 'allDay' : 'hours'}
        onChange={(value) => setAllDay(value === 'allDay')}
      />
      {!allDay && (
        <View className='hours-list'>
          {WEEK_ORDER.map((weekday) => {
            const day = days[weekday]!
            const overnight = day.open && CLOCK.test(day.opens) && CLOCK.test(day.closes) && day.closes <= day.opens
            return (
              <View key={weekday} className='hours-row' data-testid={`hours-${weekday}`}>
                <Text className='hours-row__day'>{WEEKDAYS[weekday]}</Text>
                {day.open ? (
                  <>
                    <Input className='counter-input hours-row__time' placeholder='07:00' value={day.opens} onInput={(e) => edit(weekday, { opens: e.detail.value })} />
                    <Text className='hours-row__dash'>至</Text>
                    <Input className='counter-input hours-row__time' placeholder='23:00' value={day.closes} onInput={(e) => edit(weekday, { closes: e.detail.value })} />
                    <Text className='hours-row__next'>{overnight ? '次日' : ''}</Text>
                  </>
                ) : (
                  <Text className='hours-row__closed'>休息</Text>
                )}
                <Button size='sm' variant='ghost' className='hours-row__toggle' onClick={() => edit(weekday, { open: !day.open })}>
                  {day.open ? '设为休息' : '营业'}
                </Button>
              </View>
            )
          })}
          <Text className='counter-muted'>打烊早于开门表示营业到次日，如 07:00 至 02:00</Text>
        </View>
      )}
      <Button size='lg' block className='settings-save' loading={busy} disabled={invalid} onClick={() => void submit()}>
        保存营业时间
      </Button>
      {invalid && <Text className='counter-muted'>时间请写成 HH:mm，如 07:00</Text>}
    </Card>
  )
}

function ClosuresCard({ storeId, settings, onSaved }: { storeId: string; settings: StoreSettings; onSaved: Update }) {
  const { save, message, done, busy } = useSave(onSaved)
  const [date, setDate] = useState('')
  const [reason, setReason] = useState('')
  return (
    <Card title='闭店日期' testId='closures-card' message={message} done={done}>
      {settings.closures.length === 0 && <Text className='counter-muted'>近期没有闭店安排</Text>}
      {settings.closures.map((closure) => (
        <View key={closure.date} className='counter-row'>
          <View className='counter-row__main'>
            <Text className='counter-row__name'>{closure.date}</Text>
            <Text className='counter-row__meta'>{closure.reason}</Text>
          </View>
          <Button size='sm' variant='secondary' className='counter-row__action' onClick={() => void save(() => removeStoreClosure(storeId, closure.date), `已取消 ${closure.date} 闭店`)}>
            取消闭店
          </Button>
        </View>
      ))}
      <Text className='counter-label'>新增闭店日</Text>
      <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}>
        <View className='counter-input settings-picker'>
          <Text className={date ? '' : 'settings-picker__placeholder'}>{date || '选择日期'}</Text>
        </View>
      </Picker>
      <Input className='counter-input settings-field' placeholder='原因，如 春节休息' value={reason} onInput={(e) => setReason(e.detail.value)} />
      <Button
        size='lg'
        block
        className='settings-save'
        loading={busy}
        disabled={!date || !reason.trim()}
        onClick={() => void save(() => addStoreClosure(storeId, date, reason), `${date} 已设为闭店`)}
      >
        添加闭店日
      </Button>
    </Card>
  )
}

const SLOT_OPTIONS: Array<SegmentedOption<string>> = ['15', '20', '30', '60'].map((m) => ({ value: m, label: `${m}分钟` }))
const ON_OFF: Array<SegmentedOption<'on' | 'off'>> = [
  { value: 'on', label: '开启' },
  { value: 'off', label: '关闭' },
]

function DeliveryCard({ storeId, settings, onSaved }: { storeId: string; settings: StoreSettings; onSaved: Update }) {
  const { store } = settings
  const { save, message, done, busy } = useSave(onSaved)
  const [delivery, setDelivery] = useState(store.deliveryEnabled)
  const [pickup, setPickup] = useState(store.pickupEnabled)
  const [fee, setFee] = useState(formatYuan(store.deliveryFeeFen))
  const [free, setFree] = useState(store.freeDeliveryFromFen == null ? '' : formatYuan(store.freeDeliveryFromFen))
  const [minimum, setMinimum] = useState(formatYuan(store.minOrderFen))
  const [slot, setSlot] = useState(String(store.slotMinutes))
  const [capacity, setCapacity] = useState(String(store.pickingCapacity))
  const feeFen = parseYuan(fee)
  const freeFen = free.trim() === '' ? null : parseYuan(free)
  const minimumFen = parseYuan(minimum)
  const capacityCount = /^\d{1,3}$/.test(capacity.trim()) ? Number(capacity) : null
  const invalid = feeFen === null || (free.trim() !== '' && freeFen === null) || minimumFen === null || capacityCount === null
  const submit = () =>
    save(
      () =>
        setStoreDelivery(storeId, {
          deliveryEnabled: delivery,
          pickupEnabled: pickup,
          deliveryFeeFen: feeFen!,
          freeDeliveryFromFen: freeFen,
          minOrderFen: minimumFen!,
          slotMinutes: Number(slot),
          pickingCapacity: capacityCount!,
        }),
      '外送与自提已保存',
    )
  return (
    <Card title='外送与自提' testId='delivery-card' message={message} done={done}>
      <Text className='counter-label'>外送</Text>
      <Segmented size='sm' ariaLabel='外送' options={ON_OFF} value={delivery ? 'on' : 'off'} onChange={(v) => setDelivery(v === 'on')} />
      <Text className='counter-label'>到店自提</Text>
      <Segmented size='sm' ariaLabel='到店自提' options={ON_OFF} value={pickup ? 'on' : 'off'} onChange={(v) => setPickup(v === 'on')} />
      <View className='settings-grid'>
        <Field label='配送费（元）' value={fee} onInput={setFee} placeholder='如 5' />
        <Field label='起送价（元）' value={minimum} onInput={setMinimum} placeholder='如 20' />
        <Field label='满额免配送（元）' value={free} onInput={setFree} placeholder='留空则不免' />
        <Field label='每时段最多单量' value={capacity} onInput={setCapacity} placeholder='如 6' />
      </View>
      <Text className='counter-label'>时段长度</Text>
      <Segmented size='sm' ariaLabel='时段长度' options={SLOT_OPTIONS} value={slot} onChange={setSlot} />
      <Button size='lg' block className='settings-save' loading={busy} disabled={invalid} onClick={() => void submit()}>
        保存外送与自提
      </Button>
      {invalid && <Text className='counter-muted'>金额请填数字（最多两位小数），单量填整数</Text>}
    </Card>
  )
}

function Field({ label, value, onInput, placeholder }: { label: string; value: string; onInput: (value: string) => void; placeholder: string }) {
  return (
    <View className='settings-grid__field'>
      <Text className='counter-label'>{label}</Text>
      <Input className='counter-input' type='digit' placeholder={placeholder} value={value} onInput={(e) => onInput(e.detail.value)} />
    </View>
  )
}

type AreaMode = 'radius' | 'points' | 'geoJson'
const AREA_MODES: Array<SegmentedOption<AreaMode>> = [
  { value: 'radius', label: '半径' },
  { value: 'points', label: '坐标点' },
  { value: 'geoJson', label: 'GeoJSON' },
]

/** Points as typed, one "纬度,经度" a line; null when a line is not two numbers. */
function parsePoints(text: string): number[][] | null {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean)
  const points = lines.map((line) => line.split(/[,，\s]+/).map(Number))
  return points.every((p) => p.length === 2 && p.every(Number.isFinite)) ? points : null
}

function AreaCard({ storeId, settings, onSaved }: { storeId: string; settings: StoreSettings; onSaved: Update }) {
  const { store } = settings
  const { save, message, done, busy } = useSave(onSaved)
  const polygon = store.deliveryPolygon ?? []
  const [mode, setMode] = useState<AreaMode>(store.deliveryAreaKind === 'POLYGON' ? 'points' : 'radius')
  const [radius, setRadius] = useState(store.deliveryRadiusM == null ? '' : String(store.deliveryRadiusM))
  const [points, setPoints] = useState(polygon.map(([lat, lng]) => `${lat},${lng}`).join('\n'))
  const [geoJson, setGeoJson] = useState('')
  const current = store.deliveryAreaKind === 'POLYGON' ? `当前：多边形，${polygon.length}个点` : `当前：半径 ${store.deliveryRadiusM ?? 0} 米`
  const parsedPoints = parsePoints(points)
  const area: DeliveryAreaInput | null =
    mode === 'radius'
      ? /^\d{1,5}$/.test(radius.trim())
        ? { radiusM: Number(radius) }
        : null
      : mode === 'points'
        ? parsedPoints && { polygon: parsedPoints }
        : geoJson.trim()
          ? { geoJson }
          : null
  const upload = async () => {
    const text = await pickTextFile(['json', 'geojson'])
    if (text !== null) setGeoJson(text)
  }
  return (
    <Card title='配送范围' testId='area-card' message={message} done={done}>
      <Text className='counter-muted'>{current}</Text>
      <Segmented size='sm' ariaLabel='配送范围方式' options={AREA_MODES} value={mode} onChange={setMode} className='settings-field' />
      {mode === 'radius' && (
        <>
          <Text className='counter-label'>半径（米，100–20000）</Text>
          <Input className='counter-input' type='number' placeholder='如 3000' value={radius} onInput={(e) => setRadius(e.detail.value)} />
        </>
      )}
      {mode === 'points' && (
        <>
          <Text className='counter-label'>每行一个点：纬度,经度（至少3个，需包含门店）</Text>
          <Textarea className='settings-textarea' placeholder={'31.2304,121.4737\n31.2404,121.4737\n31.2404,121.4837'} value={points} maxlength={-1} onInput={(e) => setPoints(e.detail.value)} />
        </>
      )}
      {mode === 'geoJson' && (
        <>
          <Text className='counter-label'>粘贴 GeoJSON Polygon（经度在前，首尾闭合）</Text>
          <Textarea className='settings-textarea' placeholder='{"type": "Polygon", …}' value={geoJson} maxlength={-1} onInput={(e) => setGeoJson(e.detail.value)} />
          <Button variant='secondary' size='md' className='settings-field' onClick={() => void upload()}>
            从文件导入
          </Button>
        </>
      )}
      <Button size='lg' block className='settings-save' loading={busy} disabled={!area} onClick={() => void save(() => setStoreDeliveryArea(storeId, area!), '配送范围已保存')}>
        保存配送范围
      </Button>
    </Card>
  )
}
