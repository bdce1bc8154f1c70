export default definePageConfig({
  navigationBarTitleText: '选择门店',
})
