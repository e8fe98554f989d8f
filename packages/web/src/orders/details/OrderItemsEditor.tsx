import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconEye, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import type { EditOrderInput } from '../../graphql/graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { minorUnitsToInput, parseMoneyInput } from '../../lib/money';
import { messageForCode, readUserErrors, type UserErrorLike } from '../../lib/userErrors';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { EditOrderMutation } from './adjustmentMutations';
import { CatalogueVariantSelect, type CatalogueVariant } from './CatalogueVariantSelect';
import { EditOrderReviewModal, type ReviewedEdit } from './EditOrderReviewModal';
import { parseQuantity } from './ItemQuantityEditor';
import classes from './OrderItems.module.css';
import { Section } from '../../ui/Section';
import { useFormat } from '../../lib/useFormat';

export const OrderItemsEditorFragment = graphql(`
  fragment OrderItemsEditor_order on Order {
    id
    number
    version
    items {
      id
      sku
      productName
      variantName
      unitPrice {
        amount
        currency
      }
      quantity
    }
    shipping {
      amount
      currency
    }
  }
`);

interface AddedLine {
  variant: CatalogueVariant;
  quantity: number;
}

/** The edit as the seller has it so far (texts as typed, checked when reviewing). */
interface Draft {
  quantities: Readonly<Record<string, string>>;
  removed: ReadonlySet<string>;
  added: ReadonlyArray<AddedLine>;
  shipping: string | null;
}

const EMPTY_DRAFT: Draft = { quantities: {}, removed: new Set(), added: [], shipping: null };

const INVALID_QUANTITY = 'INVALID_QUANTITY';

/**
 * "Edit Order" on an accepted order: quantities, removals, added products and the shipping cost are
 * changed here, then "Review changes" asks the API for a dry run of the edit (totals, invoices,
 * credit note, refunds) before anything is saved.
 */
export function OrderItemsEditor(props: {
  order: FragmentType<typeof OrderItemsEditorFragment>;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { formatMoney, currencySymbol } = useFormat();
  const order = getFragmentData(OrderItemsEditorFragment, props.order);
  const currency = order.shipping.currency;
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [picked, setPicked] = useState<CatalogueVariant | null>(null);
  const [pickedQuantity, setPickedQuantity] = useState('1');
  const [addError, setAddError] = useState<string | undefined>();
  const errors = useFormErrors();
  const [review, setReview] = useState<ReviewedEdit | null>(null);
  const [preview, { loading }] = useMutation(EditOrderMutation);

  const change = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }));
    errors.clear();
  };

  const quantityText = (item: { id: string; quantity: number }) => draft.quantities[item.id] ?? String(item.quantity);
  const shippingText = draft.shipping ?? minorUnitsToInput(order.shipping.amount, currency);

  /** The API's input for the draft, or the first field that cannot be sent as typed. */
  const buildInput = (): { input: Omit<EditOrderInput, 'preview' | 'reason'> } | { errors: UserErrorLike[] } => {
    const invalid: UserErrorLike[] = [];
    const quantities: { orderItemId: string; quantity: number }[] = [];
    order.items.forEach((item) => {
      if (draft.removed.has(item.id)) return;
      const quantity = parseQuantity(quantityText(item));
      if (quantity === null || quantity < 1) {
        invalid.push({ code: INVALID_QUANTITY, field: ['quantities', item.id], message: '' });
      } else if (quantity !== item.quantity) {
        quantities.push({ orderItemId: item.id, quantity });
      }
    });
    const shippingCost = parseMoneyInput(shippingText, currency);
    if (shippingCost === null) {
      invalid.push({
        code: 'INVALID_SHIPPING',
        field: ['shippingCost'],
        message: 'Enter the shipping cost, e.g. 15.00.',
      });
    }
    if (invalid.length > 0) return { errors: invalid };
    return {
      input: {
        orderId: order.id,
        expectedVersion: order.version,
        quantities,
        removeItemIds: [...draft.removed],
        addItems: draft.added.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })),
        shippingCost: shippingCost !== order.shipping.amount ? shippingCost : null,
      },
    };
  };

  const addPicked = () => {
    const quantity = parseQuantity(pickedQuantity);
    if (!picked) {
      setAddError('Choose a product to add.');
      return;
    }
    if (quantity === null || quantity < 1) {
      setAddError(messageForCode(INVALID_QUANTITY));
      return;
    }
    const others = draft.added.filter((line) => line.variant.id !== picked.id);
    const existing = draft.added.find((line) => line.variant.id === picked.id);
    change({ added: [...others, { variant: picked, quantity: quantity + (existing?.quantity ?? 0) }] });
    setPicked(null);
    setPickedQuantity('1');
    setAddError(undefined);
  };

  const reviewChanges = async () => {
    if (loading) return;
    errors.clearFailure();
    const built = buildInput();
    if ('errors' in built) {
      errors.setUserErrors(built.errors);
      return;
    }
    errors.setUserErrors([]);
    try {
      const { data } = await preview({ variables: { input: { ...built.input, preview: true } } });
      const payload = data?.editOrder;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.adjustment) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      setReview({ input: built.input, adjustment: payload.adjustment });
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <Section
      title="Edit Order Items"
      id="order-items"
      flush
      actions={
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" size="xs" onClick={props.onDone} disabled={loading}>
            Cancel editing
          </Button>
          <Button size="xs" leftSection={<IconEye size={14} />} loading={loading} onClick={() => void reviewChanges()}>
            Review changes
          </Button>
        </Group>
      }
    >
      <Table.ScrollContainer minWidth={680} type="native">
        <Table layout="fixed" horizontalSpacing="sm" className={classes.table} aria-label="Order items being edited">
          <colgroup>
            <col style={{ width: 112 }} />
            <col />
            <col style={{ width: 92 }} />
            <col style={{ width: 120 }} />
            <col style={{ width: 104 }} />
            <col style={{ width: 56 }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.th}>SKU</Table.Th>
              <Table.Th className={classes.th}>Product</Table.Th>
              <Table.Th className={classes.th} ta="right">
                Unit price
              </Table.Th>
              <Table.Th className={classes.th} ta="right">
                Quantity
              </Table.Th>
              <Table.Th className={classes.th} ta="right">
                Line total
              </Table.Th>
              <Table.Th className={classes.th} aria-label="Remove" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.items.map((item) => {
              const removed = draft.removed.has(item.id);
              const quantity = parseQuantity(quantityText(item));
              return (
                <Table.Tr key={item.id} data-removed={removed || undefined} c={removed ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Text size="sm" ff="monospace" truncate td={removed ? 'line-through' : undefined}>
                      {item.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} lineClamp={2} td={removed ? 'line-through' : undefined}>
                      {item.productName}
                    </Text>
                    {item.variantName && (
                      <Text size="xs" c="dimmed" truncate>
                        {item.variantName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular-nums">
                    {formatMoney(item.unitPrice)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {removed ? (
                      <Text size="sm">Removed</Text>
                    ) : (
                      <TextInput
                        aria-label={`Quantity of ${item.sku}`}
                        value={quantityText(item)}
                        onChange={(event) =>
                          change({ quantities: { ...draft.quantities, [item.id]: event.currentTarget.value } })
                        }
                        inputMode="numeric"
                        size="xs"
                        styles={{ input: { textAlign: 'right' } }}
                        error={errors.fieldError('quantities', item.id)}
                      />
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} className="tabular-nums">
                    {removed || quantity === null
                      ? '—'
                      : formatMoney({ amount: item.unitPrice.amount * quantity, currency: item.unitPrice.currency })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {removed ? (
                      <Tooltip label="Keep this item">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Keep ${item.sku}`}
                          onClick={() => {
                            const next = new Set(draft.removed);
                            next.delete(item.id);
                            change({ removed: next });
                          }}
                        >
                          <IconArrowBackUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Tooltip label="Remove this item">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${item.sku}`}
                          onClick={() => change({ removed: new Set(draft.removed).add(item.id) })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {draft.added.map((line) => (
              <Table.Tr key={line.variant.id} data-added>
                <Table.Td>
                  <Text size="sm" ff="monospace" truncate>
                    {line.variant.sku}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {line.variant.productName}
                  </Text>
                  <Text size="xs" c="green.8">
                    New{line.variant.variantName ? ` · ${line.variant.variantName}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {formatMoney(line.variant.unitPrice)}
                </Table.Td>
                <Table.Td ta="right" className="tabular-nums">
                  {line.quantity}
                </Table.Td>
                <Table.Td ta="right" fw={600} className="tabular-nums">
                  {formatMoney({
                    amount: line.variant.unitPrice.amount * line.quantity,
                    currency: line.variant.unitPrice.currency,
                  })}
                </Table.Td>
                <Table.Td ta="right">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Do not add ${line.variant.sku}`}
                    onClick={() => change({ added: draft.added.filter((other) => other !== line) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Stack gap="md" px="lg" py="md" className={classes.totals}>
        <Group align="flex-start" gap="sm" wrap="wrap" role="group" aria-label="Add product">
          <CatalogueVariantSelect
            value={picked}
            onChange={(variant) => {
              setPicked(variant);
              setAddError(undefined);
            }}
            error={addError}
          />
          <TextInput
            label="Quantity"
            aria-label="Quantity to add"
            value={pickedQuantity}
            onChange={(event) => setPickedQuantity(event.currentTarget.value)}
            inputMode="numeric"
            w={96}
          />
          <Button variant="light" leftSection={<IconPlus size={16} />} mt={25} onClick={addPicked}>
            Add product
          </Button>
        </Group>
        <Group justify="flex-end">
          <TextInput
            label="Shipping cost"
            leftSection={<Text size="sm">{currencySymbol(currency)}</Text>}
            value={shippingText}
            onChange={(event) => change({ shipping: event.currentTarget.value })}
            inputMode="decimal"
            w={160}
            styles={{ input: { textAlign: 'right' } }}
            error={errors.fieldError('shippingCost')}
          />
        </Group>
        {/* Refusals about a field are shown at that field; the others below the table. */}
        <FormErrorAlerts
          errors={errors}
          fields={[['shippingCost'], ...order.items.map((item) => ['quantities', item.id])]}
          onReload={props.onReload}
        />
      </Stack>

      <EditOrderReviewModal
        review={review}
        orderNumber={order.number}
        onClose={() => setReview(null)}
        onSaved={() => {
          setReview(null);
          setDraft(EMPTY_DRAFT);
          props.onDone();
        }}
        onReload={props.onReload}
      />
    </Section>
  );
}
