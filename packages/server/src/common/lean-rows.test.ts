import { Order } from '../order-engine/order.entity';
import { Seller } from '../sellers/seller.entity';
import { startTestApp, type TestApp } from '../test/test-app';
import { Address } from './address';
import { LeanEntity } from './lean-rows';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ config: { runWorker: false } });
});
afterAll(() => app.close());

describe('LeanEntity: entities built from plain rows', () => {
  it('builds an order as TypeORM does: every column converted, its addresses of their class', async () => {
    const db = app.db.dataSource;
    const [accepted] = (await db.query(`SELECT id FROM orders WHERE accepted_at IS NOT NULL LIMIT 1`)) as {
      id: string;
    }[];
    const id = accepted!.id;
    const typeorm = await db.getRepository(Order).findOneByOrFail({ id });
    const lean = await db.transaction((tx) => LeanEntity.of(db, Order).one(tx, 'o', 'o.id = $1', [id]));

    expect(lean).toStrictEqual(typeorm);
    expect(lean).toBeInstanceOf(Order);
    expect(lean!.shippingAddress).toBeInstanceOf(Address);
    expect(lean!.billingAddress).toBeInstanceOf(Address);
    expect(lean!.shippingAddress).not.toBe(lean!.billingAddress);
    // The getters of the class read the converted columns (bigint amounts as numbers).
    expect(lean!.total).toEqual({ amount: typeorm.totalAmount, currency: typeorm.currency });
    expect(typeof lean!.totalAmount).toBe('number');
  });

  it('builds only the properties asked for, and a new instance per row', async () => {
    const db = app.db.dataSource;
    const sellers = LeanEntity.of(db, Seller);
    const plan = sellers.plan('s', ['name', 'address', 'unknownField']);
    const rows = (await db.query(`SELECT ${plan.select} FROM sellers s ORDER BY s.name LIMIT 2`)) as Record<
      string,
      unknown
    >[];
    const [first, second] = rows.map((row) => sellers.hydrate(row, plan));

    expect(first).toBeInstanceOf(Seller);
    expect(Object.keys(first!).sort()).toEqual(['address', 'name']);
    expect(first!.name).toBe(rows[0]!.name);
    expect(first!.address).not.toBe(second!.address);
    expect(second!.name).toBe(rows[1]!.name);
  });

  it('keeps a bounded number of plans: clients choose the selections, and each plan holds a constructor', () => {
    const orders = LeanEntity.of(app.db.dataSource, Order);
    const properties = [...orders.properties];
    const first = orders.plan('bounded', [properties[0]!]);
    expect(orders.plan('bounded', [properties[0]!])).toBe(first);
    // 600 other select lists (the subsets of the other properties numbered 1 to 600), more than are
    // kept: the first plan is built anew.
    const others = properties.slice(1);
    for (let m = 1; m <= 600; m++)
      orders.plan(
        'bounded',
        others.filter((_, bit) => (m >> bit) & 1),
      );
    const rebuilt = orders.plan('bounded', [properties[0]!]);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.select).toBe(first.select);
  });
});
