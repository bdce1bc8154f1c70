import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import type { ProductContentInput } from '@corner/shared-types/client'

import { Button } from '@/components/Button'
import { LINK, toggleButton } from '@/components/control'
import { Dialog } from '@/components/Dialog'
import { ProductImage } from '@/components/ProductImage'
import { Segmented, type SegmentedOption } from '@/components/Segmented'
import { Sheet } from '@/components/Sheet'
import { Empty, Loading } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import {
  contentOf,
  createProduct,
  fetchCatalogProducts,
  fetchCategoryChoices,
  setPriceBand,
  updateProduct,
  type CatalogProduct,
} from '@/services/catalog-admin'
import { formatYuanFixed } from '@/utils/format'

import { ImageStrip, type StripImage } from './ImageStrip'
import { useRun, type Run } from './run'
import './editor.css'

type Status = ProductContentInput['status']
const STATUSES: Array<SegmentedOption<Status>> = [
  { value: 'ACTIVE', label: '在售' },
  { value: 'INACTIVE', label: '下架' },
]
type Category = Awaited<ReturnType<typeof fetchCategoryChoices>>[number]
type Page = Awaited<ReturnType<typeof fetchCatalogProducts>>

/** What the form edits: the content, the pictures with their thumbnails, and (new products only) the price typed in yuan. */
interface Draft extends Omit<ProductContentInput, 'imageIds'> {
  images: StripImage[]
  priceYuan: string
}

const EMPTY: Draft = { barcode: '', name: '', description: '', unit: '', categoryId: '', status: 'ACTIVE', featured: false, images: [], priceYuan: '' }
const draftOf = (product: CatalogProduct): Draft => ({ ...contentOf(product), images: product.images, priceYuan: '' })
const contentOfDraft = ({ images, priceYuan: _price, ...content }: Draft): ProductContentInput => ({ ...content, imageIds: images.map((image) => image.id) })

/** A price typed in yuan (12.9) as fen, or null when it is not one. */
export function yuanToFen(text: string): number | null {
  const match = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text.trim())
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null
}

/** 商品 for head office: find a product of the chain (on sale or not), edit its content, or add one. */
export default function ProductContent({ run }: { run: Run }) {
  const [query, setQuery] = useState('')
  const [page, setPage] = useState<Page | null>(null)
  const [editing, setEditing] = useState<CatalogProduct | 'new' | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(
    async (after: string | null) => {
      const next = await run(() => fetchCatalogProducts(query, after))
      if (next) setPage((current) => (after && current ? { nodes: [...current.nodes, ...next.nodes], pageInfo: next.pageInfo } : next))
    },
    [query, run],
  )
  // The whole catalogue at first; typing does not search until 搜索 (each keystroke would be a query).
  useEffect(() => void load(null), [])

  const edit = (product: CatalogProduct | 'new') => {
    setNotice(null)
    setEditing(product)
  }
  const saved = (product: CatalogProduct, created: boolean) => {
    setEditing(null)
    setPage((current) => {
      if (!current) return current
      const nodes = created ? [product, ...current.nodes] : current.nodes.map((p) => (p.id === product.id ? product : p))
      return { ...current, nodes }
    })
    setNotice(created ? `已新建「${product.name}」，门店上架后顾客可见` : `已保存「${product.name}」`)
  }

  return (
    <View>
      <View className='editor__search'>
        <Input
          className='editor-form__input'
          placeholder='商品名称、拼音或条码'
          confirmType='search'
          value={query}
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => void load(null)}
        />
        <Button size='sm' onClick={() => void load(null)}>搜索</Button>
      </View>
      <View className='editor__head'>
        <Text className='editor__count'>{page ? `${page.nodes.length}${page.pageInfo.hasNextPage ? '+' : ''} 件商品` : ''}</Text>
        <Button size='sm' variant='secondary' onClick={() => edit('new')}>新建商品</Button>
      </View>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      {!page && <Loading skeleton='rows' />}
      {page?.nodes.length === 0 && <Empty text='没有找到商品' />}
      {page?.nodes.map((product) => (
        <View key={product.id} className='staff-card editor-card' {...LINK} data-testid='catalog-product' onClick={() => edit(product)}>
          <ProductImage src={product.images[0]?.thumb} name={product.name} size='sm' />
          <View className='editor-card__body'>
            <Text className='editor-card__title'>{product.name}</Text>
            <Text className='editor-card__meta'>{`${product.barcode} · ${product.categoryPath}`}</Text>
            <View className='editor-card__tags'>
              {product.status === 'INACTIVE' ? <Tag tone='muted'>已下架</Tag> : <Tag tone='success'>在售</Tag>}
              {product.featured && <Tag tone='brand'>精选</Tag>}
              <Text className='editor-card__meta'>{`零售价 ${formatYuanFixed(product.basePriceFen)}`}</Text>
            </View>
          </View>
          <Text className='editor-card__chevron'>›</Text>
        </View>
      ))}
      {page?.pageInfo.hasNextPage && (
        <Button block variant='ghost' className='editor__more' onClick={() => void load(page.pageInfo.endCursor)}>
          加载更多
        </Button>
      )}
      <Sheet open={editing !== null} title={editing === 'new' ? '新建商品' : '编辑商品'} onClose={() => setEditing(null)}>
        {editing !== null && <ProductForm product={editing === 'new' ? null : editing} onSaved={saved} />}
      </Sheet>
    </View>
  )
}

const yuanOf = (fen: number | null | undefined) => (fen == null ? '' : (fen / 100).toFixed(2))

/**
 * 门店价格区间: the lowest and highest price a store may set for the product on its shelf (one price
 * online and at the till). Stores' prices outside a new band stay until they next change them.
 */
function PriceBand({ product, run }: { product: CatalogProduct; run: Run }) {
  const [min, setMin] = useState(yuanOf(product.priceBandMinFen))
  const [max, setMax] = useState(yuanOf(product.priceBandMaxFen))
  const [confirming, setConfirming] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const bound = (text: string) => (text.trim() === '' ? null : yuanToFen(text))
  const valid = (min.trim() === '' || bound(min) !== null) && (max.trim() === '' || bound(max) !== null)
  const save = async () => {
    setConfirming(false)
    setSaved(null)
    const band = await run(() => setPriceBand(product.id, bound(min), bound(max)))
    if (band) setSaved(`已保存：门店价 ${band.priceBandMinFen == null ? '不限' : `¥${yuanOf(band.priceBandMinFen)}`} 至 ${band.priceBandMaxFen == null ? '不限' : `¥${yuanOf(band.priceBandMaxFen)}`}`)
  }
  return (
    <View className='editor-form__band' data-testid='price-band'>
      <Text className='editor-form__label'>门店价格区间（元）</Text>
      <View className='editor-form__row'>
        <Input className='editor-form__input' type='digit' placeholder='最低，不填不限' value={min} onInput={(e) => setMin(e.detail.value)} />
        <Input className='editor-form__input' type='digit' placeholder='最高，不填不限' value={max} onInput={(e) => setMax(e.detail.value)} />
      </View>
      <Text className='editor-form__hint'>{`连锁零售价 ¥${yuanOf(product.basePriceFen)}；各门店只能在区间内定价，线上线下同价`}</Text>
      {saved && <View className='editor-form__hint' role='status'>{saved}</View>}
      <Button block variant='secondary' disabled={!valid} onClick={() => setConfirming(true)}>保存价格区间</Button>
      <Dialog
        open={confirming}
        title='修改门店价格区间？'
        message={`所有门店「${product.name}」的定价将受此区间限制。`}
        confirmText='保存'
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}

function ProductForm({ product, onSaved }: { product: CatalogProduct | null; onSaved: (product: CatalogProduct, created: boolean) => void }) {
  // Refusals show inside the sheet, which covers the page's own message line.
  const { run, message } = useRun()
  const [draft, setDraft] = useState<Draft>(() => (product ? draftOf(product) : EMPTY))
  const [categories, setCategories] = useState<Category[] | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => void run(fetchCategoryChoices).then(setCategories), [run])
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  const priceFen = yuanToFen(draft.priceYuan)
  const ready = draft.name.trim() !== '' && draft.unit.trim() !== '' && draft.barcode.trim() !== '' && draft.categoryId !== '' && (product !== null || priceFen !== null)
  const save = async () => {
    setConfirming(false)
    setBusy(true)
    const content = contentOfDraft(draft)
    const result = await run(() => (product ? updateProduct(product.id, content) : createProduct(content, priceFen!)))
    setBusy(false)
    if (result) onSaved(result, product === null)
  }
  // Taking a product off sale hides it from every store's shoppers at once: asked first.
  const submit = () => (product?.status === 'ACTIVE' && draft.status === 'INACTIVE' ? setConfirming(true) : void save())
  const categoryIndex = categories?.findIndex((c) => c.id === draft.categoryId) ?? -1

  return (
    <View className='editor-form' data-testid='product-form'>
      <Text className='editor-form__label'>商品图片</Text>
      <ImageStrip images={draft.images} onChange={(images) => set('images', images)} max={9} scope={{ purpose: 'product' }} run={run} label='商品图片' />
      <Text className='editor-form__hint'>第一张为主图，最多 9 张</Text>

      <Text className='editor-form__label'>名称</Text>
      <Input className='editor-form__input editor-form__name' placeholder='如 农夫山泉 饮用天然水 550ml' maxlength={40} value={draft.name} onInput={(e) => set('name', e.detail.value)} />

      <Text className='editor-form__label'>条码</Text>
      <Input className='editor-form__input editor-form__barcode' type='number' placeholder='包装上的 13 位条码' maxlength={14} value={draft.barcode} onInput={(e) => set('barcode', e.detail.value)} />

      <View className='editor-form__row'>
        <View className='editor-form__picker'>
          <Text className='editor-form__label'>单位</Text>
          <Input className='editor-form__input editor-form__unit' placeholder='瓶、袋、盒' maxlength={8} value={draft.unit} onInput={(e) => set('unit', e.detail.value)} />
        </View>
        {!product && (
          <View className='editor-form__picker'>
            <Text className='editor-form__label'>零售价（元）</Text>
            <Input className='editor-form__input editor-form__price' type='digit' placeholder='如 3.5' value={draft.priceYuan} onInput={(e) => set('priceYuan', e.detail.value)} />
          </View>
        )}
      </View>

      <Text className='editor-form__label'>分类</Text>
      {categories ? (
        <Picker mode='selector' range={categories.map((c) => c.path)} value={Math.max(categoryIndex, 0)} onChange={(e) => set('categoryId', categories[Number(e.detail.value)]!.id)} className='editor-form__category'>
          <View className='editor-form__field'>
            <Text>{categoryIndex >= 0 ? categories[categoryIndex]!.path : '请选择分类'}</Text>
            <Text>›</Text>
          </View>
        </Picker>
      ) : (
        <Loading />
      )}

      <Text className='editor-form__label'>描述</Text>
      <Textarea className='editor-form__textarea' placeholder='规格、口味、储存方式（选填）' maxlength={500} value={draft.description} onInput={(e) => set('description', e.detail.value)} />

      <Text className='editor-form__label'>状态</Text>
      <Segmented options={STATUSES} value={draft.status} onChange={(status) => set('status', status)} ariaLabel='商品状态' />
      {draft.status === 'INACTIVE' && <Text className='editor-form__hint'>下架后所有门店的顾客都看不到这件商品</Text>}
      <View className='editor-form__switch' {...toggleButton(draft.featured)} aria-label='首页精选推荐' onClick={() => set('featured', !draft.featured)}>
        <Text className='editor-form__label'>首页精选推荐</Text>
        <View className={`editor-form__toggle ${draft.featured ? 'editor-form__toggle--on' : ''}`} />
      </View>

      {product && <PriceBand product={product} run={run} />}

      {message && <View className='editor-form__error' role='alert'>{message}</View>}
      <Button block size='lg' className='editor-form__submit' disabled={!ready} loading={busy} onClick={submit}>
        {product ? '保存' : '新建商品'}
      </Button>
      <Dialog
        open={confirming}
        title={`下架「${product?.name ?? ''}」？`}
        message='下架后所有门店的顾客都将看不到这件商品，购物车中的也无法下单；之后可以随时重新上架。'
        confirmText='下架'
        destructive
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}
