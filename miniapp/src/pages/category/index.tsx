import { Text, View } from '@tarojs/components'

export default function Category() {
  return (
    <View className='placeholder-page'>
      <Text>商品分类即将上线</Text>
    </View>
  )
}
