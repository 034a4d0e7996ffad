import { articleCollection } from './article-collection.ts';

export const ExpertPieces = articleCollection('expert-pieces', { description: 'Interviews en bijdragen van experts.' });
