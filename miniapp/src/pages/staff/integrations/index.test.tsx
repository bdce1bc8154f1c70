import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import { graphql, HttpResponse } from 'msw'
import { beforeEach, expect, it, vi } from 'vitest'

import { integrationsHandlers, integrationsWithErp, staffStoresHqAdmin, staffStoresOperator } from '../../../../../mocks/src/graphql/index.ts'
import { CHAIN_TOOLS, toolsFor } from '@/components/staff/tools'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, confirmDialog, eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffIntegrationsPage from './index'

vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))

const server = useMswServer()
const requests = recordStaffRequests(server)
beforeEach(() => {
  server.use(staffStoresHqAdmin, ...integrationsHandlers(integrationsWithErp()))
})

const sheet = () => within(screen.getByRole('dialog'))
const inSheet = (label: string) => sheet().getByText(label, { selector: 'taro-button-core, .btn' })
const card = (name: string) => screen.getByText(name, { selector: '.integrations__name' }).closest('[data-testid=integration-client]') as HTMLElement
const keyRow = (keyId: string) => screen.getByText(keyId).closest('[data-testid=integration-key]') as HTMLElement

it('shows head office’s tile only to those who hold INTEGRATIONS', () => {
  expect(toolsFor(CHAIN_TOOLS, ['INTEGRATIONS']).map((tool) => tool.label)).toEqual(['收银与ERP接入'])
  expect(toolsFor(CHAIN_TOOLS, ['CATALOG', 'MARKETING', 'AUDIT_READ']).map((tool) => tool.key)).not.toContain('integrations')
})

it('creates a till for a store and shows its secret once, with copy buttons', async () => {
  const copied = vi.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' })
  await renderStaffPage(<StaffIntegrationsPage />)
  const erp = await screen.findByText('总部ERP', { selector: '.integrations__name' }, { timeout: 10_000 })
  expect(erp.closest('[data-testid=integration-client]')!.textContent).toContain('全部门店')
  expect(within(card('总部ERP')).getByText('总部 ERP')).toBeTruthy()
  expect(within(card('总部ERP')).getByText('https://erp.example.com/corner/events')).toBeTruthy()
  expect(within(keyRow('ck_0123456789abcdef01234567')).getByText('使用中')).toBeTruthy()

  fireEvent.click(button('新建对接'))
  typeInto(byPlaceholder('如 总部ERP、人民广场店1号收银机'), '南京西路店1号收银机')
  fireEvent.click(sheet().getByText('门店收银机'))
  // A till needs its store before it can be made.
  expect(inSheet('创建并生成密钥').getAttribute('aria-disabled')).toBe('true')
  fireEvent(document.querySelector('.integrations__store-picker')!, new CustomEvent('change', { detail: { value: '1' } }))
  fireEvent.click(inSheet('创建并生成密钥'))

  const secret = await screen.findByTestId('integration-secret', {}, { timeout: 10_000 })
  expect(requests.sent.CreateIntegrationClient).toEqual({ name: '南京西路店1号收银机', storeId: '2', webhookUrl: null })
  expect(within(secret).getByText('密钥只显示这一次')).toBeTruthy()
  expect(within(secret).getByText('ck_new01000000000000000000')).toBeTruthy()
  const secretValue = `secret-01-${'s'.repeat(30)}`
  expect(within(secret).getByText(secretValue)).toBeTruthy()
  fireEvent.click(within(secret).getAllByText('复制', { selector: 'taro-button-core, .btn' })[1]!)
  expect(copied).toHaveBeenCalledWith({ data: secretValue })

  fireEvent.click(inSheet('我已保存'))
  expect(screen.queryByRole('dialog')).toBeNull()
  // Gone for good: the list has the key's id, never its secret.
  expect(screen.queryByText(secretValue)).toBeNull()
  const till = card('南京西路店1号收银机')
  expect(till.textContent).toContain('南京西路店')
  expect(within(till).getByText('门店收银机')).toBeTruthy()
  expect(within(till).getByText('未设置，不推送事件')).toBeTruthy()
})

it('rotates a key with an overlap, shows the new secret once, then revokes the old key', async () => {
  await renderStaffPage(<StaffIntegrationsPage />)
  await screen.findByText('总部ERP', { selector: '.integrations__name' }, { timeout: 10_000 })

  fireEvent.click(within(card('总部ERP')).getByText('轮换密钥', { selector: 'taro-button-core, .btn' }))
  const overlap = byPlaceholder('小时数')
  expect(overlap.getAttribute('value') ?? (overlap as HTMLInputElement).value).toBe('24')
  typeInto(overlap, '48')
  expect(requests.sent.RotateIntegrationKey).toBeUndefined()
  await confirmDialog('轮换')
  const secret = await screen.findByTestId('integration-secret', {}, { timeout: 10_000 })
  expect(requests.sent.RotateIntegrationKey).toEqual({ clientId: '00000000-0000-4000-8000-000000000901', overlapHours: 48 })
  expect(within(secret).getByText(`secret-01-${'s'.repeat(30)}`)).toBeTruthy()
  expect(secret.textContent).toContain('旧密钥将在过渡期结束后失效')
  fireEvent.click(inSheet('我已保存'))

  // The old key works until the overlap ends (12:00 UTC + 48 h, in Shanghai's time); the new one is in use.
  expect(within(keyRow('ck_0123456789abcdef01234567')).getByText('过渡期至 2026年12月9日 20:00')).toBeTruthy()
  expect(within(keyRow('ck_new01000000000000000000')).getByText('使用中')).toBeTruthy()

  fireEvent.click(within(keyRow('ck_0123456789abcdef01234567')).getByText('吊销', { selector: 'taro-button-core, .btn' }))
  expect(await screen.findByText('ck_0123456789abcdef01234567 将立即失效，不可恢复。使用它的请求将被拒绝。')).toBeTruthy()
  expect(requests.sent.RevokeIntegrationKey).toBeUndefined()
  await confirmDialog('吊销')
  await screen.findByText('已吊销密钥 ck_0123456789abcdef01234567，使用它的请求将被拒绝', {}, { timeout: 10_000 })
  expect(requests.sent.RevokeIntegrationKey).toEqual({ keyId: 'ck_0123456789abcdef01234567' })
  expect(within(keyRow('ck_0123456789abcdef01234567')).getByText('已吊销')).toBeTruthy()
  expect(within(keyRow('ck_0123456789abcdef01234567')).queryByText('吊销', { selector: 'taro-button-core, .btn' })).toBeNull()

  // Revoking the last live key says the integration stops.
  fireEvent.click(within(keyRow('ck_new01000000000000000000')).getByText('吊销', { selector: 'taro-button-core, .btn' }))
  expect(await screen.findByText(/「总部ERP」将没有可用的密钥，对接会中断/)).toBeTruthy()
})

it('shows the BFF’s refusal inside the form and creates nothing', async () => {
  await renderStaffPage(<StaffIntegrationsPage />)
  await screen.findByText('总部ERP', { selector: '.integrations__name' }, { timeout: 10_000 })
  fireEvent.click(button('新建对接'))
  typeInto(byPlaceholder('如 总部ERP、人民广场店1号收银机'), '新ERP')
  typeInto(byPlaceholder('https://erp.example.com/corner/events'), 'ftp://erp.example.com')
  fireEvent.click(inSheet('创建并生成密钥'))
  expect(await sheet().findByText('回调地址须为 http(s) 网址', {}, { timeout: 10_000 })).toBeTruthy()
  expect(screen.queryByTestId('integration-secret')).toBeNull()
  expect(screen.getAllByTestId('integration-client')).toHaveLength(1)
})

it('edits the webhook and reads the delivery log by status', async () => {
  await renderStaffPage(<StaffIntegrationsPage />)
  await screen.findByText('总部ERP', { selector: '.integrations__name' }, { timeout: 10_000 })
  fireEvent.click(within(card('总部ERP')).getByText('推送记录', { selector: 'taro-button-core, .btn' }))
  await eventually(() => expect(screen.getAllByTestId('integration-delivery')).toHaveLength(3))
  expect(requests.sent.IntegrationDeliveries).toEqual({ clientId: '00000000-0000-4000-8000-000000000901', status: null })
  const pending = screen.getByText('库存变动').closest('[data-testid=integration-delivery]') as HTMLElement
  expect(pending.textContent).toContain('待发送')
  expect(pending.textContent).toContain('已尝试 2 次')
  expect(pending.textContent).toContain('最近错误：HTTP 503')

  fireEvent.click(sheet().getByText('失败', { selector: '.segmented__label' }))
  await eventually(() => expect(requests.sent.IntegrationDeliveries).toEqual({ clientId: '00000000-0000-4000-8000-000000000901', status: 'DEAD' }))
  await eventually(() => expect(screen.getAllByTestId('integration-delivery')).toHaveLength(1))
  expect(screen.getByTestId('integration-delivery').textContent).toContain('多次失败，已停止重试')
  fireEvent.click(screen.getByLabelText('关闭'))

  fireEvent.click(within(card('总部ERP')).getByText('修改', { selector: 'taro-button-core, .btn' }))
  typeInto(byPlaceholder('https://erp.example.com/corner/events'), '')
  fireEvent.click(inSheet('保存'))
  await screen.findByText('已停止向「总部ERP」推送事件', {}, { timeout: 10_000 })
  expect(requests.sent.SetIntegrationWebhook).toEqual({ clientId: '00000000-0000-4000-8000-000000000901', webhookUrl: null })
  expect(within(card('总部ERP')).getByText('未设置，不推送事件')).toBeTruthy()
})

it('offers 新建对接 when there is no client, and 重试 when the list fails', async () => {
  let fail = true
  server.use(
    graphql.query('IntegrationClients', () => (fail ? HttpResponse.json({ errors: [{ message: '服务繁忙，请稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null }) : undefined)),
    ...integrationsHandlers({ clients: [], deliveries: {} }),
  )
  await renderStaffPage(<StaffIntegrationsPage />)
  const retry = await screen.findByText('重试', {}, { timeout: 10_000 })
  expect(screen.getByText('服务繁忙，请稍后再试')).toBeTruthy()
  fail = false
  fireEvent.click(retry)
  await screen.findByText('还没有对接的收银机或ERP', {}, { timeout: 10_000 })
  fireEvent.click(screen.getByText('新建对接', { selector: '.state-view__action' }))
  expect(screen.getByTestId('integration-form')).toBeTruthy()
})

it('tells head office’s other roles the page is not theirs', async () => {
  server.use(staffStoresOperator)
  await renderStaffPage(<StaffIntegrationsPage />)
  expect(screen.getByText('收银与ERP接入由总部管理员管理')).toBeTruthy()
  expect(requests.sent.IntegrationClients).toBeUndefined()
})
