import type Taro from '@tarojs/taro'

const tabBarList = [
  { pagePath: 'pages/index/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/category/index', text: '分类', icon: 'category' },
  { pagePath: 'pages/cart/index', text: '购物车', icon: 'cart' },
  { pagePath: 'pages/member/index', text: '会员', icon: 'member' },
  { pagePath: 'pages/profile/index', text: '我的', icon: 'profile' },
].map(({ pagePath, text, icon }) => ({
  pagePath,
  text,
  iconPath: `assets/tabbar/${icon}.png`,
  selectedIconPath: `assets/tabbar/${icon}-active.png`,
}))

// Location privacy declarations are WeChat concepts; the H5 target has no use for them.
const weappPrivacy: Pick<Taro.Config, 'requiredPrivateInfos' | 'permission'> =
  process.env.TARO_ENV === 'weapp'
    ? {
        requiredPrivateInfos: ['getLocation'],
        permission: {
          'scope.userLocation': { desc: '用于为您推荐附近门店' },
        },
      }
    : {}

export default defineAppConfig({
  pages: [
    ...tabBarList.map((t) => t.pagePath),
    'pages/product/index',
    'pages/search/index',
    'pages/stores/index',
    'pages/location/index',
    'pages/campaign/index',
  ],
  // Checkout and orders are opened from the cart, never at launch: a subpackage keeps them (and
  // what only they import) out of the 2 MB main package. Tab pages must stay in the main package.
  subPackages: [
    { root: 'pages/orders', pages: ['index', 'checkout/index', 'detail/index'] },
    // Staff mode: only staff accounts reach it (from 我的), so shoppers never download it.
    { root: 'pages/staff', pages: ['orders/index', 'picking/index', 'pickup/index', 'till/index', 'stock/index', 'manager/index', 'assist/index', 'hq/index', 'people/index', 'audit/index', 'join/index', 'store-settings/index', 'shelf/index', 'catalog/index', 'campaigns/index', 'marketing/index', 'integrations/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '街角便利',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f5f5',
  },
  // Components are injected when a page renders them, not all at launch (WeChat's 代码质量 check).
  lazyCodeLoading: 'requiredComponents',
  tabBar: {
    // H5 draws it with the pages (components/TabBar) rather than with Taro's web component.
    custom: process.env.TARO_ENV === 'h5',
    color: '#666666',
    selectedColor: '#d7261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabBarList,
  },
  ...weappPrivacy,
})
