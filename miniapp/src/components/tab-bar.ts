/**
 * H5 draws the tab bar inside the page (50 px, Taro's default), so fixed bars on tab pages sit above
 * it there; weapp draws it outside the page. Pages add a modifier class when this is true.
 */
export const TAB_BAR_INSIDE_PAGE = process.env.TARO_ENV === 'h5'
