/**
 * Taro draws View, Text and Button on H5 as custom elements that are neither announced as controls nor
 * reachable with Tab. Spread one of these onto anything tapped (`<View {...BUTTON} onClick=…>`): it
 * gets the role screen readers announce and a place in the Tab order, and `pressWithKeyboard` makes
 * Enter and Space press it. Weapp ignores tabIndex and reads the role.
 */
export const BUTTON = { role: 'button', tabIndex: 0 } as const
/** For what opens another page. */
export const LINK = { role: 'link', tabIndex: 0 } as const
/** A button that picks one of several views (a tab, a filter): says whether it is the one picked. */
export const toggleButton = (pressed: boolean) => ({ ...BUTTON, 'aria-pressed': pressed ? 'true' : 'false' }) as const

/** H5: Enter (and Space, for buttons) on a focused control taps it, as a native button would. */
export function pressWithKeyboard(root: Document): void {
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement
    const role = target.getAttribute?.('role')
    const presses = event.key === 'Enter' ? role === 'button' || role === 'link' : event.key === ' ' && role === 'button'
    if (!presses || target.getAttribute('aria-disabled') === 'true') return
    event.preventDefault()
    target.click()
  })
}
