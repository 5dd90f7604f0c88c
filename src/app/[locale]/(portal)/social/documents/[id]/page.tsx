import { notFound } from "next/navigation";
import { z } from "zod";
import { getT } from "@/i18n/server";
import { formatDateTime } from "@/i18n/format";
import { authorizePage } from "@/server/guard";
import { localeFrom } from "@/server/locale-param";
import { getSocialDocument } from "@/server/kanta/social-client-data-repository/get-social-document";
import { viewerOf } from "@/server/portal-context";
import { PageHeading, portalMetadata } from "@/components/whose-page";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = portalMetadata("social", (t) => [t("document.pageTitle"), t("title")]);

/** One social welfare document, in the language it was recorded in (S-7). Hidden ones are "not found". */
export default async function SocialDocumentPage({ params }: Props) {
  const locale = await localeFrom(params);
  const ctx = await authorizePage(locale, "social.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const doc = await getSocialDocument(viewerOf(ctx), id);
  if (!doc) notFound();
  const t = await getT(locale, "social");

  return (
    <>
      <p>
        <a href={`/${locale}/social`}>{t("document.back")}</a>
      </p>
      <article aria-labelledby="document-title">
        <PageHeading ctx={ctx} id="document-title" lang={doc.language}>
          {doc.title}
        </PageHeading>
        <dl className="fields">
          <dt>{t("documents.type")}</dt>
          <dd>{t(`documentTypes.${doc.type}`)}</dd>
          <dt>{t("document.serviceTask")}</dt>
          <dd>{t(`serviceTasks.${doc.serviceTask}`)}</dd>
          <dt>{t("documents.organisation")}</dt>
          <dd>{doc.organisation}</dd>
          {doc.authorName ? (
            <>
              <dt>{t("document.author")}</dt>
              <dd>{doc.authorName}</dd>
            </>
          ) : null}
          <dt>{t("document.recordedAt")}</dt>
          <dd>{formatDateTime(doc.recordedAt, locale)}</dd>
          <dt>{t("document.language")}</dt>
          <dd>{t(`languages.${doc.language}`)}</dd>
        </dl>
        <h2>{t("document.content")}</h2>
        <div className="lead" lang={doc.language} data-testid="document-content">
          {paragraphs(doc.content).map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </div>
      </article>
    </>
  );
}

/** The recorded text as paragraphs (it is plain text; React escapes it). */
function paragraphs(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
