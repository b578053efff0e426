// Documents contract §9 on every POST of the document: the optional Idempotency-Key header, the
// Idempotent-Replayed header on replayed answers, and the 409/422 answers the key can cause. Added
// after generation so no domain's registrar has to repeat it (the hook itself is in apiRoute).
import type { OpenApiDocument } from "@/lib/openapi/document";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH, REPLAYED_HEADER } from "@/lib/idempotency/headers";

type Operation = {
  parameters?: unknown[];
  responses?: Record<string, { headers?: Record<string, unknown>; description?: string; content?: unknown }>;
};

const ERROR_CONTENT = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

export function documentIdempotencyKeys(doc: OpenApiDocument): OpenApiDocument {
  const components = (doc.components ??= {}) as { parameters?: Record<string, unknown>; headers?: Record<string, unknown> };
  components.parameters = {
    ...components.parameters,
    IdempotencyKey: {
      name: IDEMPOTENCY_KEY_HEADER,
      in: "header",
      required: false,
      description: `Makes a retry safe: the first answer below 400 is kept for 24 h and replayed (with ${REPLAYED_HEADER}: true) to the same request with the same key; another request with the key answers 422.`,
      schema: { type: "string", minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
    },
  };
  components.headers = {
    ...components.headers,
    IdempotentReplayed: {
      description: "true when this is the stored answer to an earlier request with the same Idempotency-Key",
      schema: { type: "string", enum: ["true"] },
    },
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const post = (item as { post?: Operation }).post;
    if (!post || !/^\/api\/v[01]\//.test(path)) continue;
    post.parameters = [...(post.parameters ?? []), { $ref: "#/components/parameters/IdempotencyKey" }];
    const responses = (post.responses ??= {});
    for (const [status, response] of Object.entries(responses)) {
      if (/^[23]/.test(status))
        response.headers = { ...response.headers, [REPLAYED_HEADER]: { $ref: "#/components/headers/IdempotentReplayed" } };
    }
    responses["409"] ??= {
      description: "Conflict (also: a request with this Idempotency-Key is still in progress)",
      content: ERROR_CONTENT,
    };
    responses["422"] ??= {
      description: "The Idempotency-Key was used with a different request (causes[0].code idempotency_key_reused)",
      content: ERROR_CONTENT,
    };
  }
  return doc;
}
