import { GraphQLObjectType } from 'graphql';
import { LeanEntity } from '../common/lean-rows';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { entities } from '../db/entities';
import { createEventBus } from './pubsub';
import { READ_MODELS } from './read-models';
import { createSchema } from './schema';

describe('read models (what each field of a row-backed type reads)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('cover every field: a property of the entity, or listed with what it reads', async () => {
    const schema = await createSchema({ pubSub: createEventBus().pubSub });
    for (const [name, model] of Object.entries(READ_MODELS)) {
      const entity = entities.find((e) => e.name === name)!;
      const { properties } = LeanEntity.of(db.dataSource, entity);
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLObjectType);
      const uncovered = Object.keys((type as GraphQLObjectType).getFields()).filter(
        (field) => !properties.has(field) && !(field in model.fields),
      );
      expect({ name, uncovered }).toEqual({ name, uncovered: [] });
      const unknown = [
        ...model.always,
        ...Object.values(model.fields).flatMap((reads) => (reads === '*' ? [] : reads)),
      ];
      expect({ name, unknown: unknown.filter((p) => !properties.has(p)) }).toEqual({ name, unknown: [] });
    }
  });
});
