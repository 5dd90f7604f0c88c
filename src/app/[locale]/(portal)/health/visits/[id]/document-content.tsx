import type { TFunction } from "i18next";
import { formatDate } from "@/i18n/format";
import type { Locale } from "@/i18n/settings";
import type { VisitDetail } from "@/server/kanta/patient-data-repository/get-visit";
import { LabTestLink, LabTableHead, LabValueCells } from "../../_components/lab-format";
import { RecordedText } from "../../_components/recorded-text";
import { TableRegion } from "@/components/table-region";

type Doc = VisitDetail["documents"][number];

/** The structured part of a document (diagnoses, results, ...), in the document's language. */
export function DocumentContent({ doc, locale, t }: { doc: Doc; locale: Locale; t: TFunction }) {
  const lang = doc.language;
  return (
    <>
      {doc.diagnoses.length > 0 ? (
        <TableRegion label={t("diagnoses.title")}>
          <table>
            <caption className="visually-hidden">{t("diagnoses.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("diagnoses.code")}</th>
                <th scope="col">{t("diagnoses.name")}</th>
                <th scope="col">{t("diagnoses.permanent")}</th>
              </tr>
            </thead>
            <tbody>
              {doc.diagnoses.map((d) => (
                <tr key={d.id}>
                  <td>{d.icd10}</td>
                  <td lang={lang}>{d.name}</td>
                  <td>{d.permanent ? t("diagnoses.permanentYes") : t("diagnoses.permanentNo")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {doc.labResults.length > 0 ? (
        <TableRegion label={t("lab.title")}>
          <table>
            <caption className="visually-hidden">{t("lab.title")}</caption>
            <LabTableHead t={t} first={t("lab.test")} />
            <tbody>
              {doc.labResults.map((r) => (
                <tr key={r.id}>
                  <td>
                    <LabTestLink locale={locale} testCode={r.testCode} lang={lang}>
                      {r.testName}
                    </LabTestLink>
                  </td>
                  <LabValueCells r={r} t={t} locale={locale} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {doc.imaging.map((i) => (
        <div key={i.id}>
          <p>
            <strong>{t("imaging.study", { modality: i.modality, bodyPart: i.bodyPart })}</strong>
          </p>
          {i.statement ? <RecordedText text={i.statement} lang={lang} /> : null}
        </div>
      ))}
      {doc.risks.map((r) => (
        <p key={r.id} lang={lang}>
          <strong>{r.kind}:</strong> {r.description}
          {r.severity ? ` (${r.severity})` : ""}
        </p>
      ))}
      {doc.vaccinations.map((v) => (
        <p key={v.id}>
          <span lang={lang}>{v.vaccine}</span>, {t("vaccinations.doseN", { n: v.dose })}
          {v.batch ? `, ${t("vaccinations.batchN", { batch: v.batch })}` : ""}
        </p>
      ))}
      {doc.certificates.map((c) => (
        <div key={c.id}>
          <p>
            <strong lang={lang}>{c.title}</strong>
            {c.validUntil
              ? ` · ${t("certificates.validUntil", { date: formatDate(c.validUntil, locale) })}`
              : ""}
          </p>
          <RecordedText text={c.text} lang={lang} />
        </div>
      ))}
    </>
  );
}
