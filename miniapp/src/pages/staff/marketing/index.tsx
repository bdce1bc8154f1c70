import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useCallback, useEffect, useRef, useState } from 'react'

import { Button } from '@/components/Button'
import { toggleButton } from '@/components/control'
import { Dialog } from '@/components/Dialog'
import { Segmented } from '@/components/Segmented'
import { Stepper } from '@/components/Stepper'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { Tag, type TagTone } from '@/components/Tag'
import { Chip } from '@/components/staff/Chip'
import { ProductPicker } from '@/components/staff/ProductPicker'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { fetchCategories, type Category } from '@/services/catalog'
import { toDisplayMessage } from '@/services/errors'
import {
  dayEnd,
  dayOfIso,
  dayStart,
  fetchMarketing,
  grantCoupons,
  grantProgress,
  KIND_LABEL,
  newGrantKey,
  parseIdentifiers,
  percentOffToZhe,
  previewPromotion,
  saveCouponTemplate,
  savePromotion,
  STATUS_LABEL,
  toFen,
  zheToPercentOff,
  type CouponTemplate,
  type Promotion,
  type PromotionInput,
  type PromotionKind,
} from '@/services/marketing'
import { usePageParams } from '@/services/navigation'
import { shanghaiDay } from '@/services/qr-admin'
import { formatYuan } from '@/utils/format'

import '@/components/staff/staff.css'
import './index.css'

type Section = 'promotions' | 'coupons' | 'grant'
type Listing = Awaited<ReturnType<typeof fetchMarketing>>
/** Where things are made: one store (a manager's) or the whole chain (head office). */
interface Scope {
  storeId: string
  storeName: string
  chain: boolean
}

const STATUS_TONE: Record<string, TagTone> = { RUNNING: 'success', SCHEDULED: 'brand', PAUSED: 'muted', ENDED: 'muted', SOLD_OUT: 'warn' }
const DAY_MS = 86_400_000

/**
 * 营销: the store's (or, for head office, the chain's) promotions and coupons, each made or changed
 * with a form per kind, priced on a sample basket before publishing, and head office's grants of a
 * coupon to a list of members with their progress. Publishing and granting are confirmed first.
 */
export default function StaffMarketingPage() {
  const chain = usePageParams().scope === 'chain'
  return (
    <StaffLayout tab={chain ? 'hq' : 'manager'}>
      {({ store, chainPermissions, run }) => (
        <Marketing scope={{ storeId: store.storeId, storeName: store.name, chain }} mayGrant={chainPermissions.includes('MARKETING')} run={run} />
      )}
    </StaffLayout>
  )
}

function Marketing({ scope, mayGrant, run }: { scope: Scope; mayGrant: boolean; run: Run }) {
  const [section, setSection] = useState<Section>('promotions')
  const [listing, setListing] = useState<Listing | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ promotion: Promotion | null } | { coupon: CouponTemplate | null } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(() => {
    setFailure(null)
    fetchMarketing(scope.chain ? null : scope.storeId).then(setListing, (error: unknown) => setFailure(toDisplayMessage(error)))
  }, [scope.chain, scope.storeId])
  useEffect(load, [load])

  if (failure) return <ErrorState message={failure} onRetry={load} />
  if (!listing) return <Loading skeleton='rows' />
  const saved = (what: string) => {
    setEditing(null)
    setNotice(what)
    load()
  }
  if (editing && 'promotion' in editing) {
    return <PromotionForm scope={scope} promotion={editing.promotion} rules={listing.promotionStackingRules} run={run} onDone={saved} onCancel={() => setEditing(null)} />
  }
  if (editing) return <CouponForm scope={scope} coupon={editing.coupon} run={run} onDone={saved} onCancel={() => setEditing(null)} />

  const sections: Array<{ value: Section; label: string }> = [
    { value: 'promotions', label: '促销活动' },
    { value: 'coupons', label: '优惠券' },
    ...(mayGrant ? [{ value: 'grant' as const, label: '定向发券' }] : []),
  ]
  return (
    <View className='marketing'>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      <Segmented options={sections} value={section} onChange={setSection} ariaLabel='营销' className='marketing__sections' />
      {section === 'promotions' && (
        <>
          <Button block size='lg' onClick={() => setEditing({ promotion: null })}>新建促销</Button>
          <StackingRules rules={listing.promotionStackingRules} />
          {listing.promotions.length === 0 && <Empty text='还没有促销活动' />}
          {listing.promotions.map((p) => (
            <Row key={p.id} title={p.name} terms={p.terms} status={p.status} meta={`${KIND_LABEL[p.kind]}${p.memberOnly ? ' · 仅会员' : ''} · ${scopeText(p.storeIds, scope)} · ${dayOfIso(p.startsAt)} 至 ${dayOfIso(p.endsAt)}`} onEdit={editable(p.storeIds, scope) ? () => setEditing({ promotion: p }) : null} />
          ))}
        </>
      )}
      {section === 'coupons' && (
        <>
          <Button block size='lg' onClick={() => setEditing({ coupon: null })}>新建优惠券</Button>
          {listing.couponTemplates.length === 0 && <Empty text='还没有优惠券' />}
          {listing.couponTemplates.map((c) => (
            <Row
              key={c.id}
              title={c.name}
              terms={c.terms}
              status={c.status}
              meta={`已发${c.issuedCount}${c.totalQuantity === null ? '' : `/${c.totalQuantity}`}张 · 每人${c.perUserLimit}张 · ${c.fulfilment === 'DELIVERY' ? '仅外送' : c.fulfilment === 'PICKUP' ? '仅自提' : '外送自提通用'}${c.grantOnJoin ? ' · 开卡礼' : ''}`}
              onEdit={editable(c.storeId === null ? [] : [c.storeId], scope) ? () => setEditing({ coupon: c }) : null}
            />
          ))}
        </>
      )}
      {section === 'grant' && <GrantForm coupons={listing.couponTemplates.filter((c) => c.status === 'RUNNING' || c.status === 'SCHEDULED')} run={run} onDone={load} />}
    </View>
  )
}

const scopeText = (storeIds: readonly string[], scope: Scope) =>
  storeIds.length === 0 ? '全部门店' : storeIds.length === 1 && storeIds[0] === scope.storeId ? scope.storeName : `${storeIds.length}家门店`

/** A store's page edits that store's own; what runs chain-wide is head office's (the BFF refuses it too). */
const editable = (storeIds: readonly string[], scope: Scope) => scope.chain || storeIds.length > 0

function Row({ title, terms, status, meta, onEdit }: { title: string; terms: string; status: string; meta: string; onEdit: (() => void) | null }) {
  return (
    <View className='staff-card marketing__row' data-testid='marketing-row'>
      <View className='marketing__row-main'>
        <View className='marketing__row-head'>
          <Text className='marketing__title'>{title}</Text>
          <Tag tone={STATUS_TONE[status] ?? 'muted'}>{STATUS_LABEL[status] ?? status}</Tag>
        </View>
        <Text className='marketing__terms'>{terms}</Text>
        <Text className='marketing__meta'>{meta}</Text>
      </View>
      {onEdit ? <Button size='sm' variant='secondary' onClick={onEdit}>编辑</Button> : <Text className='marketing__meta'>总部设置</Text>}
    </View>
  )
}

function StackingRules({ rules }: { rules: readonly string[] }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='staff-card marketing__rules'>
      <View className='marketing__rules-head' {...toggleButton(open)} onClick={() => setOpen(!open)}>
        <Text className='marketing__title'>优惠怎么叠加</Text>
        <Text className='marketing__link'>{open ? '收起' : '展开'}</Text>
      </View>
      {open && rules.map((rule, i) => <Text key={rule} className='marketing__rule'>{`${i + 1}. ${rule}`}</Text>)}
    </View>
  )
}

/** A labelled text field of the forms. */
function Field({ label, value, onInput, placeholder, type = 'text' }: { label: string; value: string; onInput: (value: string) => void; placeholder?: string; type?: 'text' | 'digit' }) {
  return (
    <View className='marketing__field'>
      <Text className='marketing__label'>{label}</Text>
      <Input className='marketing__input' type={type} value={value} placeholder={placeholder} onInput={(e) => onInput(e.detail.value)} />
    </View>
  )
}

function Toggle({ label, on, onChange }: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Chip on={on} onClick={() => onChange(!on)}>
      {`${on ? '✓ ' : ''}${label}`}
    </Chip>
  )
}

function Dates({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  return (
    <View className='marketing__field'>
      <Text className='marketing__label'>时间</Text>
      <View className='marketing__dates'>
        <Picker mode='date' value={from} onChange={(e) => onChange(e.detail.value, to)}>
          <View className='marketing__input'>{from}</View>
        </Picker>
        <Text className='marketing__meta'>至</Text>
        <Picker mode='date' value={to} onChange={(e) => onChange(from, e.detail.value)}>
          <View className='marketing__input'>{to}</View>
        </Picker>
      </View>
    </View>
  )
}

const today = () => shanghaiDay(Date.now())

interface PickedProduct {
  id: string
  name: string
}

interface BasketLine extends PickedProduct {
  quantity: number
}

function PromotionForm({ scope, promotion, rules, run, onDone, onCancel }: { scope: Scope; promotion: Promotion | null; rules: readonly string[]; run: Run; onDone: (notice: string) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<PromotionKind>(promotion?.kind ?? 'SPEND_THRESHOLD')
  const [name, setName] = useState(promotion?.name ?? '')
  const [tiers, setTiers] = useState(promotion?.tiers.length ? promotion.tiers.map((t) => ({ min: String(t.minSpendFen / 100), off: String(t.amountOffFen / 100) })) : [{ min: '', off: '' }])
  const [quantity, setQuantity] = useState(String(promotion?.quantity ?? 2))
  const [zhe, setZhe] = useState(promotion?.percentOff && kind === 'BUY_N_DISCOUNT' ? percentOffToZhe(promotion.percentOff) : '8')
  const [half, setHalf] = useState(String(promotion?.percentOff && kind === 'SECOND_ITEM_DISCOUNT' ? promotion.percentOff : 50))
  const [products, setProducts] = useState<PickedProduct[]>(promotion?.products ?? [])
  const [categoryIds, setCategoryIds] = useState<string[]>(promotion?.categoryIds ?? [])
  const [categories, setCategories] = useState<Category[] | null>(null)
  useEffect(() => void run(() => fetchCategories(scope.storeId)).then(setCategories), [run, scope.storeId])
  const toggleCategory = (id: string) => setCategoryIds((ids) => (ids.includes(id) ? ids.filter((c) => c !== id) : [...ids, id]))
  const [memberOnly, setMemberOnly] = useState(promotion?.memberOnly ?? false)
  const [chainWide, setChainWide] = useState(promotion ? promotion.storeIds.length === 0 : scope.chain)
  const [from, setFrom] = useState(promotion ? dayOfIso(promotion.startsAt) : today())
  const [to, setTo] = useState(promotion ? dayOfIso(promotion.endsAt) : shanghaiDay(Date.now() + 30 * DAY_MS))
  const [basket, setBasket] = useState<BasketLine[]>([])
  const [member, setMember] = useState(false)
  const [preview, setPreview] = useState<Awaited<ReturnType<typeof previewPromotion>> | null>(null)
  const [confirming, setConfirming] = useState(false)

  const input = (active: boolean): PromotionInput => ({
    name,
    kind,
    storeIds: chainWide ? [] : promotion?.storeIds.length ? promotion.storeIds : [scope.storeId],
    productIds: products.map((p) => p.id),
    categoryIds,
    memberOnly,
    tiers: kind === 'SPEND_THRESHOLD' ? tiers.map((t) => ({ minSpendFen: toFen(t.min), amountOffFen: toFen(t.off) })) : null,
    quantity: kind === 'BUY_N_DISCOUNT' ? Number(quantity) : null,
    percentOff: kind === 'BUY_N_DISCOUNT' ? zheToPercentOff(zhe) : kind === 'SECOND_ITEM_DISCOUNT' ? Number(half) : null,
    priority: promotion?.priority ?? 0,
    startsAt: dayStart(from),
    endsAt: dayEnd(to),
    active,
  })
  const items = basket.map((line) => ({ productId: line.id, quantity: line.quantity }))
  const toggleProduct = (picked: PickedProduct) =>
    setProducts((list) => (list.some((p) => p.id === picked.id) ? list.filter((p) => p.id !== picked.id) : [...list, { id: picked.id, name: picked.name }]))
  const addToBasket = (picked: PickedProduct) =>
    setBasket((lines) => (lines.some((l) => l.id === picked.id) ? lines : [...lines, { id: picked.id, name: picked.name, quantity: 1 }]))
  const setBasketQuantity = (id: string, quantity: number) =>
    setBasket((lines) => (quantity === 0 ? lines.filter((l) => l.id !== id) : lines.map((l) => (l.id === id ? { ...l, quantity } : l))))
  const runPreview = async () => {
    const priced = await run(() => previewPromotion({ storeId: scope.storeId, items, isMember: member, draft: input(true), promotionId: promotion?.id ?? null }))
    if (priced) setPreview(priced)
  }
  const publish = async (active: boolean) => {
    setConfirming(false)
    const saved = await run(() => savePromotion(promotion?.id ?? null, input(active)))
    if (saved) onDone(active ? `「${saved.name}」已发布，顾客下次结算即按新规则计价` : `「${saved.name}」已保存为停用`)
  }
  const setTier = (i: number, field: 'min' | 'off', value: string) => setTiers(tiers.map((t, j) => (j === i ? { ...t, [field]: value } : t)))

  return (
    <View className='marketing'>
      <Text className='staff__heading'>{promotion ? '编辑促销' : '新建促销'}</Text>
      <Segmented
        options={(Object.keys(KIND_LABEL) as PromotionKind[]).map((value) => ({ value, label: KIND_LABEL[value] }))}
        value={kind}
        onChange={setKind}
        ariaLabel='促销类型'
        className='marketing__sections'
      />
      <View className='staff-card'>
        <Field label='名称' value={name} onInput={setName} placeholder='顾客看到的名称，如 周末满59减10' />
        {kind === 'SPEND_THRESHOLD' &&
          tiers.map((tier, i) => (
            <View key={i} className='marketing__tier'>
              <Field label={`第${i + 1}档 满(元)`} type='digit' value={tier.min} onInput={(v) => setTier(i, 'min', v)} placeholder='59' />
              <Field label='减(元)' type='digit' value={tier.off} onInput={(v) => setTier(i, 'off', v)} placeholder='10' />
            </View>
          ))}
        {kind === 'SPEND_THRESHOLD' && tiers.length < 5 && (
          <Button size='sm' variant='ghost' onClick={() => setTiers([...tiers, { min: '', off: '' }])}>添加一档</Button>
        )}
        {kind === 'BUY_N_DISCOUNT' && (
          <View className='marketing__tier'>
            <Field label='任选(件)' type='digit' value={quantity} onInput={setQuantity} />
            <Field label='打(折)' type='digit' value={zhe} onInput={setZhe} />
          </View>
        )}
        {kind === 'SECOND_ITEM_DISCOUNT' && <Field label='第二件减免(%)，50即半价' type='digit' value={half} onInput={setHalf} />}
        <Text className='marketing__label'>指定商品（不选为全部商品；点已选的商品可移除）</Text>
        {products.length > 0 && (
          <View className='marketing__categories' role='group' aria-label='已选商品'>
            {products.map((p) => (
              <Chip key={p.id} on onClick={() => toggleProduct(p)}>
                {p.name}
              </Chip>
            ))}
          </View>
        )}
        <ProductPicker storeId={scope.storeId} run={run} onPick={toggleProduct} picked={(id) => products.some((p) => p.id === id)} />
        <Text className='marketing__label'>指定分类（不选为全部分类；选大类含其小类）</Text>
        {categories ? (
          <View className='marketing__categories' role='group' aria-label='分类'>
            {categories.flatMap((top) => [top, ...(top.children ?? [])]).map((category) => (
              <Chip key={category.id} on={categoryIds.includes(category.id)} onClick={() => toggleCategory(category.id)}>
                {category.name}
              </Chip>
            ))}
          </View>
        ) : (
          <Loading />
        )}
        <Dates from={from} to={to} onChange={(f, t) => { setFrom(f); setTo(t) }} />
        <View className='marketing__toggles'>
          <Toggle label='仅限会员' on={memberOnly} onChange={setMemberOnly} />
          {scope.chain || chainWide ? <Toggle label='全部门店' on={chainWide} onChange={setChainWide} /> : <Text className='marketing__meta'>{`仅${scope.storeName}`}</Text>}
        </View>
      </View>

      <View className='staff-card'>
        <Text className='marketing__title'>试算</Text>
        <Text className='marketing__label'>{`用${scope.storeName}的价格试算一单`}</Text>
        {basket.map((line) => (
          <View key={line.id} className='marketing__basket-line' data-testid='basket-line'>
            <Text className='marketing__basket-name'>{line.name}</Text>
            <Stepper value={line.quantity} min={0} max={99} label={line.name} onChange={(quantity) => setBasketQuantity(line.id, quantity)} />
          </View>
        ))}
        <ProductPicker storeId={scope.storeId} run={run} onPick={addToBasket} picked={(id) => basket.some((l) => l.id === id)} />
        <View className='marketing__toggles'>
          <Toggle label='按会员计价' on={member} onChange={setMember} />
          <Button size='sm' variant='secondary' disabled={items.length === 0} onClick={() => void runPreview()}>试算</Button>
        </View>
        {preview && (
          <View className='marketing__preview' data-testid='preview'>
            {preview.lines.map((line) => (
              <Text key={line.productId} className='marketing__meta'>{`${line.name} ×${line.quantity}  ¥${formatYuan(line.lineTotalFen)}${line.discountFen ? ` 优惠¥${formatYuan(line.discountFen)}` : ''}`}</Text>
            ))}
            <Text className='marketing__payable'>{`应付 ¥${formatYuan(preview.payableFen)}（满减 ¥${formatYuan(preview.thresholdDiscountFen)}，单品 ¥${formatYuan(preview.itemPromotionDiscountFen)}）`}</Text>
            <Text className='marketing__meta'>{preview.draftApplied ? '本活动在这单里生效' : '本活动在这单里没有生效（可能未达门槛，或被更优惠的活动取代）'}</Text>
            {preview.hints.map((hint) => <Text key={hint} className='marketing__meta'>{hint}</Text>)}
          </View>
        )}
      </View>
      <StackingRules rules={rules} />

      <View className='marketing__actions'>
        <Button variant='ghost' onClick={onCancel}>返回</Button>
        <Button variant='secondary' onClick={() => void publish(false)}>存为停用</Button>
        <Button onClick={() => setConfirming(true)}>发布</Button>
      </View>
      <Dialog
        open={confirming}
        title='发布促销？'
        message={`「${name || '未命名'}」${chainWide ? '全部门店' : scope.storeName}，${from} 至 ${to}。发布后顾客下次结算即按新规则计价；已下的订单不受影响。`}
        confirmText='发布'
        onConfirm={() => void publish(true)}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}

function CouponForm({ scope, coupon, run, onDone, onCancel }: { scope: Scope; coupon: CouponTemplate | null; run: Run; onDone: (notice: string) => void; onCancel: () => void }) {
  const [kind, setKind] = useState(coupon?.kind ?? 'AMOUNT_OFF')
  const [name, setName] = useState(coupon?.name ?? '')
  const [value, setValue] = useState(coupon ? (coupon.kind === 'AMOUNT_OFF' ? String(coupon.value / 100) : percentOffToZhe(coupon.value)) : '')
  const [cap, setCap] = useState(coupon?.maxDiscountFen ? String(coupon.maxDiscountFen / 100) : '')
  const [threshold, setThreshold] = useState(coupon ? String(coupon.minSpendFen / 100) : '0')
  const [fulfilment, setFulfilment] = useState<'ANY' | 'DELIVERY' | 'PICKUP'>(coupon?.fulfilment ?? 'ANY')
  const [total, setTotal] = useState(coupon?.totalQuantity ? String(coupon.totalQuantity) : '')
  const [perUser, setPerUser] = useState(String(coupon?.perUserLimit ?? 1))
  const [onJoin, setOnJoin] = useState(coupon?.grantOnJoin ?? false)
  const [chainWide, setChainWide] = useState(coupon ? coupon.storeId === null : scope.chain)
  const [from, setFrom] = useState(coupon ? dayOfIso(coupon.validFrom) : today())
  const [to, setTo] = useState(coupon ? dayOfIso(coupon.validTo) : shanghaiDay(Date.now() + 30 * DAY_MS))
  const [confirming, setConfirming] = useState(false)

  const save = async () => {
    setConfirming(false)
    const saved = await run(() =>
      saveCouponTemplate(coupon?.id ?? null, {
        name,
        kind,
        value: kind === 'AMOUNT_OFF' ? toFen(value) : zheToPercentOff(value),
        maxDiscountFen: kind === 'PERCENT_OFF' && cap ? toFen(cap) : null,
        minSpendFen: toFen(threshold || '0'),
        storeId: chainWide ? null : coupon?.storeId ?? scope.storeId,
        fulfilment: fulfilment === 'ANY' ? null : fulfilment,
        validFrom: dayStart(from),
        validTo: dayEnd(to),
        totalQuantity: total ? Number(total) : null,
        perUserLimit: Number(perUser),
        grantOnJoin: onJoin,
      }),
    )
    if (saved) onDone(`「${saved.name}」已保存`)
  }
  return (
    <View className='marketing'>
      <Text className='staff__heading'>{coupon ? '编辑优惠券' : '新建优惠券'}</Text>
      {coupon && coupon.issuedCount > 0 && (
        <Text className='marketing__meta'>{`已发出${coupon.issuedCount}张：面额、门槛、适用门店和方式、开始日期不能再改；可改名称、总量、每人限领，有效期只能延长。`}</Text>
      )}
      <Segmented options={[{ value: 'AMOUNT_OFF' as const, label: '满减券' }, { value: 'PERCENT_OFF' as const, label: '折扣券' }]} value={kind} onChange={setKind} ariaLabel='券类型' className='marketing__sections' />
      <View className='staff-card'>
        <Field label='名称' value={name} onInput={setName} placeholder='如 满30减5元' />
        <View className='marketing__tier'>
          <Field label='满(元)，0为无门槛' type='digit' value={threshold} onInput={setThreshold} />
          <Field label={kind === 'AMOUNT_OFF' ? '减(元)' : '打(折)'} type='digit' value={value} onInput={setValue} />
        </View>
        {kind === 'PERCENT_OFF' && <Field label='最多减(元)，可不填' type='digit' value={cap} onInput={setCap} />}
        <Text className='marketing__label'>适用</Text>
        <Segmented size='sm' options={[{ value: 'ANY' as const, label: '外送自提' }, { value: 'DELIVERY' as const, label: '仅外送' }, { value: 'PICKUP' as const, label: '仅自提' }]} value={fulfilment} onChange={setFulfilment} ariaLabel='适用' />
        <View className='marketing__tier'>
          <Field label='总量(张)，可不填' type='digit' value={total} onInput={setTotal} />
          <Field label='每人限领(张)' type='digit' value={perUser} onInput={setPerUser} />
        </View>
        <Dates from={from} to={to} onChange={(f, t) => { setFrom(f); setTo(t) }} />
        <View className='marketing__toggles'>
          <Toggle label='开卡即送' on={onJoin} onChange={setOnJoin} />
          {scope.chain || chainWide ? <Toggle label='全部门店' on={chainWide} onChange={setChainWide} /> : <Text className='marketing__meta'>{`仅${scope.storeName}`}</Text>}
        </View>
      </View>
      <View className='marketing__actions'>
        <Button variant='ghost' onClick={onCancel}>返回</Button>
        <Button onClick={() => setConfirming(true)}>保存</Button>
      </View>
      <Dialog
        open={confirming}
        title='保存优惠券？'
        message={coupon && coupon.issuedCount > 0 ? `已发出的${coupon.issuedCount}张随之更新名称和有效期。` : '保存后即可在活动页领取或定向发放。'}
        confirmText='保存'
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}

type Batch = NonNullable<Awaited<ReturnType<typeof grantProgress>>>

function GrantForm({ coupons, run, onDone }: { coupons: CouponTemplate[]; run: Run; onDone: () => void }) {
  const [couponId, setCouponId] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [batch, setBatch] = useState<Batch | null>(null)
  const [busy, setBusy] = useState(false)
  // One key per list: resubmitting after a dropped answer continues the same batch instead of granting twice.
  const key = useRef(newGrantKey())
  const identifiers = parseIdentifiers(text)
  const coupon = coupons.find((c) => c.id === couponId)

  const grant = async () => {
    setConfirming(false)
    setBusy(true)
    const poll = setInterval(() => void grantProgress(key.current).then((shown) => shown && setBatch(shown), () => undefined), 1000)
    const done = await run(() => grantCoupons(couponId!, identifiers, key.current))
    clearInterval(poll)
    setBusy(false)
    if (done) {
      setBatch(done)
      onDone()
    }
  }
  if (coupons.length === 0) return <Empty text='没有可发放的优惠券，请先新建' />
  return (
    <View className='staff-card'>
      <Text className='marketing__label'>发哪张券</Text>
      <View className='marketing__choices' role='radiogroup' aria-label='优惠券'>
        {coupons.map((c) => (
          <Chip key={c.id} on={c.id === couponId} onClick={() => setCouponId(c.id)}>
            {`${c.name}（${c.terms}）`}
          </Chip>
        ))}
      </View>
      <Text className='marketing__label'>会员卡号或手机号，每行一个</Text>
      <Textarea
        className='marketing__input marketing__list'
        value={text}
        maxlength={-1}
        placeholder={'8800000000000018\n13800000002'}
        onInput={(e) => {
          setText(e.detail.value)
          key.current = newGrantKey()
          setBatch(null)
        }}
      />
      <Button block size='lg' disabled={!coupon || identifiers.length === 0 || busy} loading={busy} onClick={() => setConfirming(true)}>
        {`发放给 ${identifiers.length} 人`}
      </Button>
      {batch && (
        <View className='marketing__preview' data-testid='grant-progress' role='status'>
          <View className='marketing__bar'>
            <View className='marketing__bar-fill' style={{ width: `${Math.round(((batch.granted + batch.skipped + batch.failed) / Math.max(1, batch.total)) * 100)}%` }} />
          </View>
          <Text className='marketing__payable'>{`${batch.finished ? '已完成' : '发放中'}：成功 ${batch.granted}，跳过 ${batch.skipped}，失败 ${batch.failed}，共 ${batch.total}`}</Text>
          {batch.problems.map((row) => <Text key={row.position} className='marketing__meta'>{`第${row.position}行 ${row.identifier}：${row.reason ?? ''}`}</Text>)}
        </View>
      )}
      <Dialog
        open={confirming}
        title='确认发放？'
        message={`把「${coupon?.name ?? ''}」发给 ${identifiers.length} 位会员，每人不超过限领数量，发完为止。重复提交不会重复发放。`}
        confirmText='发放'
        onConfirm={() => void grant()}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}
