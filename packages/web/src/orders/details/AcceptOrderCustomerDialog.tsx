import { useMutation, useQuery } from '@apollo/client/react';
import {
  Group,
  Loader,
  Modal,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { graphql } from '../../graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { evictOrderLists } from '../evictOrderLists';
import { AcceptOrderMutation } from './reviewMutations';

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

const CustomerPickerQuery = graphql(`
  query CustomerPicker($search: String, $first: Int) {
    customers(search: $search, first: $first) {
      id
      name
      email
      paymentTermsLabel
    }
  }
`);

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;
const PICKER_PAGE = 20;

type Mode = 'new' | 'existing';

interface CustomerOption {
  id: string;
  name: string;
  email: string;
  paymentTermsLabel: string;
}

interface NewCustomerDraft {
  name: string;
  email: string;
  paymentTermsDays: number | string;
}

/** Fields of the new-customer form, as the API names them in `field` paths. */
const NEW_FIELDS = [
  ['createNew', 'name'],
  ['createNew', 'email'],
  ['createNew', 'paymentTermsDays'],
] as const;
const EXISTING_FIELD = ['existingCustomerId'] as const;

function CustomerPicker(props: {
  value: string | null;
  picked: CustomerOption | null;
  onChange: (customer: CustomerOption | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // While the input shows the picked customer's name, list everyone rather than that one name.
  const term = props.picked && debounced === props.picked.name ? '' : debounced;
  const { data, previousData, loading } = useQuery(CustomerPickerQuery, {
    variables: { search: term || null, first: PICKER_PAGE },
  });
  const customers = (data ?? previousData)?.customers ?? [];
  const options =
    props.picked && !customers.some((c) => c.id === props.picked?.id) ? [props.picked, ...customers] : customers;
  const byId = new Map(options.map((customer) => [customer.id, customer]));

  return (
    <Select
      label="Search all customers"
      placeholder="Name or email"
      searchable
      clearable
      value={props.value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => props.onChange(id ? (byId.get(id) ?? null) : null)}
      // The API searches (name or email); show its answer as it is.
      filter={({ options: all }) => all}
      data={options.map((customer) => ({ value: customer.id, label: customer.name }))}
      renderOption={({ option }) => {
        const customer = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {customer && (
              <Text size="xs" c="dimmed">
                {customer.email} · {customer.paymentTermsLabel}
              </Text>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage={loading ? 'Searching…' : 'No customer matches'}
      rightSection={loading ? <Loader size={14} /> : undefined}
      error={props.error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * "A Note for Ungated Brands": the buyer has no relationship with the seller yet, so accepting asks
 * to either create a new customer from the buyer or associate the buyer with an existing customer.
 */
export function AcceptOrderCustomerDialog(props: {
  opened: boolean;
  onClose: () => void;
  orderId: string;
  orderNumber: number;
  version: number;
  onAccepted: (customer: { name: string }) => void;
  onReload: () => Promise<unknown>;
}) {
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

  const [modeChoice, setModeChoice] = useState<Mode | null>(null);
  const [draftChoice, setDraftChoice] = useState<NewCustomerDraft | null>(null);
  const [selected, setSelected] = useState<CustomerOption | null>(null);
  const errors = useFormErrors();

  // Likely matches make associating the natural first choice; otherwise a new customer.
  const mode: Mode = modeChoice ?? (suggestions.length > 0 ? 'existing' : 'new');
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
          code: 'CUSTOMER_NOT_SELECTED',
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

  const existingError = errors.fieldError(...EXISTING_FIELD);

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
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack gap="md">
            <Text size="sm">
              <Text span fw={600} size="sm">
                {order.buyer.companyName}
              </Text>{' '}
              ({order.buyer.contactName}, {order.buyer.email}) has no relationship with your brand yet. Before you
              accept the order, create a new customer from the buyer or associate the buyer with a customer you already
              have. Invoices for this order go to that customer.
            </Text>

            <Radio.Group
              value={mode}
              onChange={(value) => {
                setModeChoice(value === 'existing' ? 'existing' : 'new');
                errors.setUserErrors([]);
              }}
              label="Customer"
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={6}>
                <Radio.Card value="new" p="sm" radius="md">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Group gap={6} wrap="nowrap">
                        <IconUserPlus size={16} aria-hidden />
                        <Text size="sm" fw={600}>
                          Create a new customer
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        From the buyer&apos;s details
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
                <Radio.Card value="existing" p="sm" radius="md">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Group gap={6} wrap="nowrap">
                        <IconUsers size={16} aria-hidden />
                        <Text size="sm" fw={600}>
                          Associate with an existing customer
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {suggestions.length > 0
                          ? `${suggestions.length} likely ${suggestions.length === 1 ? 'match' : 'matches'}`
                          : 'E.g. an account from a trade show'}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              </SimpleGrid>
            </Radio.Group>

            {mode === 'new' ? (
              <Stack gap="sm">
                <TextInput
                  label="Customer name"
                  required
                  value={draft.name}
                  onChange={(event) => editDraft({ name: event.currentTarget.value })}
                  error={errors.fieldError(...NEW_FIELDS[0])}
                  maxLength={200}
                />
                <TextInput
                  label="Invoice email"
                  type="email"
                  required
                  value={draft.email}
                  onChange={(event) => editDraft({ email: event.currentTarget.value })}
                  error={errors.fieldError(...NEW_FIELDS[1])}
                />
                <NumberInput
                  label="Payment terms (days)"
                  description={
                    typeof draft.paymentTermsDays === 'number' && draft.paymentTermsDays > 0
                      ? `Net ${draft.paymentTermsDays}: invoices on terms are due ${draft.paymentTermsDays} days after they are issued.`
                      : 'Invoices on terms are due on receipt.'
                  }
                  min={0}
                  max={365}
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft.paymentTermsDays}
                  onChange={(value) => editDraft({ paymentTermsDays: value })}
                  error={errors.fieldError(...NEW_FIELDS[2])}
                  styles={{ wrapper: { maxWidth: 200 } }}
                />
              </Stack>
            ) : (
              <Stack gap="sm">
                {suggestions.length > 0 ? (
                  <Radio.Group
                    label="Likely matches"
                    description="Your customers with the buyer's email, email domain or a similar name."
                    value={selected && suggestions.some((s) => s.id === selected.id) ? selected.id : null}
                    onChange={(id) => {
                      setSelected(suggestions.find((s) => s.id === id) ?? null);
                      errors.setUserErrors([]);
                    }}
                  >
                    <Stack gap="xs" mt={6}>
                      {suggestions.map((customer) => (
                        <Radio.Card key={customer.id} value={customer.id} p="sm" radius="md">
                          <Group wrap="nowrap" gap="sm">
                            <Radio.Indicator />
                            <Stack gap={0} style={{ minWidth: 0 }}>
                              <Text size="sm" fw={600} truncate>
                                {customer.name}
                              </Text>
                              <Text size="xs" c="dimmed" truncate>
                                {customer.email} · {customer.paymentTermsLabel}
                              </Text>
                            </Stack>
                          </Group>
                        </Radio.Card>
                      ))}
                    </Stack>
                  </Radio.Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    None of your customers looks like this buyer. Search for the customer below.
                  </Text>
                )}
                <CustomerPicker
                  value={selected?.id ?? null}
                  picked={selected}
                  onChange={(customer) => {
                    setSelected(customer);
                    errors.setUserErrors([]);
                  }}
                  error={existingError}
                />
              </Stack>
            )}

            <FormErrorAlerts errors={errors} fields={[...NEW_FIELDS, EXISTING_FIELD]} onReload={props.onReload} />

            <DialogFooter
              action="Accept order"
              icon={<IconCheck size={16} />}
              tone="confirm"
              loading={loading}
              onCancel={close}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
