import Taro from '@tarojs/taro'

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2000 })
}

/** A yes/no question; true when confirmed. */
export async function confirmDialog(title: string, content: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '再想想' })
  return confirm
}

/** Copies text (e.g. a product link on H5, which has no share sheet) and says so. */
export async function copyText(data: string, done: string): Promise<void> {
  await Taro.setClipboardData({ data })
  toast(done)
}

/** Opens the phone's dialler (联系门店); the shopper confirms the call there. */
export function callPhone(phoneNumber: string): void {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}
