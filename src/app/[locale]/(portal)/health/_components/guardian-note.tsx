import type { TFunction } from "i18next";
import { audienceOf } from "@/domain/visibility";
import type { Role } from "@/domain/permissions";

/** V-HEALTH-5/6/7: tell guardians and information-right holders why some data is not listed. */
export function GuardianNote({ t, role }: { t: TFunction; role: Role }) {
  if (audienceOf(role) !== "guardianLike") return null;
  return (
    <p className="notice" data-testid="guardian-note">
      {t("guardianNote")}
    </p>
  );
}
