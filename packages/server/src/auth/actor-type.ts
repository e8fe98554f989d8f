import { registerEnumType } from 'type-graphql';

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
  BUYER = 'BUYER',
}
registerEnumType(ActorType, {
  name: 'ActorType',
  description: 'Who caused a timeline event.',
  valuesConfig: {
    USER: { description: 'A seller user in the dashboard.' },
    API_KEY: { description: "A partner application, by the API key's name." },
    SYSTEM: { description: 'The order desk itself (e.g. a payment settled).' },
    BUYER: { description: 'The buyer on the marketplace.' },
  },
});
