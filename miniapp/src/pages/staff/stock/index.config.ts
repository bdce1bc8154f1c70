export default definePageConfig({
  navigationBarTitleText: '库存管理',
})
