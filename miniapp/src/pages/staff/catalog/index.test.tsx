import Taro from '@tarojs/taro'
import { fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, beforeEach, expect, it, vi } from 'vitest'

import { setPriceBandHandler, staffContentHandlers, staffQueueEmpty, staffStoresManager, staffStoresOperator, updateProductBarcodeTaken } from '../../../../../mocks/src/graphql/index.ts'
import { signIn } from '@/services/auth'
import { useMswServer } from '@/test/msw'
import { button, eventually, recordStaffRequests, renderStaffPage, typeInto } from '@/test/staff-page'

import StaffCatalogPage from './index'

// The page is always visible here; Taro's router, which provides the real hooks, is not running.
vi.mock('@/services/page-lifecycle', () => ({ usePageVisibility: () => {} }))
const server = useMswServer()
const record = recordStaffRequests(server)

/** Where H5's album hands over the chosen photo: a URL the page reads the bytes from (a blob: URL in a browser). */
const PHOTO = 'http://album.test/photo.png'
const PHOTO_BYTES = new Uint8Array(70).fill(7)
const NEW_ID = 'd'.repeat(64)

beforeAll(async () => {
  localStorage.clear()
  expect(await signIn()).toBe(true)
})
beforeEach(() => server.use(staffStoresOperator, staffQueueEmpty, setPriceBandHandler, ...staffContentHandlers))

const dialog = () => within(screen.getAllByRole('dialog')[0]!)
/** The confirmation over the form: the innermost dialog. */
const confirmation = () => within(screen.getAllByRole('dialog').at(-1)!)
const card = (name: string) => screen.getByText(name).closest('[data-testid=catalog-product]') as HTMLElement

async function openProduct(name: string) {
  await renderStaffPage(<StaffCatalogPage />)
  fireEvent.click(card(await screen.findByText(name).then((node) => node.textContent!)))
  await dialog().findByText('编辑商品', {}, { timeout: 10_000 })
}

it('lists the chain’s products, on sale or not, and finds one by name or barcode', async () => {
  await renderStaffPage(<StaffCatalogPage />)
  await screen.findByText('农夫山泉 饮用天然水 550ml', {}, { timeout: 10_000 })
  expect(card('农夫山泉 饮用天然水 550ml').textContent).toContain('6901234567892 · 饮料 / 饮用水')
  expect(within(card('农夫山泉 饮用天然水 550ml')).getByText('在售')).toBeTruthy()
  expect(within(card('旺旺 雪饼 84g')).getByText('已下架')).toBeTruthy()
  typeInto(document.querySelector('.editor__search .editor-form__input')!, '6909876543210')
  fireEvent.click(button('搜索'))
  await eventually(() => expect(screen.queryByText('农夫山泉 饮用天然水 550ml')).toBeNull())
  expect(record.sent.CatalogProducts).toEqual({ query: '6909876543210', after: null })
})

it('renames a product and reorders its pictures; the form sends the whole content', async () => {
  await openProduct('农夫山泉 饮用天然水 550ml')
  typeInto(document.querySelector('.editor-form__name')!, '农夫山泉 天然水 550ml')
  fireEvent.click(dialog().getByLabelText('第2张前移'))
  const featured = dialog().getByRole('button', { name: '首页精选推荐' })
  expect(featured.getAttribute('aria-pressed')).toBe('true')
  fireEvent.click(featured)
  expect(featured.getAttribute('aria-pressed')).toBe('false')
  fireEvent.click(dialog().getByText('保存', { selector: 'taro-button-core, .btn' }))
  await screen.findByText('已保存「农夫山泉 天然水 550ml」', {}, { timeout: 10_000 })
  expect(record.sent.UpdateProduct).toEqual({
    id: '1',
    input: {
      barcode: '6901234567892', name: '农夫山泉 天然水 550ml', description: '', unit: '瓶', categoryId: '13', status: 'ACTIVE', featured: false,
      imageIds: ['b'.repeat(64), 'a'.repeat(64)],
    },
  })
  expect(card('农夫山泉 天然水 550ml')).toBeTruthy()
})

it('asks before taking a product off sale, and sends nothing when the operator thinks again', async () => {
  await openProduct('农夫山泉 饮用天然水 550ml')
  fireEvent.click(dialog().getByText('下架'))
  fireEvent.click(dialog().getByText('保存', { selector: 'taro-button-core, .btn' }))
  expect(await screen.findByText('下架「农夫山泉 饮用天然水 550ml」？', {}, { timeout: 10_000 })).toBeTruthy()
  fireEvent.click(confirmation().getByText('再想想'))
  expect(record.sent.UpdateProduct).toBeUndefined()
  fireEvent.click(dialog().getByText('保存', { selector: 'taro-button-core, .btn' }))
  fireEvent.click(confirmation().getByText('下架', { selector: 'taro-button-core, .btn' }))
  await screen.findByText('已保存「农夫山泉 饮用天然水 550ml」', {}, { timeout: 10_000 })
  expect(record.sent.UpdateProduct).toMatchObject({ id: '1', input: { status: 'INACTIVE' } })
  expect(within(card('农夫山泉 饮用天然水 550ml')).getByText('已下架')).toBeTruthy()
})

it('adds a photo from the album through the upload route with the staff token, and can remove one', async () => {
  const uploads: Array<{ authorization: string | null; bytes: number; url: string }> = []
  server.use(
    http.get(PHOTO, () => new HttpResponse(PHOTO_BYTES, { headers: { 'content-type': 'image/png' } })),
    http.post('http://bff.test/images', async ({ request }) => {
      uploads.push({ authorization: request.headers.get('authorization'), bytes: (await request.arrayBuffer()).byteLength, url: request.url })
      return HttpResponse.json({ id: NEW_ID, thumb: `/images/${NEW_ID}/thumb-240`, large: `/images/${NEW_ID}/large-750` }, { status: 201 })
    }),
  )
  const choose = vi.spyOn(Taro, 'chooseImage').mockResolvedValue({ tempFilePaths: [PHOTO], tempFiles: [], errMsg: 'chooseImage:ok' })
  await openProduct('农夫山泉 饮用天然水 550ml')
  fireEvent.click(dialog().getByText('添加图片'))
  await eventually(() => expect(dialog().getAllByTestId('strip-image')).toHaveLength(3))
  expect(choose).toHaveBeenCalledWith(expect.objectContaining({ count: 1, sourceType: ['album', 'camera'] }))
  expect(uploads).toEqual([{ authorization: 'Bearer fixture-access', bytes: 70, url: 'http://bff.test/images' }])
  fireEvent.click(dialog().getByLabelText('删除第1张'))
  fireEvent.click(dialog().getByText('保存', { selector: 'taro-button-core, .btn' }))
  await screen.findByText('已保存「农夫山泉 饮用天然水 550ml」', {}, { timeout: 10_000 })
  expect((record.sent.UpdateProduct as { input: { imageIds: string[] } }).input.imageIds).toEqual(['b'.repeat(64), NEW_ID])
})

it('shows a refusal inside the form: a barcode another product has', async () => {
  server.use(updateProductBarcodeTaken)
  await openProduct('旺旺 雪饼 84g')
  typeInto(document.querySelector('.editor-form__barcode')!, '6901234567892')
  fireEvent.click(dialog().getByText('保存', { selector: 'taro-button-core, .btn' }))
  expect((await dialog().findByText('条码 6901234567892 已被其他商品使用', {}, { timeout: 10_000 })).className).toContain('editor-form__error')
})

it('is head office’s: a store manager opening it is told so and nothing is asked of the BFF', async () => {
  server.use(staffStoresManager)
  await renderStaffPage(<StaffCatalogPage />)
  expect(screen.getByText('您在人民广场店的角色（店长）不能使用此页')).toBeTruthy()
  expect(record.sent.CatalogProducts).toBeUndefined()
})

it('sets the band stores price within, after a confirmation, and shows a reversed band’s refusal', async () => {
  await openProduct('农夫山泉 饮用天然水 550ml')
  const band = within(dialog().getByTestId('price-band'))
  const [min, max] = [...dialog().getByTestId('price-band').querySelectorAll('.editor-form__input')]
  expect(min!.getAttribute('value') ?? (min as HTMLInputElement).value).toBe('1.00')
  typeInto(max!, '2.50')
  fireEvent.click(band.getByText('保存价格区间', { selector: 'taro-button-core, .btn' }))
  expect(record.sent.SetProductPriceBand).toBeUndefined()
  fireEvent.click(confirmation().getByText('保存', { selector: 'taro-button-core, .btn' }))
  await band.findByText('已保存：门店价 ¥1.00 至 ¥2.50')
  expect(record.sent.SetProductPriceBand).toEqual({ productId: '1', minFen: 100, maxFen: 250 })

  typeInto(min!, '3')
  fireEvent.click(band.getByText('保存价格区间', { selector: 'taro-button-core, .btn' }))
  fireEvent.click(confirmation().getByText('保存', { selector: 'taro-button-core, .btn' }))
  expect(await dialog().findByText('最低价不能高于最高价')).toBeTruthy()
})
