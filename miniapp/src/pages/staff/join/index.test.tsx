import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, expect, it, vi } from 'vitest'

import { joinStaffSuccess } from '../../../../../mocks/src/graphql/index.ts'
import { useMswServer } from '@/test/msw'
import { button, byPlaceholder, typeInto } from '@/test/staff-page'

import StaffJoinPage from './index'

vi.mock('@/services/navigation', async (importOriginal) => ({ ...(await importOriginal<object>()), usePageParams: () => ({}) }))
const server = useMswServer()
beforeEach(() => server.use(joinStaffSuccess))

const PLACEHOLDER = '输入16位邀请码，如 7K3M-Q9XA-2BHD-R4TN'

it('says plainly when a code does not work, and joins with the right one', async () => {
  render(<StaffJoinPage />)
  fireEvent.click(button('加入'))
  expect(await screen.findByText('请输入邀请码')).toBeTruthy()

  typeInto(byPlaceholder(PLACEHOLDER), 'AAAA-BBBB-CCCC-DDDD')
  fireEvent.click(button('加入'))
  expect(await screen.findByText('邀请码无效或已过期，请向店长索取新的邀请码')).toBeTruthy()

  typeInto(byPlaceholder(PLACEHOLDER), '7k3m q9xa 2bhd r4tn')
  fireEvent.click(button('加入'))
  expect(await screen.findByText('已加入门店，角色：店员')).toBeTruthy()
  expect(button('进入员工模式')).toBeTruthy()
})
