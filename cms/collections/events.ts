import { articleCollection } from './article-collection.ts';

export const Events = articleCollection('events', {
  description: 'Bijeenkomsten, webinars en congressen.',
  rows: [['startsAt', 'endsAt']],
  overrides: {
    endsAt: {
      also: (value, sibling) =>
        value && sibling.startsAt && Date.parse(String(value)) < Date.parse(String(sibling.startsAt))
          ? 'Het einde mag niet voor het begin liggen.'
          : true,
    },
  },
});
