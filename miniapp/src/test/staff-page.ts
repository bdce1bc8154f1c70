import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { SetupServer } from 'msw/node'
import { beforeEach, expect, vi } from 'vitest'

import { resetStaffSession } from '@/services/staff-session'

/**
 * What a staff page sent: the variables of the last request of each operation, and every
 * StaffOrderQueue cursor in order. Each test starts with a fresh staff session (stores refetched).
 */
export function recordStaffRequests(server: SetupServer) {
  const record = { sent: {} as Record<string, unknown>, polls: [] as Array<string | null> }
  server.events.on('request:start', async ({ request }) => {
    // Uploads and downloads are not GraphQL.
    if (!request.url.endsWith('/graphql')) return
    const { operationName, variables } = (await request.clone().json()) as { operationName: string; variables: { cursor?: string | null } }
    record.sent[operationName] = variables
    if (operationName === 'StaffOrderQueue') record.polls.push(variables.cursor ?? null)
  })
  beforeEach(() => {
    record.sent = {}
    record.polls = []
    resetStaffSession()
  })
  return record
}

export const typeInto = (element: Element, value: string) => fireEvent(element, new CustomEvent('input', { detail: { value } }))

/** A staff input by its placeholder. */
export function staffInput(placeholder: string): Element {
  const found = [...document.querySelectorAll('.staff__input')].find((node) => node.getAttribute('placeholder') === placeholder)
  if (!found) throw new Error(`no input「${placeholder}」`)
  return found
}

/** Renders a staff page and waits until the staff session has loaded (the tab bar is up). */
export async function renderStaffPage(page: ReactElement) {
  render(page)
  await waitFor(() => expect(document.querySelector('.staff-tabs')).not.toBeNull(), { timeout: 10_000 })
}

/** vi.waitFor with room for a loaded machine: the default second is too short when tests share it. */
export const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 10_000 })

/** Any field of a page by its placeholder (the counter pages' inputs). */
export function byPlaceholder(placeholder: string): Element {
  const found = document.querySelector(`[placeholder="${placeholder}"]`)
  if (!found) throw new Error(`no field「${placeholder}」`)
  return found
}

const BUTTON = 'taro-button-core, .btn'

/** A design-system Button of the page by its label (tabs and texts with the same words are not buttons). */
export const button = (label: string) => screen.getByText(label, { selector: BUTTON })

/** Confirms the open Dialog with its confirming button. */
export async function confirmDialog(confirmText: string) {
  const dialog = await screen.findByRole('dialog')
  fireEvent.click(within(dialog).getByText(confirmText, { selector: BUTTON }))
}
