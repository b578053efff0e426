// POST /api/v1/coupons/{id}/codes/generate queues a job that generates N codes from a pattern (202, listed with the imports).
import { ROLES } from "@/lib/auth/roles";
import { createGenerationJob } from "@/lib/codes/create-generation-job";
import { PatternInput } from "@/lib/codes/pattern";
import { importLinks } from "@/lib/codes/views";
import { apiRoute } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const POST = apiRoute<Params, undefined, typeof PatternInput>(
  { roles: ROLES.write, body: PatternInput },
  async ({ actor, params, body }) => {
    const codesImport = await createGenerationJob(actor, params.id, body);
    const links = importLinks(params.id, codesImport.id);
    return Response.json({ codesImport, links }, { status: 202, headers: { Location: links.self } });
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
