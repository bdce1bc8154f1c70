import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { BUTTON } from '@/components/control'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import { Chip } from '@/components/staff/Chip'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { toDisplayMessage } from '@/services/errors'
import { usePageParams } from '@/services/navigation'
import { AUDIT_FIELD_LABELS, AUDIT_KIND_FILTERS, dayOf, fetchAuditPage, type AuditEntry, type PeopleScope } from '@/services/people'
import { formatClock } from '@/utils/format'

import '@/components/staff/staff.css'
import './index.css'

/** 操作记录: who changed what and when, newest first, filtered by kind and by person. */
export default function StaffAuditPage() {
  const chain = usePageParams().scope === 'chain'
  return (
    <StaffLayout tab={chain ? 'hq' : 'manager'}>
      {({ store }) => <AuditTrail scope={chain ? 'chain' : { storeId: store.storeId }} chain={chain} />}
    </StaffLayout>
  )
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** A recorded value as staff read it: instants in Shanghai time, nothing as （无）. */
function readable(value: string | null): string {
  if (value === null) return '（无）'
  return INSTANT.test(value) ? `${dayOf(value)} ${formatClock(value)}` : value
}

interface Listing {
  entries: AuditEntry[]
  next: string | null
}

function AuditTrail({ scope, chain }: { scope: PeopleScope; chain: boolean }) {
  const [kind, setKind] = useState<string | null>(null)
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null)
  const [listing, setListing] = useState<Listing | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const storeKey = scope === 'chain' ? 'chain' : scope.storeId

  const load = useCallback(
    async (after: string | null) => {
      setFailure(null)
      try {
        const page = await fetchAuditPage(scope, { kind, actorUserId: actor?.id ?? null }, after)
        setListing((shown) => ({ entries: [...(after ? shown?.entries ?? [] : []), ...page.entries], next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null }))
      } catch (error) {
        setFailure(toDisplayMessage(error))
      }
    },
    // The scope object is rebuilt each render; its key is what matters.
    [storeKey, kind, actor],
  )
  useEffect(() => {
    setListing(null)
    void load(null)
  }, [load])

  const more = async () => {
    if (!listing?.next) return
    setLoadingMore(true)
    await load(listing.next)
    setLoadingMore(false)
  }

  return (
    <View className='audit'>
      <View className='audit__kinds' role='group' aria-label='类型'>
        {AUDIT_KIND_FILTERS.map((filter) => (
          <Chip key={filter.label} on={filter.kind === kind} onClick={() => setKind(filter.kind)}>
            {filter.label}
          </Chip>
        ))}
      </View>
      {actor && (
        <View className='audit__actor' {...BUTTON} onClick={() => setActor(null)}>
          {`只看 ${actor.name} · 点此显示全部人员`}
        </View>
      )}
      {failure && !listing ? (
        <ErrorState message={failure} onRetry={() => void load(null)} />
      ) : !listing ? (
        <Loading skeleton='rows' />
      ) : listing.entries.length === 0 ? (
        <Empty text={kind || actor ? '没有符合条件的记录' : '还没有操作记录'} actionText={kind || actor ? '查看全部' : undefined} onAction={() => { setKind(null); setActor(null) }} />
      ) : (
        <>
          {listing.entries.map((entry) => (
            <View key={entry.id} className='staff-card audit__entry' data-testid='audit-entry'>
              <View className='audit__head'>
                <Tag tone='muted'>{entry.kindLabel}</Tag>
                <Text className='audit__when'>{`${dayOf(entry.at)} ${formatClock(entry.at)}`}</Text>
              </View>
              <View className='audit__who' {...BUTTON} onClick={() => setActor({ id: entry.actorUserId, name: entry.actorName ?? '该人员' })}>
                {`${entry.actorName ?? '未设置昵称'}${chain ? ` · ${entry.storeName ?? '全部门店'}` : ''}`}
              </View>
              {entry.changes.map((change) => (
                <Text key={change.field} className='audit__change'>
                  {`${AUDIT_FIELD_LABELS[change.field] ?? change.field}：${readable(change.before)} → ${readable(change.after)}`}
                </Text>
              ))}
            </View>
          ))}
          {failure && <Text className='staff__error'>{failure}</Text>}
          {listing.next && (
            <Button block variant='secondary' disabled={loadingMore} onClick={() => void more()}>
              {loadingMore ? '加载中…' : '加载更多'}
            </Button>
          )}
        </>
      )}
    </View>
  )
}
