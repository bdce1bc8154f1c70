export default definePageConfig({
  navigationBarTitleText: '收银与ERP接入',
})
