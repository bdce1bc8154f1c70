import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { demoSignIn, isSignedIn, onSessionChange, signIn, signOut } from '@/services/auth'
import { toDisplayMessage } from '@/services/errors'
import { fetchProfile } from '@/services/member'
import { LINK } from '@/components/control'
import { withTabBar } from '@/components/TabBar'
import { openStaffJoin, openStaffMode, ROUTES } from '@/services/navigation'
import { maskPhone } from '@/utils/member'

import './index.css'

type Profile = Awaited<ReturnType<typeof fetchProfile>>

const DEMO_ACCOUNTS = [
  { openid: 'demo-member', label: '演示会员' },
  { openid: 'demo-shopper', label: '演示顾客' },
  { openid: 'demo-clerk-a', label: '店员（人民广场店）' },
  { openid: 'demo-manager-a', label: '店长（人民广场店）' },
  { openid: 'demo-hq-operator', label: '总部运营' },
  { openid: 'demo-hq-admin', label: '总部管理员' },
]

function ProfilePage() {
  const [profile, setProfile] = useState<Profile | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setProfile(await fetchProfile())
      setMessage(null)
    } catch (error) {
      setMessage(toDisplayMessage(error))
    }
  }, [])

  useEffect(() => {
    void load()
    return onSessionChange(() => void load())
  }, [load])

  const asDemo = async (openid: string) => {
    try {
      await demoSignIn(openid)
      await Taro.switchTab({ url: '/pages/member/index' })
    } catch (error) {
      setMessage(toDisplayMessage(error))
    }
  }

  const viewer = profile?.viewer
  return (
    <View className='profile'>
      <View className='profile__head'>
        {viewer ? (
          <>
            <Text className='profile__name'>{viewer.nickname ?? '微信用户'}</Text>
            <Text className='profile__meta'>{viewer.phone ? maskPhone(viewer.phone) : '未绑定手机号'}</Text>
            <Text className='profile__meta'>{viewer.isMember ? '会员' : '尚未开通会员'}</Text>
            {viewer.staff.map((s) => (
              <Text className='profile__meta profile__staff' key={s.storeId ?? 'chain'}>{`${s.storeId === null ? '全部门店' : `门店 ${s.storeId}`} · ${s.roleName}`}</Text>
            ))}
          </>
        ) : (
          <>
            <Text className='profile__name'>未登录</Text>
            <Button className='profile__button' size='mini' onClick={() => void signIn()}>
              登录
            </Button>
          </>
        )}
      </View>
      {viewer && viewer.staff.length > 0 && (
        <Button className='profile__button' onClick={() => void openStaffMode()}>
          员工模式
        </Button>
      )}
      {message && <Text className='profile__error'>{message}</Text>}
      {viewer && isSignedIn() && (
        <Button className='profile__button profile__signout' onClick={() => void signOut()}>
          退出登录
        </Button>
      )}
      {viewer && (
        <View className='profile__join' {...LINK} onClick={() => void openStaffJoin()}>
          门店员工？用邀请码加入
        </View>
      )}
      {profile?.demoLoginEnabled && (
        <View className='profile__demo'>
          <Text className='profile__demo-title'>演示账号（仅开发环境）</Text>
          {DEMO_ACCOUNTS.map((account) => (
            <Button className='profile__button profile__demo-account' key={account.openid} data-openid={account.openid} onClick={() => void asDemo(account.openid)}>
              {account.label}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}

export default withTabBar(ROUTES.profile, ProfilePage)
