// The stacking threshold's bounds and default (issue 16: flagged above a tenant threshold, default 50 %).
export const DEFAULT_STACKING_THRESHOLD_PERCENT = 50;
export const MIN_STACKING_THRESHOLD_PERCENT = 1;
export const MAX_STACKING_THRESHOLD_PERCENT = 100;
