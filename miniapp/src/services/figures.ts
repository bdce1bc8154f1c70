import { StaffTodayFiguresDocument, type StaffTodayFiguresQuery } from '@corner/shared-types/client'

import { graphqlClient } from './graphql-client'

export type StoreDayFigures = StaffTodayFiguresQuery['staffTodayFigures']
export type HourFigures = StoreDayFigures['hours'][number]

/** A store manager's figures of today (Asia/Shanghai). */
export const fetchTodayFigures = async (storeId: string): Promise<StoreDayFigures> =>
  (await graphqlClient.request(StaffTodayFiguresDocument, { storeId })).staffTodayFigures
