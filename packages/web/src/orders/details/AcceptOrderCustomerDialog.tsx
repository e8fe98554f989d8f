import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, Skeleton, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { evictOrderLists } from '../evictOrderLists';
import { CustomerModeChoice, type CustomerMode } from './CustomerModeChoice';
import type { CustomerOption } from './CustomerPicker';
import { EXISTING_CUSTOMER_FIELD, ExistingCustomerChoice } from './ExistingCustomerChoice';
import {
  DEFAULT_PAYMENT_TERMS_DAYS,
  NEW_CUSTOMER_FIELDS,
  NewCustomerFields,
  type NewCustomerDraft,
} from './NewCustomerFields';
import { AcceptOrderMutation } from './reviewMutations';
import { ActionForm } from '../../ui/ActionForm';
import type { OrderDialogProps } from './orderDialogProps';

const AcceptOrderCustomerDialogQuery = graphql(`
  query AcceptOrderCustomerDialog($orderId: ID!) {
    order(id: $orderId) {
      id
      buyer {
        id
        companyName
        contactName
        email
      }
      customerSuggestions {
        id
        name
        email
        paymentTermsLabel
      }
    }
  }
`);

/**
 * "A Note for Ungated Brands": the buyer has no relationship with the seller yet, so accepting asks
 * to either create a new customer from the buyer or associate the buyer with an existing customer.
 */
export function AcceptOrderCustomerDialog(
  props: OrderDialogProps & { onAccepted: (customer: { name: string }) => void },
) {
  const { data, loading: loadingBuyer } = useQuery(AcceptOrderCustomerDialogQuery, {
    variables: { orderId: props.orderId },
    skip: !props.opened,
    fetchPolicy: 'network-only',
  });
  const order = data?.order ?? null;
  const suggestions = order?.customerSuggestions ?? [];

  const [accept, { loading }] = useMutation(AcceptOrderMutation, {
    update(cache, { data: result }) {
      if (result?.acceptOrder.order) evictOrderLists(cache);
    },
  });

  const [modeChoice, setModeChoice] = useState<CustomerMode | null>(null);
  const [draftChoice, setDraftChoice] = useState<NewCustomerDraft | null>(null);
  const [selected, setSelected] = useState<CustomerOption | null>(null);
  const errors = useFormErrors();

  // Likely matches make associating the natural first choice; otherwise a new customer.
  const mode: CustomerMode = modeChoice ?? (suggestions.length > 0 ? 'existing' : 'new');
  // The new customer starts as the buyer: company name, buyer email, Net 30.
  const draft: NewCustomerDraft = draftChoice ?? {
    name: order?.buyer.companyName ?? '',
    email: order?.buyer.email ?? '',
    paymentTermsDays: DEFAULT_PAYMENT_TERMS_DAYS,
  };
  const editDraft = (patch: Partial<NewCustomerDraft>) => {
    setDraftChoice({ ...draft, ...patch });
    errors.setUserErrors([]);
  };

  const reset = () => {
    setModeChoice(null);
    setDraftChoice(null);
    setSelected(null);
    errors.clear();
  };

  const close = () => {
    if (loading) return;
    reset();
    props.onClose();
  };

  const submit = async () => {
    if (loading || !order) return;
    errors.clearFailure();
    if (mode === 'existing' && !selected) {
      errors.setUserErrors([
        {
          code: 'CUSTOMER_REQUIRED',
          field: ['input', 'customer', 'existingCustomerId'],
          message: 'Choose the customer to associate the buyer with.',
        },
      ]);
      return;
    }
    const terms = typeof draft.paymentTermsDays === 'number' ? draft.paymentTermsDays : Number.NaN;
    if (mode === 'new' && !Number.isInteger(terms)) {
      errors.setUserErrors([
        {
          code: 'INVALID_CUSTOMER',
          field: ['input', 'customer', 'createNew', 'paymentTermsDays'],
          message: 'Enter the payment terms in whole days (0 = due on receipt).',
        },
      ]);
      return;
    }
    errors.setUserErrors([]);
    try {
      const { data: result } = await accept({
        variables: {
          input: {
            orderId: props.orderId,
            expectedVersion: props.version,
            customer:
              mode === 'existing' && selected
                ? { existingCustomerId: selected.id }
                : { createNew: { name: draft.name.trim(), email: draft.email.trim(), paymentTermsDays: terms } },
          },
        },
      });
      const payload = result?.acceptOrder;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.order) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      reset();
      props.onAccepted({ name: payload.customer?.name ?? '' });
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={`Accept Order #${props.orderNumber}`}
      centered
      size="lg"
      closeOnClickOutside={!loading}
    >
      {!order ? (
        <Stack gap="sm" aria-busy={loadingBuyer} aria-label="Loading the buyer">
          <Skeleton height={16} width="80%" />
          <Skeleton height={60} />
          <Skeleton height={120} />
        </Stack>
      ) : (
        <ActionForm onSubmit={submit}>
          <Text size="sm">
            <Text span fw={600} size="sm">
              {order.buyer.companyName}
            </Text>{' '}
            ({order.buyer.contactName}, {order.buyer.email}) has no relationship with your brand yet. Before you accept
            the order, create a new customer from the buyer or associate the buyer with a customer you already have.
            Invoices for this order go to that customer.
          </Text>

          <CustomerModeChoice
            mode={mode}
            onChange={(next) => {
              setModeChoice(next);
              errors.setUserErrors([]);
            }}
            suggestionCount={suggestions.length}
          />

          {mode === 'new' ? (
            <NewCustomerFields draft={draft} onChange={editDraft} fieldError={errors.fieldError} />
          ) : (
            <ExistingCustomerChoice
              suggestions={suggestions}
              selected={selected}
              onSelect={(customer) => {
                setSelected(customer);
                errors.setUserErrors([]);
              }}
              error={errors.fieldError(...EXISTING_CUSTOMER_FIELD)}
            />
          )}

          <FormErrorAlerts
            errors={errors}
            fields={[...NEW_CUSTOMER_FIELDS, EXISTING_CUSTOMER_FIELD]}
            onReload={props.onReload}
          />

          <DialogFooter
            action="Accept order"
            icon={<IconCheck size={16} />}
            tone="confirm"
            loading={loading}
            onCancel={close}
          />
        </ActionForm>
      )}
    </Modal>
  );
}
