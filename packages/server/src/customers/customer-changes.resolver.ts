import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../auth/api-key-scope';
import type { Outcome } from '../common/refusal';
import { requireViewer, type Context } from '../graphql/context';
import { CustomerBuyerInput, UpdateCustomerInput } from './customer.inputs';
import type { Customer } from './customer.entity';
import { CustomerPayload } from './customer-payload';

const payload = async (outcome: Promise<Outcome<Customer>>): Promise<CustomerPayload> => {
  const { value, userErrors } = await outcome;
  return { customer: value, userErrors };
};

/** The Customers page's changes; with an API key they need orders:write, like accepting an order. */
@Resolver()
export class CustomerChangesResolver {
  @Mutation(() => CustomerPayload, { description: "Changes a customer's name, email or payment terms." })
  updateCustomer(
    @Arg('input', { description: 'The customer and what to change.' }) input: UpdateCustomerInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerPayload> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    return payload(ctx.services.customerChanges.update(viewer.sellerId, input));
  }

  @Mutation(() => CustomerPayload, {
    description:
      "Links a buyer who ordered from the seller to a customer, so the buyer's next orders are accepted for it. " +
      'Refused when the customer has another buyer or the buyer another customer (unlink first).',
  })
  linkBuyerToCustomer(
    @Arg('input', { description: 'The customer and the buyer to link.' }) input: CustomerBuyerInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerPayload> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    return payload(ctx.services.customerChanges.linkBuyer(viewer.sellerId, input));
  }

  @Mutation(() => CustomerPayload, {
    description: 'Unlinks a buyer from a customer; orders already accepted keep their customer.',
  })
  unlinkBuyerFromCustomer(
    @Arg('input', { description: 'The customer and the buyer to unlink.' }) input: CustomerBuyerInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerPayload> {
    const { viewer } = requireViewer(ctx, ApiKeyScope.ORDERS_WRITE);
    return payload(ctx.services.customerChanges.unlinkBuyer(viewer.sellerId, input));
  }
}
