import { Input, Picker, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import type { IntegrationDeliveryStatus } from '@corner/shared-types/client'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { Segmented, type SegmentedOption } from '@/components/Segmented'
import { Sheet } from '@/components/Sheet'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { Tag, type TagTone } from '@/components/Tag'
import { toDisplayMessage } from '@/services/errors'
import { copyText } from '@/services/feedback'
import {
  createIntegrationClient,
  DEFAULT_OVERLAP_HOURS,
  DELIVERY_STATUS_LABEL,
  EVENT_KIND_LABEL,
  fetchIntegrationClients,
  fetchIntegrationDeliveries,
  keyState,
  momentOf,
  revokeIntegrationKey,
  rotateIntegrationKey,
  setIntegrationWebhook,
  type IntegrationClient,
  type IntegrationCredential,
  type IntegrationDelivery,
  type IntegrationKey,
} from '@/services/integrations'
import { loadStaffAccess, type StaffStore } from '@/services/staff-session'

import { useRun, type Run } from './run'
import './editor.css'
import './IntegrationClients.css'

/** A new key just made, with what it was made for (the secret is in this answer only). */
interface Issued {
  credential: IntegrationCredential
  rotated: boolean
}

/**
 * 收银与ERP接入 (总部): the systems that call the integration API, the chain's ERP or a store's till,
 * each with its keys and webhook. A key's secret is shown once, as it is made; rotating keeps the old
 * key working for an overlap; revoking stops it at once.
 */
export default function IntegrationClients({ run }: { run: Run }) {
  const [clients, setClients] = useState<IntegrationClient[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [stores, setStores] = useState<StaffStore[]>([])
  const [creating, setCreating] = useState(false)
  const [issued, setIssued] = useState<Issued | null>(null)
  const [rotating, setRotating] = useState<IntegrationClient | null>(null)
  const [overlap, setOverlap] = useState(String(DEFAULT_OVERLAP_HOURS))
  const [revoking, setRevoking] = useState<{ client: IntegrationClient; key: IntegrationKey } | null>(null)
  const [editingWebhook, setEditingWebhook] = useState<IntegrationClient | null>(null)
  const [log, setLog] = useState<IntegrationClient | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(() => {
    setFailure(null)
    setClients(null)
    fetchIntegrationClients().then(setClients, (error: unknown) => setFailure(toDisplayMessage(error)))
  }, [])
  useEffect(load, [load])
  // Head office's session lists every store: the till's store is picked from them and named by them.
  useEffect(() => void loadStaffAccess().then(({ stores: all }) => setStores(all), () => undefined), [])

  // A new client goes last, where the BFF lists it (oldest first).
  const replace = (client: IntegrationClient) =>
    setClients((list) => (list?.some((c) => c.id === client.id) ? list.map((c) => (c.id === client.id ? client : c)) : [...(list ?? []), client]))
  const showIssued = (credential: IntegrationCredential, rotated: boolean) => {
    replace(credential.client)
    setIssued({ credential, rotated })
  }
  const startNew = () => {
    setNotice(null)
    setCreating(true)
  }
  const rotate = async (client: IntegrationClient) => {
    setRotating(null)
    setNotice(null)
    // Anything but whole hours goes as -1, for the BFF's own refusal (0 to 720 hours) to be shown.
    const hours = /^\d{1,4}$/.test(overlap.trim()) ? Number(overlap.trim()) : -1
    const credential = await run(() => rotateIntegrationKey(client.id, hours))
    if (credential) showIssued(credential, true)
  }
  const revoke = async ({ client, key }: { client: IntegrationClient; key: IntegrationKey }) => {
    setRevoking(null)
    setNotice(null)
    const revoked = await run(() => revokeIntegrationKey(key.id))
    if (!revoked) return
    replace({ ...client, keys: client.keys.map((k) => (k.id === revoked.id ? revoked : k)) })
    setNotice(`已吊销密钥 ${key.id}，使用它的请求将被拒绝`)
  }

  if (failure) return <ErrorState message={failure} onRetry={load} />
  if (!clients) return <Loading skeleton='rows' />
  const storeName = (storeId: string) => stores.find((s) => s.storeId === storeId)?.name ?? `门店 ${storeId}`

  return (
    <View className='integrations'>
      <View className='editor__head'>
        <Text className='editor__count'>{`${clients.length} 个接入方`}</Text>
        <Button size='sm' onClick={startNew}>新建对接</Button>
      </View>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      {clients.length === 0 && <Empty text='还没有对接的收银机或ERP' actionText='新建对接' onAction={startNew} />}
      {clients.map((client) => (
        <ClientCard
          key={client.id}
          client={client}
          scope={client.storeId === null ? '全部门店' : storeName(client.storeId)}
          onRotate={() => {
            setOverlap(String(DEFAULT_OVERLAP_HOURS))
            setRotating(client)
          }}
          onRevoke={(key) => setRevoking({ client, key })}
          onWebhook={() => setEditingWebhook(client)}
          onLog={() => setLog(client)}
        />
      ))}

      <Sheet open={creating} title='新建对接' onClose={() => setCreating(false)}>
        {creating && (
          <NewClientForm
            stores={stores}
            onCreated={(credential) => {
              setCreating(false)
              showIssued(credential, false)
            }}
          />
        )}
      </Sheet>
      <Sheet open={issued !== null} title={issued?.rotated ? '新密钥已生成' : '接入方已创建'} onClose={() => setIssued(null)}>
        {issued && <CredentialView issued={issued} onDone={() => setIssued(null)} />}
      </Sheet>
      <Sheet open={editingWebhook !== null} title='回调地址' onClose={() => setEditingWebhook(null)}>
        {editingWebhook && (
          <WebhookForm
            client={editingWebhook}
            onSaved={(client) => {
              setEditingWebhook(null)
              replace(client)
              setNotice(client.webhookUrl ? `已更新「${client.name}」的回调地址` : `已停止向「${client.name}」推送事件`)
            }}
          />
        )}
      </Sheet>
      <Sheet open={log !== null} title={`推送记录 · ${log?.name ?? ''}`} onClose={() => setLog(null)}>
        {log && <DeliveryLog client={log} />}
      </Sheet>

      <Dialog
        open={rotating !== null}
        title={`轮换「${rotating?.name ?? ''}」的密钥？`}
        message='将生成新密钥，只显示一次。旧密钥在过渡期内仍可使用，请在此期间把新密钥配置到对方系统。'
        confirmText='轮换'
        onConfirm={() => rotating && void rotate(rotating)}
        onCancel={() => setRotating(null)}
      >
        <View className='integrations__overlap'>
          <Text className='integrations__overlap-label'>旧密钥保留</Text>
          <Input className='integrations__overlap-input' type='number' placeholder='小时数' value={overlap} maxlength={3} onInput={(e) => setOverlap(e.detail.value)} />
          <Text className='integrations__overlap-label'>小时</Text>
        </View>
      </Dialog>
      <Dialog
        open={revoking !== null}
        title='吊销这个密钥？'
        message={revoking ? revokeWarning(revoking.client, revoking.key) : ''}
        confirmText='吊销'
        destructive
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </View>
  )
}

function revokeWarning(client: IntegrationClient, key: IntegrationKey): string {
  const lastLive = client.keys.every((k) => k.id === key.id || !k.active)
  return `${key.id} 将立即失效，不可恢复。${lastLive ? `「${client.name}」将没有可用的密钥，对接会中断，如需继续请先轮换出新密钥。` : '使用它的请求将被拒绝。'}`
}

function ClientCard({ client, scope, onRotate, onRevoke, onWebhook, onLog }: {
  client: IntegrationClient
  /** 全部门店, or the till's store */
  scope: string
  onRotate: () => void
  onRevoke: (key: IntegrationKey) => void
  onWebhook: () => void
  onLog: () => void
}) {
  // Newest first: the key in use above the ones it replaced.
  const keys = [...client.keys].reverse()
  return (
    <View className='staff-card integrations__client' data-testid='integration-client'>
      <View className='integrations__head'>
        <Text className='integrations__name'>{client.name}</Text>
        <Tag tone={client.storeId === null ? 'brand' : 'muted'}>{client.storeId === null ? '总部 ERP' : '门店收银机'}</Tag>
      </View>
      <Text className='integrations__meta'>{`${scope} · ${momentOf(client.createdAt)} 创建`}</Text>

      <View className='integrations__row'>
        <View className='integrations__field'>
          <Text className='integrations__label'>回调地址</Text>
          <Text className={`integrations__value ${client.webhookUrl ? '' : 'integrations__value--none'}`}>{client.webhookUrl ?? '未设置，不推送事件'}</Text>
        </View>
        <Button size='sm' variant='ghost' onClick={onWebhook}>修改</Button>
      </View>

      <Text className='integrations__label'>{`密钥（${keys.length}）`}</Text>
      {keys.map((key) => {
        const state = keyState(key)
        return (
          <View key={key.id} className='integrations__key' data-testid='integration-key'>
            <View className='integrations__field'>
              <Text className='integrations__key-id'>{key.id}</Text>
              <View className='integrations__key-state'>
                <Tag tone={state.tone}>{state.label}</Tag>
              </View>
            </View>
            {key.active && (
              <Button size='sm' variant='ghost' onClick={() => onRevoke(key)}>吊销</Button>
            )}
          </View>
        )
      })}

      <View className='integrations__actions'>
        <Button size='sm' variant='secondary' className='integrations__action' onClick={onLog}>推送记录</Button>
        <Button size='sm' className='integrations__action' onClick={onRotate}>轮换密钥</Button>
      </View>
    </View>
  )
}

type Kind = 'erp' | 'till'
const KINDS: Array<SegmentedOption<Kind>> = [
  { value: 'erp', label: '总部 ERP' },
  { value: 'till', label: '门店收银机' },
]

function NewClientForm({ stores, onCreated }: { stores: StaffStore[]; onCreated: (credential: IntegrationCredential) => void }) {
  // Refusals show inside the sheet, which covers the page's own message line.
  const { run, message } = useRun()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<Kind>('erp')
  const [store, setStore] = useState<StaffStore | null>(null)
  const [webhookUrl, setWebhookUrl] = useState('')
  const [busy, setBusy] = useState(false)

  const create = async () => {
    setBusy(true)
    const credential = await run(() => createIntegrationClient({ name, storeId: kind === 'till' ? store!.storeId : null, webhookUrl: webhookUrl.trim() || null }))
    setBusy(false)
    if (credential) onCreated(credential)
  }
  return (
    <View className='editor-form' data-testid='integration-form'>
      <Text className='editor-form__label'>名称</Text>
      <Input className='editor-form__input' placeholder='如 总部ERP、人民广场店1号收银机' maxlength={40} value={name} onInput={(e) => setName(e.detail.value)} />
      <Text className='editor-form__label'>类型</Text>
      <Segmented options={KINDS} value={kind} onChange={setKind} ariaLabel='类型' size='sm' />
      <Text className='editor-form__hint'>{kind === 'erp' ? '总部 ERP 可读写全部门店的商品、价格与库存' : '收银机只能上报所选门店的销售与库存'}</Text>
      {kind === 'till' && (
        <>
          <Text className='editor-form__label'>门店</Text>
          <Picker mode='selector' range={stores.map((s) => s.name)} value={Math.max(stores.indexOf(store!), 0)} onChange={(e) => setStore(stores[Number(e.detail.value)] ?? null)} className='integrations__store-picker'>
            <View className='editor-form__field'>
              <Text>{store?.name ?? '请选择门店'}</Text>
              <Text className='editor-card__chevron'>›</Text>
            </View>
          </Picker>
        </>
      )}
      <Text className='editor-form__label'>回调地址（选填）</Text>
      <Input className='editor-form__input' placeholder='https://erp.example.com/corner/events' value={webhookUrl} onInput={(e) => setWebhookUrl(e.detail.value)} />
      <Text className='editor-form__hint'>订单支付、完成、退款与库存变动会签名后推送到这里</Text>
      {message && <View className='editor-form__error' role='alert'>{message}</View>}
      <Button block size='lg' className='editor-form__submit' disabled={name.trim() === '' || (kind === 'till' && !store)} loading={busy} onClick={() => void create()}>
        创建并生成密钥
      </Button>
    </View>
  )
}

/** The key id and secret, once: nothing can show the secret again. */
function CredentialView({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const { credential, rotated } = issued
  return (
    <View className='editor-form' data-testid='integration-secret'>
      <View className='integrations__warning' role='alert'>
        <Text className='integrations__warning-title'>密钥只显示这一次</Text>
        <Text className='integrations__warning-text'>
          {`关闭后无法再查看，请立即复制并配置到「${credential.client.name}」。${rotated ? '旧密钥将在过渡期结束后失效。' : ''}遗失只能轮换出新密钥。`}
        </Text>
      </View>
      <Secret label='Key ID（X-Corner-Key）' value={credential.keyId} copied='Key ID 已复制' />
      <Secret label='密钥 Secret' value={credential.secret} copied='密钥已复制' />
      <Button block size='lg' className='editor-form__submit' onClick={onDone}>我已保存</Button>
    </View>
  )
}

function Secret({ label, value, copied }: { label: string; value: string; copied: string }) {
  return (
    <>
      <Text className='editor-form__label'>{label}</Text>
      <View className='integrations__secret'>
        <Text className='integrations__secret-value' userSelect>{value}</Text>
        <Button size='sm' variant='secondary' onClick={() => void copyText(value, copied)}>复制</Button>
      </View>
    </>
  )
}

function WebhookForm({ client, onSaved }: { client: IntegrationClient; onSaved: (client: IntegrationClient) => void }) {
  const { run, message } = useRun()
  const [url, setUrl] = useState(client.webhookUrl ?? '')
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    const saved = await run(() => setIntegrationWebhook(client.id, url.trim() || null))
    setBusy(false)
    if (saved) onSaved(saved)
  }
  return (
    <View className='editor-form'>
      <Text className='editor-form__label'>{`「${client.name}」接收事件的地址`}</Text>
      <Input className='editor-form__input' placeholder='https://erp.example.com/corner/events' value={url} onInput={(e) => setUrl(e.detail.value)} />
      <Text className='editor-form__hint'>留空则停止推送；未送达的事件会在重新设置后继续重试</Text>
      {message && <View className='editor-form__error' role='alert'>{message}</View>}
      <Button block size='lg' className='editor-form__submit' loading={busy} onClick={() => void save()}>保存</Button>
    </View>
  )
}

type LogFilter = IntegrationDeliveryStatus | 'ALL'
const LOG_FILTERS: Array<SegmentedOption<LogFilter>> = [
  { value: 'ALL', label: '全部' },
  { value: 'PENDING', label: DELIVERY_STATUS_LABEL.PENDING },
  { value: 'DELIVERED', label: DELIVERY_STATUS_LABEL.DELIVERED },
  { value: 'DEAD', label: DELIVERY_STATUS_LABEL.DEAD },
]
const STATUS_TONE: Record<IntegrationDeliveryStatus, TagTone> = { PENDING: 'warn', DELIVERED: 'success', DEAD: 'brand' }
const EMPTY_LOG: Record<LogFilter, string> = { ALL: '还没有推送记录', PENDING: '没有待发送的事件', DELIVERED: '还没有送达的事件', DEAD: '没有失败的推送' }

/** The client's webhook deliveries, newest first, by status. */
function DeliveryLog({ client }: { client: IntegrationClient }) {
  const [filter, setFilter] = useState<LogFilter>('ALL')
  const [rows, setRows] = useState<IntegrationDelivery[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    // A tab tapped before the last one answered: only the newest answer is shown.
    let live = true
    setFailure(null)
    setRows(null)
    fetchIntegrationDeliveries(client.id, filter === 'ALL' ? null : filter).then(
      (found) => live && setRows(found),
      (error: unknown) => live && setFailure(toDisplayMessage(error)),
    )
    return () => {
      live = false
    }
  }, [client.id, filter, attempt])

  return (
    <View className='integrations__log'>
      <Segmented options={LOG_FILTERS} value={filter} onChange={setFilter} ariaLabel='推送状态' size='sm' className='staff__sections' />
      {failure && <ErrorState message={failure} onRetry={() => setAttempt((n) => n + 1)} />}
      {!failure && !rows && <Loading skeleton='rows' />}
      {rows?.length === 0 && <Empty text={filter === 'ALL' && !client.webhookUrl ? '未设置回调地址，不会推送事件' : EMPTY_LOG[filter]} />}
      {rows?.map((row) => (
        <View key={row.eventId} className='integrations__delivery' data-testid='integration-delivery'>
          <View className='integrations__head'>
            <Text className='integrations__delivery-kind'>{EVENT_KIND_LABEL[row.kind] ?? row.kind}</Text>
            <Tag tone={STATUS_TONE[row.status]}>{DELIVERY_STATUS_LABEL[row.status]}</Tag>
          </View>
          <Text className='integrations__meta'>{`${momentOf(row.createdAt)} 产生 · 已尝试 ${row.attempts} 次`}</Text>
          <Text className='integrations__meta'>
            {row.status === 'DELIVERED' && row.deliveredAt ? `${momentOf(row.deliveredAt)} 送达` : row.status === 'PENDING' ? `下次发送 ${momentOf(row.nextAttemptAt)}` : '多次失败，已停止重试'}
          </Text>
          {row.lastError && <Text className='integrations__error'>{`最近错误：${row.lastError}`}</Text>}
          <Text className='integrations__event-id'>{`事件 ${row.eventId}`}</Text>
        </View>
      ))}
    </View>
  )
}
