export default definePageConfig({
  navigationBarTitleText: '总部',
})
