import { Image, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { Button } from '@/components/Button'
import { Dialog } from '@/components/Dialog'
import { Segmented, type SegmentedOption } from '@/components/Segmented'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { Tag, type TagTone } from '@/components/Tag'
import { Chip } from '@/components/staff/Chip'
import { RoleEditor } from '@/components/staff/RoleEditor'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { toDisplayMessage } from '@/services/errors'
import { usePageParams } from '@/services/navigation'
import {
  createInvitation,
  fetchPeople,
  INVITATION_STATE_LABEL,
  removeStaffMember,
  dayOf,
  revokeInvitation,
  type PeopleScope,
  type StaffPeople,
  type StaffPerson,
} from '@/services/people'
import { qrDataUrl } from '@/utils/qr'

import '@/components/staff/staff.css'
import './index.css'

type Invitation = Awaited<ReturnType<typeof createInvitation>>

const STATE_TONE: Record<string, TagTone> = { OPEN: 'success', USED: 'muted', REVOKED: 'muted', EXPIRED: 'warn' }

/**
 * 人员: who works here, bringing someone in with a one-time invitation QR code, and taking a role
 * away (confirmed). For head office (?scope=chain) the same for chain-wide people.
 */
export default function StaffPeoplePage() {
  const chain = usePageParams().scope === 'chain'
  const [view, setView] = useState<'people' | 'roles'>('people')
  return (
    <StaffLayout tab={chain ? 'hq' : 'manager'}>
      {({ store, run, chainPermissions }) => {
        const people = <People scope={chain ? 'chain' : { storeId: store.storeId }} run={run} />
        // Roles are the chain's: only head office's administrators see and make them.
        if (!chain || !chainPermissions.includes('ROLES_MANAGE')) return people
        return (
          <>
            <Segmented options={VIEWS} value={view} onChange={setView} ariaLabel='人员与角色' className='staff__sections' />
            {view === 'people' ? people : <RoleEditor run={run} />}
          </>
        )
      }}
    </StaffLayout>
  )
}

const VIEWS: Array<SegmentedOption<'people' | 'roles'>> = [
  { value: 'people', label: '人员' },
  { value: 'roles', label: '角色' },
]

function People({ scope, run }: { scope: PeopleScope; run: Run }) {
  const [people, setPeople] = useState<StaffPeople | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [roleKey, setRoleKey] = useState<string | null>(null)
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [removing, setRemoving] = useState<StaffPerson | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const storeKey = scope === 'chain' ? 'chain' : scope.storeId

  const load = useCallback(() => {
    setFailure(null)
    fetchPeople(scope).then(setPeople, (error: unknown) => setFailure(toDisplayMessage(error)))
    // The scope object is rebuilt each render; its key is what matters.
  }, [storeKey])
  useEffect(load, [load])

  if (failure) return <ErrorState message={failure} onRetry={load} />
  if (!people) return <Loading skeleton='rows' />

  const chosenRole = people.staffGrantableRoles.find((role) => role.key === roleKey) ?? people.staffGrantableRoles[0]
  const invite = async () => {
    if (!chosenRole) return
    setNotice(null)
    const created = await run(() => createInvitation(scope, chosenRole.key))
    if (created) {
      setInvitation(created)
      load()
    }
  }
  const remove = async (person: StaffPerson) => {
    setRemoving(null)
    if ((await run(() => removeStaffMember(person.assignmentId))) === null) return
    setNotice(`已移除${person.name ?? '该员工'}，对方将无法再使用员工模式`)
    load()
  }
  const revoke = async (id: string) => {
    if ((await run(() => revokeInvitation(id))) !== null) load()
  }

  return (
    <View className='people'>
            {notice && <View className='staff-notice' role='status'>{notice}</View>}

      <View className='staff-card'>
        <Text className='people__title'>邀请新成员</Text>
        {people.staffGrantableRoles.length === 0 ? (
          <Text className='people__hint'>您的角色不能邀请成员</Text>
        ) : (
          <>
            <View className='people__roles' role='radiogroup' aria-label='角色'>
              {people.staffGrantableRoles.map((role) => (
                <Chip key={role.key} on={role.key === chosenRole?.key} onClick={() => setRoleKey(role.key)}>
                  {role.name}
                </Chip>
              ))}
            </View>
            <Button block size='lg' onClick={() => void invite()}>{`生成「${chosenRole?.name}」邀请码`}</Button>
          </>
        )}
        {invitation && (
          <View className='people__invitation' data-testid='invitation'>
            <Image className='people__qr' src={qrDataUrl(invitation.qrContent)} mode='aspectFit' nativeProps={{ alt: '员工邀请二维码' }} />
            <Text className='people__code'>{invitation.code}</Text>
            <Text className='people__hint'>{`请新成员在「我的 → 员工加入」扫码或输入邀请码，成为${invitation.role.name}。仅可使用一次，${dayOf(invitation.expiresAt)}前有效。邀请码只显示这一次。`}</Text>
          </View>
        )}
      </View>

      <Text className='people__section'>{`成员（${people.staffMembers.length}）`}</Text>
      {people.staffMembers.length === 0 && <Empty text='还没有成员，生成邀请码请同事加入' />}
      {people.staffMembers.map((person) => (
        <View key={person.assignmentId} className='staff-card people__person' data-testid='staff-member'>
          <View className='people__who'>
            <Text className='people__name'>{person.name ?? '未设置昵称'}</Text>
            <Text className='people__meta'>{`${person.phone ?? '未绑定手机'} · ${dayOf(person.since)} 加入`}</Text>
          </View>
          <Tag tone='muted'>{person.role.name}</Tag>
          <Button size='sm' variant='ghost' className='people__remove' onClick={() => setRemoving(person)}>
            移除
          </Button>
        </View>
      ))}

      {people.staffInvitations.length > 0 && <Text className='people__section'>邀请记录</Text>}
      {people.staffInvitations.map((row) => (
        <View key={row.id} className='staff-card people__person' data-testid='staff-invitation'>
          <View className='people__who'>
            <Text className='people__name'>{row.role.name}</Text>
            <Text className='people__meta'>
              {row.state === 'USED' ? `${row.usedByName ?? '新成员'} 已加入` : `${row.creatorName ?? ''} 邀请 · ${dayOf(row.expiresAt)}前有效`}
            </Text>
          </View>
          <Tag tone={STATE_TONE[row.state] ?? 'muted'}>{INVITATION_STATE_LABEL[row.state] ?? row.state}</Tag>
          {row.state === 'OPEN' && (
            <Button size='sm' variant='ghost' className='people__remove' onClick={() => void revoke(row.id)}>
              撤销
            </Button>
          )}
        </View>
      ))}

      <Dialog
        open={removing !== null}
        title={`移除${removing?.name ?? '该员工'}？`}
        message={`移除后对方立即无法使用「${removing?.role.name ?? ''}」的员工功能，可以再邀请加入。`}
        confirmText='移除'
        destructive
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </View>
  )
}
