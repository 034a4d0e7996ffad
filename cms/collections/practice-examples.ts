import { articleCollection } from './article-collection.ts';

export const PracticeExamples = articleCollection('practice-examples', {
  description: 'Hoe een school en jeugdhulp samenwerken: wie, voor wie en wat werkte.',
  rows: [['ageMin', 'ageMax']],
  overrides: {
    ageMax: {
      also: (value, sibling) =>
        typeof value === 'number' && typeof sibling.ageMin === 'number' && sibling.ageMin > value
          ? `De leeftijd tot en met moet minstens de leeftijd vanaf (${sibling.ageMin}) zijn.`
          : true,
    },
  },
});
