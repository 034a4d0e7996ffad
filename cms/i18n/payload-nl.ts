/**
 * Corrections to Payload's own Dutch (@payloadcms/translations nl): English left over, wrong
 * words, capitals in the middle of a sentence, "Nieuw(e)" and "je" where the admin says "u".
 * Keys exist in Payload's nl translations (cms/i18n/overrides.test.ts checks).
 */
export const payloadNl = {
  authentication: { passed: 'Authenticatie geslaagd' },
  dashboard: { resetLayout: 'Indeling herstellen' },
  error: {
    insufficientClipboardPermissions: 'Toegang tot het klembord geweigerd. Controleer de klembordrechten van uw browser.',
  },
  fields: {
    addNew: 'Toevoegen',
    addNewLabel: '{{label}} toevoegen',
    addLabel: '{{label}} toevoegen',
    addRelationship: 'Koppeling toevoegen',
    addUpload: 'Bestand toevoegen',
    editRelationship: 'Koppeling bewerken',
    newLabel: '{{label}} toevoegen',
    removeRelationship: 'Koppeling verwijderen',
    removeUpload: 'Bestand verwijderen',
    selectExistingLabel: 'Bestaande {{label}} kiezen',
    swapRelationship: 'Koppeling wisselen',
    swapUpload: 'Ander bestand kiezen',
    uploadNewLabel: '{{label}} uploaden',
  },
  folder: { byFolder: 'Per map', moveFolder: 'Map verplaatsen', newFolder: 'Nieuwe map', noFolder: 'Geen map', renameFolder: 'Map hernoemen' },
  general: {
    aboutToDeleteCount_many: 'U staat op het punt {{count}} {{label}} te verwijderen',
    aboutToDeleteCount_one: 'U staat op het punt {{count}} {{label}} te verwijderen',
    aboutToDeleteCount_other: 'U staat op het punt {{count}} {{label}} te verwijderen',
    createNewLabel: '{{label}} aanmaken',
    creatingNewLabel: '{{label}} aanmaken',
    currentlyEditing:
      'bewerkt dit document op dit moment. Als u het overneemt, kan die persoon niet verder bewerken en gaan niet-opgeslagen wijzigingen mogelijk verloren.',
    deletedAt: 'Verwijderd op',
    // Payload calls both the Live Preview toggle and the preview link "Voorbeeld".
    livePreview: 'Live voorbeeld',
    exitLivePreview: 'Live voorbeeld sluiten',
    newLabel: '{{label}} toevoegen',
    noUpcomingEventsScheduled: 'Er zijn geen publicaties gepland.',
    payloadSettings: 'Instellingen',
    permanentlyDelete: 'Definitief verwijderen',
    resetPreferencesDescription: 'Hiermee zet u al uw voorkeuren terug naar de standaardinstellingen.',
    restoring: 'Herstellen...',
    rows: 'rijen',
    saveChanges: 'Wijzigingen opslaan',
    time: 'Tijdstip',
    upcomingEvents: 'Geplande publicaties',
  },
  localization: { selectedLocales: 'Gekozen talen' },
  upload: { bulkUpload: 'Meerdere bestanden uploaden', dragAndDrop: 'Sleep een bestand hierheen', dragAndDropHere: 'of sleep een bestand hierheen' },
  validation: {
    // "{{count}} {{label}}" gave "minstens 1 Rijen"; this reads right for any count and label.
    requiresAtLeast: 'Voeg er minstens {{count}} toe ({{label}}).',
    requiresNoMoreThan: 'Hier passen hoogstens {{count}} ({{label}}).',
  },
  version: {
    aboutToPublishSelection: 'U staat op het punt alle {{label}} in de selectie te publiceren. Weet u het zeker?',
    aboutToUnpublishSelection: 'U staat op het punt de publicatie van alle {{label}} in de selectie in te trekken. Weet u het zeker?',
    aboutToUnpublishIn: 'U staat op het punt de publicatie van dit document in {{locale}} in te trekken. Weet u het zeker?',
    compareVersions: 'Versies vergelijken',
    currentDraft: 'Huidig concept',
    currentPublishedVersion: 'Huidige gepubliceerde versie',
    noLabelGroup: 'Naamloze groep',
    previousVersion: 'Vorige versie',
    restoredSuccessfully: 'Versie hersteld.',
    type: 'Soort',
    unpublish: 'Publicatie intrekken',
    unpublishedSuccessfully: 'Publicatie ingetrokken.',
    unpublishIn: 'Publicatie intrekken in {{locale}}',
    unpublishing: 'Publicatie intrekken...',
  },
} as const;
