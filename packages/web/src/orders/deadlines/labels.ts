import type { DeadlineStatus } from '../../graphql/graphql';

export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['LATE', 'DUE_TODAY', 'AT_RISK', 'ON_TRACK'];

/** The deadline filter's words; the badges say the same. */
export const DEADLINE_STATUS_LABEL: Record<DeadlineStatus, string> = {
  LATE: 'Late',
  DUE_TODAY: 'Due today',
  AT_RISK: 'At risk',
  ON_TRACK: 'On track',
};
