import { Text, View } from '@tarojs/components'

export default function Member() {
  return (
    <View className='placeholder-page'>
      <Text>会员码与积分即将上线</Text>
    </View>
  )
}
