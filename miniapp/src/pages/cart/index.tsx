import { Text, View } from '@tarojs/components'

export default function Cart() {
  return (
    <View className='placeholder-page'>
      <Text>购物车是空的</Text>
    </View>
  )
}
