// One app instance's scheduler pass in its own process (for the exactly-once test): publishes every
// version due at PUBLISH_AT and prints how many this process published.
import { db } from "@/lib/db/client";
import { publishDueVersions } from "@/lib/versions/publish-due-versions";

const published = await publishDueVersions(new Date(process.env.PUBLISH_AT ?? Date.now()));
await db().$disconnect();
console.log(JSON.stringify({ published }));
