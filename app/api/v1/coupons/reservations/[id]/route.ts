// GET, DELETE /api/v1/coupons/reservations/{id}: reads a reservation, or releases it (gives everything back once).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { releaseReservation } from "@/lib/reservations/release-reservation";
import { getReservationView } from "@/lib/reservations/reservation-view";

export const GET = apiRoute<{ id: string }>({ roles: ROLES.checkout }, async ({ actor, params }) =>
  json({ reservation: await getReservationView(actor.tenantId, params.id) }),
);

export const DELETE = apiRoute<{ id: string }>({ roles: ROLES.checkout }, async ({ actor, params }) =>
  json({ reservation: await releaseReservation(actor, params.id) }),
);

export const { POST, PUT, PATCH } = otherMethods({ GET, DELETE });
