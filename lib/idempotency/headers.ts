// The header names and limit of contract §9, shared by the hook and the OpenAPI document.
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const REPLAYED_HEADER = "Idempotent-Replayed";
