export default definePageConfig({
  navigationBarTitleText: '员工模式',
})
