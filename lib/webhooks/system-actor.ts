// The name the audit log shows for what the webhook machinery does by itself (switching an endpoint off).
export const SYSTEM_ACTOR_NAME = "Webhook deliveries";
