import Taro from '@tarojs/taro'
import {
  JoinMembershipDocument,
  MemberCodeDocument,
  MemberCouponsDocument,
  type MemberCouponState,
  MyMemberCardDocument,
  PointsHistoryDocument,
  ProfileDocument,
  StoredValueHistoryDocument,
} from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

const PAGE_SIZE = 20

export async function fetchMemberCard() {
  return (await graphqlClient.request(MyMemberCardDocument)).myMemberCard
}

/** The code and how long it stays valid, measured on the BFF's clock. */
export async function fetchMemberCode() {
  const data = await graphqlClient.request(MemberCodeDocument)
  return { ...data.memberCode, validForMs: Date.parse(data.memberCode.expiresAt) - Date.parse(data.serverTime) }
}

export type MemberCodeView = Awaited<ReturnType<typeof fetchMemberCode>>

export async function fetchPointsHistory(after: string | null) {
  const card = (await graphqlClient.request(PointsHistoryDocument, { first: PAGE_SIZE, after })).myMemberCard
  return card?.pointsHistory ?? { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }
}

export async function fetchStoredValueHistory(after: string | null) {
  const card = (await graphqlClient.request(StoredValueHistoryDocument, { first: PAGE_SIZE, after })).myMemberCard
  return card?.storedValueHistory ?? { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }
}

export async function fetchMemberCoupons(state: MemberCouponState) {
  return (await graphqlClient.request(MemberCouponsDocument, { state })).myMemberCard?.coupons ?? []
}

export type MemberCouponView = Awaited<ReturnType<typeof fetchMemberCoupons>>[number]

/** phoneCode comes from a getPhoneNumber button (weapp); without it the card opens with no phone. */
export async function joinMembership(phoneCode?: string) {
  return (await graphqlClient.request(JoinMembershipDocument, { phoneCode: phoneCode ?? null })).joinMembership
}

export async function fetchProfile() {
  return graphqlClient.request(ProfileDocument)
}

/** Hides the member code from screenshots and recordings where the platform can (weapp, some devices). */
export function hideFromScreenshots(hidden: boolean): void {
  if (process.env.TARO_ENV !== 'weapp') return
  Taro.setVisualEffectOnCapture({ visualEffect: hidden ? 'hidden' : 'none' }).catch(() => undefined)
}
