export default definePageConfig({
  navigationBarTitleText: '员工加入',
})
