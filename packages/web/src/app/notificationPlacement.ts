/** The navigation's width at `md` and up (AppLayout), which ephemeral notifications sit beside. */
export const NAVBAR_WIDTH = 248;

/** Room the page keeps below its last actions, clear of the bottom-right (split) notification. */
export const NOTIFICATION_CLEARANCE = 120;

/** How long a notification that only confirms what happened stays. */
export const EPHEMERAL_MS = 6_000;
