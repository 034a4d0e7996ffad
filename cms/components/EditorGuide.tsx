/**
 * The editor's guide at /admin/handleiding (a custom admin view inside the admin's own frame):
 * writing, previewing, scheduling and publishing, and what "Live op de site" means.
 */
import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import { redirect } from 'next/navigation.js';
import type { AdminViewServerProps } from 'payload';
import { publicSiteUrl } from '../publish/site-url.ts';

export function EditorGuide({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult;
  const admin = req.payload.config.routes.admin;
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/handleiding`)}`);
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <style>{'.editor-guide h2 { margin: 1.6em 0 0.4em; } .editor-guide p { margin: 0 0 0.8em; }'}</style>
        <article className="editor-guide" style={{ maxWidth: '46rem', lineHeight: 1.6, paddingBottom: 'calc(var(--base) * 3)' }}>
          <h1>Handleiding voor redacteuren</h1>
          <p>
            In dit CMS schrijft u de praktijkvoorbeelden, expertstukken, verslagen, agenda-items en achtergrondpagina’s van{' '}
            <a href={publicSiteUrl()} target="_blank" rel="noopener">Schoolnabij</a>. Deze pagina legt in het kort uit hoe een stuk van
            eerste zin tot op de site komt.
          </p>

          <h2>Schrijven</h2>
          <p>
            Kies links een soort, bijvoorbeeld <em>Praktijkvoorbeelden</em>, en klik op <strong>Nieuw aanmaken</strong>. Zodra u begint
            te typen, bewaart het CMS uw werk vanzelf als <strong>concept</strong>; u hoeft niets op te slaan. Een concept is alleen
            zichtbaar voor redacteuren en beheerders. Sluit u het formulier zonder iets te typen, dan blijft er niets achter.
          </p>
          <p>
            Velden met een <strong>*</strong> zijn nodig om te publiceren. Onder elk veld staat wat erin hoort; klopt iets niet, dan
            staat de melding bij het veld zelf. De tekst schrijft u in de tekstbewerker: koppen, lijsten, links, afbeeldingen en
            kaders zet u met de knoppen erboven.
          </p>

          <h2>Voorbeeld bekijken</h2>
          <p>
            Met de knop <strong>Voorbeeld</strong> bovenaan ziet u hoe het stuk er op de site uit komt te zien, ook terwijl het nog een
            concept is. Dat voorbeeld ziet alleen u; bezoekers zien het stuk pas als het gepubliceerd en live is.
          </p>

          <h2>Publiceren</h2>
          <p>
            Is het stuk klaar, klik dan op <strong>Publiceer wijzigingen</strong>. Het CMS controleert eerst of alles is ingevuld wat
            de site nodig heeft. Daarna wordt de website opnieuw gebouwd; dat duurt meestal minder dan een minuut. Wijzigt u later
            iets in een gepubliceerd stuk, dan is dat eerst weer een concept: de site toont de gepubliceerde versie tot u opnieuw op
            publiceren klikt. Met <strong>Publicatie ongedaan maken</strong> haalt u een stuk van de site; het blijft als concept in
            het CMS staan.
          </p>

          <h2>Publicatie plannen</h2>
          <p>
            Wilt u een stuk op een later moment laten verschijnen of verdwijnen, kies dan bij de publicatieknop voor{' '}
            <strong>Publicatie plannen</strong> en vul datum en tijd in (Nederlandse tijd). Op dat moment publiceert het CMS het stuk
            en bouwt het de site opnieuw. Wat gepland staat, ziet u op het <a href={admin}>dashboard</a> onder{' '}
            <em>Geplande publicaties</em>.
          </p>

          <h2>Wat betekent “Live op de site”?</h2>
          <p>
            Rechts in elk stuk staat onder <strong>Op de site</strong> waar het staat. <em>In de wachtrij</em> of{' '}
            <em>Wordt gebouwd…</em>: uw publicatie is ontvangen en de site wordt gebouwd. <strong>Live op de site sinds …</strong>: de
            site is gebouwd mét deze versie en bezoekers zien haar nu; de link <em>Bekijk op de site</em> opent de pagina.{' '}
            <em>Niet gelukt</em>: de site kon niet worden gebouwd; de melding zegt waarom en welk veld u moet aanpassen. Daarna
            publiceert u opnieuw. Hoe de laatste bouw ging, ziet u ook onder <a href={`${admin}/globals/site-status`}>Sitebouw</a>.
          </p>

          <h2>Uw account</h2>
          <p>
            Onder <a href={`${admin}/account`}>Mijn account</a> wijzigt u uw naam, e-mailadres en wachtwoord. Nieuwe redacteuren en
            rollen regelt een beheerder.
          </p>
        </article>
      </Gutter>
    </DefaultTemplate>
  );
}
