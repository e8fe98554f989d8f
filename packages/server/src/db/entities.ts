import { ApiKey } from '../api-keys/api-key.entity';
import { Session } from '../auth/session.entity';
import { BuyerAddress } from '../buyers/buyer-address.entity';
import { Buyer } from '../buyers/buyer.entity';
import { ProductVariant } from '../catalog/product-variant.entity';
import { Product } from '../catalog/product.entity';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { Customer } from '../customers/customer.entity';
import { Invoice } from '../invoices/invoice.entity';
import { OutboundEmail } from '../notifications/outbound-email.entity';
import { OrderEvent } from '../order-engine/order-event.entity';
import { OrderItem } from '../order-engine/order-item.entity';
import { Order } from '../order-engine/order.entity';
import { Payment } from '../payments/payment.entity';
import { RefundAttempt } from '../refunds/refund-attempt.entity';
import { Refund } from '../refunds/refund.entity';
import { SellerCounter } from '../sellers/seller-counter.entity';
import { SellerUser } from '../sellers/seller-user.entity';
import { Seller } from '../sellers/seller.entity';
import { Shipment } from '../shipments/shipment.entity';
import { WebhookDeliveryAttempt } from '../webhooks/webhook-delivery-attempt.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';

export const entities = [
  Seller,
  SellerCounter,
  SellerUser,
  Session,
  ApiKey,
  Buyer,
  BuyerAddress,
  Customer,
  Product,
  ProductVariant,
  Order,
  OrderItem,
  OrderEvent,
  Shipment,
  Invoice,
  Payment,
  CreditNote,
  Refund,
  RefundAttempt,
  OutboundEmail,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryAttempt,
];
