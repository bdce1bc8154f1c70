import { Text, View } from '@tarojs/components'

export default function Profile() {
  return (
    <View className='placeholder-page'>
      <Text>登录后查看订单与地址</Text>
    </View>
  )
}
