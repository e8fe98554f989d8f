import { graphql } from '../graphql';

/**
 * "Save Shipment Info": selects the changed order with the Order Details fragment (its totals now
 * include the shipping cost) and the shipment, so every view of the order updates from the answer.
 */
export const SaveShipmentMutation = graphql(`
  mutation SaveShipment($input: SaveShipmentInput!) {
    saveShipment(input: $input) {
      order {
        id
        total {
          amount
          currency
        }
        ...OrderDetailsPage_order
      }
      shipment {
        id
        ...ShipmentSummary_shipment
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);
