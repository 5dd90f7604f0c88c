import "server-only";
import { getPrisma } from "@/server/db";

/** D-2: service announcements in force now. */
export async function activeAnnouncements(at: Date) {
  return getPrisma().serviceAnnouncement.findMany({
    where: { startsAt: { lte: at }, OR: [{ endsAt: null }, { endsAt: { gt: at } }] },
    orderBy: { startsAt: "desc" },
    select: { id: true, severity: true, textFi: true, textSv: true, textEn: true, startsAt: true },
    take: 5,
  });
}
