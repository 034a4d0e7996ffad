/**
 * The fields the four article collections and pages share (shared/DESIGN.md, "Frontmatter common
 * to the four article collections").
 */
import { COLLECTIONS } from '../vocabulary.ts';
import { date, document, group, image, list, media, optional, reference, sitePath, text, url } from '../field.ts';

export const TITLE_MAX = 140;
export const SUMMARY_MAX = 400;
export const LINK_TITLE_MAX = 200;
export const ATTACHMENT_TITLE_MAX = 200;
export const SEO_TITLE_MAX = 70;
export const SEO_DESCRIPTION_MAX = 160;

export const articleFields = {
  title: text(TITLE_MAX, {
    label: 'Titel',
    help: `De titel boven het artikel en in overzichten (maximaal ${TITLE_MAX} tekens).`,
    doc: 'The title of the page, in listings, feeds and the newsletter. Required.',
  }),
  summary: text(SUMMARY_MAX, {
    multiline: true,
    label: 'Samenvatting',
    help: `Korte samenvatting voor overzichten, zoekmachines, feeds en de nieuwsbrief (maximaal ${SUMMARY_MAX} tekens).`,
    doc: 'One or two sentences for listings, the meta description, feeds and the newsletter. Required.',
  }),
  publishedAt: date({
    label: 'Publicatiedatum',
    help: 'De datum die bij het artikel staat.',
    doc: 'The date shown with the article, YYYY-MM-DD; its year is the search filter "jaar". Required.',
    facet: 'jaar',
  }),
  updatedAt: optional(
    date({
      // Payload keeps its own updatedAt (the last save, changed by every autosave).
      cmsName: 'revisedAt',
      label: 'Bijgewerkt op',
      help: 'Optioneel: de datum van een inhoudelijke herziening, zichtbaar bij het artikel.',
      doc: 'The date of a material revision, YYYY-MM-DD. Optional.',
    }),
  ),
  themes: list(reference('themes'), {
    min: 1,
    minMessage: 'expected at least one theme slug from themes.yaml',
    label: "Thema's",
    help: 'Kies minstens één thema.',
    doc: 'Slugs of content/themes.yaml; at least one. The search filter "thema".',
    facet: 'thema',
  }),
  image: optional(
    image({
      label: 'Afbeelding',
      help: 'Optioneel: de hoofdafbeelding. De alternatieve tekst komt van de afbeelding in Media.',
      doc: 'The main image: src under media/ and alt text (required with src). Optional.',
    }),
  ),
  attachments: optional(
    list(
      group({
        title: text(ATTACHMENT_TITLE_MAX, { label: 'Titel', help: 'De linktekst van de bijlage.', doc: 'The link text.' }),
        src: media({ label: 'Bestand', help: 'Het bestand uit Media (PDF, PowerPoint of afbeelding).', doc: 'The file, under media/.' }),
      }, { label: 'Bijlage' }),
      {
        label: 'Bijlagen',
        help: 'Optioneel: bestanden om te downloaden, zoals een PDF of presentatie.',
        doc: 'Files to download (PDF, PPTX under media/), each with a title. Optional.',
      },
    ),
  ),
  links: optional(
    list(
      group({
        title: text(LINK_TITLE_MAX, { label: 'Titel', help: 'De linktekst.', doc: 'The link text.' }),
        url: url({ label: 'Webadres', help: 'Begint met http:// of https://.', doc: 'An http(s) address.' }),
      }, { label: 'Link' }),
      { label: 'Links', help: 'Optioneel: verwijzingen naar andere websites.', doc: 'Links to other sites, http(s) only. Optional.' },
    ),
  ),
  related: optional(
    list(document(COLLECTIONS), {
      label: 'Gerelateerd',
      help: 'Optioneel: andere artikelen of pagina’s die onder dit artikel worden getoond.',
      doc: 'Other documents shown below this one, as { collection, slug }; each must exist. Optional.',
    }),
  ),
  seoTitle: optional(
    text(SEO_TITLE_MAX, {
      label: 'Titel voor zoekmachines',
      help: `Optioneel: de titel in zoekresultaten en bij gedeelde links (maximaal ${SEO_TITLE_MAX} tekens). Leeg: de titel.`,
      doc: 'The title in search results and link previews; falls back to title. Optional.',
    }),
  ),
  seoDescription: optional(
    text(SEO_DESCRIPTION_MAX, {
      multiline: true,
      label: 'Omschrijving voor zoekmachines',
      help: `Optioneel: de omschrijving in zoekresultaten en bij gedeelde links (maximaal ${SEO_DESCRIPTION_MAX} tekens). Leeg: de samenvatting.`,
      doc: 'The description in search results and link previews; falls back to summary. Optional.',
    }),
  ),
  redirectFrom: optional(
    list(sitePath(), {
      label: 'Oude webadressen',
      help: 'Eerdere paden van dit artikel, bijvoorbeeld /praktijkvoorbeelden/oude-naam/. Wordt automatisch aangevuld als de slug van een gepubliceerd artikel verandert.',
      doc: 'Earlier paths of this page, kept so that old links keep working. Optional.',
    }),
  ),
};
