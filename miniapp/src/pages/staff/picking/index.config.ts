export default definePageConfig({
  navigationBarTitleText: '拣货',
})
