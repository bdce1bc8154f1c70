import { Input, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import type { Permission } from '@corner/shared-types/client'

import { Button } from '@/components/Button'
import { ErrorState, Loading } from '@/components/StateView'
import { Tag } from '@/components/Tag'
import { toDisplayMessage } from '@/services/errors'
import { fetchRoles, newRoleKey, saveRole, type StaffRoles } from '@/services/people'

import { Chip } from './Chip'
import type { Run } from './run'
import './RoleEditor.css'

type Role = StaffRoles['staffRoles'][number]

/**
 * 角色: head office's administrators see what each role allows, make a role of their own (a name and
 * the permissions it grants) and change the ones they made; built-in roles are shown, not edited.
 */
export function RoleEditor({ run }: { run: Run }) {
  const [roles, setRoles] = useState<StaffRoles | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ key: string; name: string; permissions: Permission[] } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(() => {
    setFailure(null)
    fetchRoles().then(setRoles, (error: unknown) => setFailure(toDisplayMessage(error)))
  }, [])
  useEffect(load, [load])

  if (failure) return <ErrorState message={failure} onRetry={load} />
  if (!roles) return <Loading skeleton='rows' />
  const nameOf = (permission: Permission) => roles.staffPermissions.find((p) => p.permission === permission)?.name ?? permission

  const toggle = (permission: Permission) =>
    setEditing((draft) => draft && { ...draft, permissions: draft.permissions.includes(permission) ? draft.permissions.filter((p) => p !== permission) : [...draft.permissions, permission] })
  const save = async () => {
    if (!editing) return
    const saved = await run(() => saveRole(editing.key, editing.name, editing.permissions))
    if (!saved) return
    setEditing(null)
    setNotice(`已保存角色「${saved.name}」，持有者下次操作即按新权限`)
    load()
  }
  const edit = (role: Role) => setEditing({ key: role.key, name: role.name, permissions: [...role.permissions] })

  return (
    <View className='roles'>
      {notice && <View className='staff-notice' role='status'>{notice}</View>}
      {roles.staffRoles.map((role) => (
        <View key={role.key} className='staff-card roles__role' data-testid='staff-role'>
          <View className='roles__head'>
            <Text className='roles__name'>{role.name}</Text>
            {role.builtIn ? <Tag tone='muted'>内置</Tag> : <Button size='sm' variant='ghost' onClick={() => edit(role)}>修改</Button>}
          </View>
          <Text className='roles__grants'>{role.permissions.map(nameOf).join('、')}</Text>
        </View>
      ))}
      {editing ? (
        <View className='staff-card' data-testid='role-form'>
          <Text className='roles__label'>角色名称</Text>
          <Input className='roles__input' value={editing.name} placeholder='如 夜班店员' maxlength={12} onInput={(event) => setEditing({ ...editing, name: event.detail.value })} />
          <Text className='roles__label'>可以做什么</Text>
          <View className='roles__grantable'>
            {roles.staffPermissions.map(({ permission, name }) => (
              <Chip key={permission} on={editing.permissions.includes(permission)} onClick={() => toggle(permission)}>
                {name}
              </Chip>
            ))}
          </View>
          <View className='roles__actions'>
            <Button variant='ghost' onClick={() => setEditing(null)}>取消</Button>
            <Button onClick={() => void save()}>保存角色</Button>
          </View>
        </View>
      ) : (
        <Button block variant='secondary' onClick={() => setEditing({ key: newRoleKey(), name: '', permissions: [] })}>
          新建角色
        </Button>
      )}
    </View>
  )
}
