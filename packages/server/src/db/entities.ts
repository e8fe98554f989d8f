import { ApiKey } from '../api-keys/api-key.entity';
import { Session } from '../auth/session.entity';
import { BuyerAddress } from '../buyers/buyer-address.entity';
import { Buyer } from '../buyers/buyer.entity';
import { ProductVariant } from '../catalog/product-variant.entity';
import { Product } from '../catalog/product.entity';
import { Customer } from '../customers/customer.entity';
import { Invoice } from '../invoices/invoice.entity';
import { OutboundEmail } from '../notifications/outbound-email.entity';
import { OrderEvent } from '../orders/order-event.entity';
import { OrderItem } from '../orders/order-item.entity';
import { Order } from '../orders/order.entity';
import { Payment } from '../payments/payment.entity';
import { SellerCounter } from '../sellers/seller-counter.entity';
import { SellerUser } from '../sellers/seller-user.entity';
import { Seller } from '../sellers/seller.entity';
import { Shipment } from '../shipments/shipment.entity';

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
  OutboundEmail,
];
