import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { useFormat } from '../../lib/useFormat';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { Section } from '../../ui/Section';
import { AddProduct } from './AddProduct';
import { EditOrderMutation } from './adjustmentMutations';
import { EditedItemsTable } from './EditedItemsTable';
import { ReviewChangesDialog, type ReviewedEdit } from './ReviewChangesDialog';
import classes from './OrderItems.module.css';
import { addedWith, buildEditInput, EMPTY_DRAFT, shippingText, type OrderEditDraft } from './orderEdit';

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
  const { currencySymbol, display } = useFormat();
  const order = getFragmentData(OrderItemsEditorFragment, props.order);
  const [draft, setDraft] = useState<OrderEditDraft>(EMPTY_DRAFT);
  const errors = useFormErrors();
  const [review, setReview] = useState<ReviewedEdit | null>(null);
  const [preview, { loading }] = useMutation(EditOrderMutation);

  const change = (next: Partial<OrderEditDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    errors.clear();
  };

  const reviewChanges = async () => {
    if (loading) return;
    errors.clearFailure();
    const built = buildEditInput(order, draft, display.locale);
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
      <EditedItemsTable items={order.items} draft={draft} onChange={change} fieldError={errors.fieldError} />

      <Stack gap="md" px="lg" py="md" className={classes.totals}>
        <AddProduct onAdd={(variant, quantity) => change({ added: addedWith(draft.added, variant, quantity) })} />
        <Group justify="flex-end">
          <TextInput
            label="Shipping cost"
            leftSection={<Text size="sm">{currencySymbol(order.shipping.currency)}</Text>}
            value={shippingText(draft, order, display.locale)}
            onChange={(event) => change({ shipping: event.currentTarget.value })}
            inputMode="decimal"
            w={160}
            styles={{ input: { textAlign: 'right' } }}
            error={errors.fieldError('shippingCost')}
          />
        </Group>
        {/* Refusals about a quantity or the shipping cost are shown at that field; the others here. */}
        <FormErrorAlerts
          errors={errors}
          fields={[['shippingCost'], ...order.items.map((item) => ['quantities', item.id])]}
          onReload={props.onReload}
        />
      </Stack>

      <ReviewChangesDialog
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
