import { articleCollection } from './article-collection.ts';

export const ConferenceReports = articleCollection('conference-reports', { description: 'Verslagen van congressen en bijeenkomsten.' });
