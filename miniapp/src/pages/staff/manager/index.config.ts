export default definePageConfig({
  navigationBarTitleText: '店长工作台',
})
