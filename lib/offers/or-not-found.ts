// Pages turn a service's not_found into Next's 404 page; anything else is a real error.
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
