import { graphql } from '../../graphql';

// The review mutations of the Order Details screen (article: "Things To Do Before Approving /
// Accepting An Order"). Each selects its userErrors and the changed order with the page's own
// fragment, so the cache (and every view of the order) updates from the answer alone.

export const SplitOrderMutation = graphql(`
  mutation SplitOrder($input: SplitOrderInput!) {
    splitOrder(input: $input) {
      order {
        id
        ...OrderDetailsPage_order
      }
      newOrder {
        id
        number
        ...OrderDetailsPage_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** Split by availability: the short quantities, proposed for a new order; nothing changes yet. */
export const ProposeAvailabilitySplitQuery = graphql(`
  query ProposeAvailabilitySplit($orderId: ID!) {
    proposeAvailabilitySplit(orderId: $orderId) {
      proposal {
        lines {
          orderItem {
            id
            sku
            productName
            variantName
            quantity
            lineTotal {
              amount
              currency
            }
          }
          quantity
          stockOnHand
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const UpdateOrderItemQuantityMutation = graphql(`
  mutation UpdateOrderItemQuantity($input: UpdateOrderItemQuantityInput!) {
    updateOrderItemQuantity(input: $input) {
      order {
        id
        ...OrderDetailsPage_order
      }
      orderItem {
        id
        quantity
        lineTotal {
          amount
          currency
        }
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RemoveOrderItemMutation = graphql(`
  mutation RemoveOrderItem($input: RemoveOrderItemInput!) {
    removeOrderItem(input: $input) {
      order {
        id
        version
        ...OrderDetailsPage_order
      }
      removedOrderItemId
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const AcceptOrderMutation = graphql(`
  mutation AcceptOrder($input: AcceptOrderInput!) {
    acceptOrder(input: $input) {
      order {
        id
        ...OrderDetailsPage_order
      }
      customer {
        id
        name
        email
        paymentTermsDays
        paymentTermsLabel
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const RejectOrderMutation = graphql(`
  mutation RejectOrder($input: RejectOrderInput!) {
    rejectOrder(input: $input) {
      order {
        id
        ...OrderDetailsPage_order
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
