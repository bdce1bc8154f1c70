import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Button } from '@/components/Button'
import { toDisplayMessage } from '@/services/errors'
import { openStaffMode, usePageParams } from '@/services/navigation'
import { joinStaff } from '@/services/people'
import { CAN_SCAN, scanCode } from '@/services/staff'
import { resetStaffSession } from '@/services/staff-session'

import '@/components/staff/staff.css'
import './index.css'

/**
 * 员工加入: a new clerk redeems the invitation their manager showed them, by scanning its QR code
 * or typing the 16 characters; afterwards 员工模式 opens at that store.
 */
export default function StaffJoinPage() {
  const [code, setCode] = useState(usePageParams().code ?? '')
  const [joined, setJoined] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const join = async (raw: string) => {
    if (!raw.trim()) return setError('请输入邀请码')
    setBusy(true)
    setError(null)
    try {
      const assignment = await joinStaff(raw)
      resetStaffSession()
      setJoined(assignment.storeId === null ? `已加入总部，角色：${assignment.roleName}` : `已加入门店，角色：${assignment.roleName}`)
    } catch (failure) {
      setError(toDisplayMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  if (joined) {
    return (
      <View className='join'>
        <View className='join__done' role='status'>{joined}</View>
        <Button block size='lg' onClick={() => void openStaffMode()}>进入员工模式</Button>
      </View>
    )
  }
  return (
    <View className='join'>
      <Text className='join__title'>加入门店团队</Text>
      <Text className='join__hint'>请店长或总部在「人员」中生成邀请码，扫码或输入即可加入。邀请码仅可使用一次。</Text>
      {CAN_SCAN && (
        <Button block size='lg' onClick={async () => { const scanned = await scanCode(['qrCode']); if (scanned) await join(scanned) }}>
          扫描邀请二维码
        </Button>
      )}
      <Input
        className='join__input'
        value={code}
        placeholder='输入16位邀请码，如 7K3M-Q9XA-2BHD-R4TN'
        maxlength={40}
        onInput={(event) => setCode(event.detail.value)}
        onConfirm={() => void join(code)}
      />
      {error && <View className='join__error' role='alert'>{error}</View>}
      <Button block size='lg' variant={CAN_SCAN ? 'secondary' : 'primary'} disabled={busy} onClick={() => void join(code)}>
        {busy ? '正在加入…' : '加入'}
      </Button>
    </View>
  )
}
