import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../graphql';
import { failureMessage } from '../lib/requestErrors';
import { fieldErrorMessage, formErrorMessages, readUserErrors, type UserErrorLike } from '../lib/userErrors';

export const DeadlinesSectionSellerFragment = graphql(`
  fragment DeadlinesSection_seller on Seller {
    id
    acceptWithinBusinessDays
    shipWithinBusinessDays
    timeZone
    locale
  }
`);

const UpdateDeadlineSettingsMutation = graphql(`
  mutation UpdateDeadlineSettings($input: UpdateSellerSettingsInput!) {
    updateSellerSettings(input: $input) {
      seller {
        id
        ...DeadlinesSection_seller
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** Locales the dashboard offers (any valid BCP 47 tag the API holds is kept and shown too). */
const LOCALES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'en-US', label: 'English (United States)' },
  { value: 'en-CA', label: 'English (Canada)' },
  { value: 'en-GB', label: 'English (United Kingdom)' },
  { value: 'en-AU', label: 'English (Australia)' },
  { value: 'fr-CA', label: 'Français (Canada)' },
  { value: 'fr-FR', label: 'Français (France)' },
  { value: 'de-DE', label: 'Deutsch (Deutschland)' },
  { value: 'es-ES', label: 'Español (España)' },
  { value: 'es-MX', label: 'Español (México)' },
  { value: 'it-IT', label: 'Italiano (Italia)' },
  { value: 'nl-NL', label: 'Nederlands (Nederland)' },
  { value: 'ja-JP', label: '日本語 (日本)' },
];

function withCurrent(options: ReadonlyArray<{ value: string; label: string }>, current: string) {
  return options.some((option) => option.value === current)
    ? [...options]
    : [{ value: current, label: current }, ...options];
}

function timeZoneOptions(current: string) {
  return withCurrent(
    Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
    current,
  );
}

const FIELDS = ['acceptWithinBusinessDays', 'shipWithinBusinessDays', 'timeZone', 'locale'] as const;

/**
 * "Deadlines": how many business days the seller has to accept an order and to ship it once
 * accepted (weekends skipped, counted in the seller's time zone), and the locale the dashboard
 * formats dates, money and numbers with. Owners edit; staff read.
 */
export function DeadlinesSection(props: {
  seller: FragmentType<typeof DeadlinesSectionSellerFragment>;
  canEdit: boolean;
}) {
  const seller = getFragmentData(DeadlinesSectionSellerFragment, props.seller);
  const [acceptWithin, setAcceptWithin] = useState<number | string>(seller.acceptWithinBusinessDays);
  const [shipWithin, setShipWithin] = useState<number | string>(seller.shipWithinBusinessDays);
  const [timeZone, setTimeZone] = useState(seller.timeZone);
  const [locale, setLocale] = useState(seller.locale);
  const [errors, setErrors] = useState<ReadonlyArray<UserErrorLike>>([]);
  const [update, { loading }] = useMutation(UpdateDeadlineSettingsMutation);

  const changed =
    Number(acceptWithin) !== seller.acceptWithinBusinessDays ||
    Number(shipWithin) !== seller.shipWithinBusinessDays ||
    timeZone !== seller.timeZone ||
    locale !== seller.locale;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !changed) return;
    try {
      const { data } = await update({
        variables: {
          input: {
            acceptWithinBusinessDays: Number(acceptWithin),
            shipWithinBusinessDays: Number(shipWithin),
            timeZone,
            locale,
          },
        },
      });
      const payload = data?.updateSellerSettings;
      if (!payload) return;
      const refusals = readUserErrors(payload.userErrors);
      setErrors(refusals);
      if (refusals.length === 0) {
        notifications.show({
          color: 'green',
          title: 'Deadlines saved',
          message: 'Every order’s deadlines follow them.',
        });
      }
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: 'Deadlines not saved',
        message: failureMessage(caught),
      });
    }
  };

  const fieldError = (field: (typeof FIELDS)[number]) => fieldErrorMessage(errors, field);
  const otherErrors = formErrorMessages(
    errors,
    FIELDS.map((field) => [field]),
  );

  return (
    <Card component="section" aria-labelledby="deadlines-title" maw={760}>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="deadlines-title">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="deadlines-title">
              Deadlines
            </Title>
            <Text size="sm" c="dimmed">
              Marketplace promotions expect orders to be accepted and shipped in time. Business days skip weekends and
              count in your time zone; orders show “Due today”, “At risk” and “Late” from these windows.
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label="Accept within (business days)"
              description="After the order is placed (1–30)"
              min={1}
              max={30}
              allowDecimal={false}
              value={acceptWithin}
              onChange={setAcceptWithin}
              error={fieldError('acceptWithinBusinessDays')}
              disabled={!props.canEdit}
            />
            <NumberInput
              label="Ship within (business days)"
              description="After the order is accepted (1–60)"
              min={1}
              max={60}
              allowDecimal={false}
              value={shipWithin}
              onChange={setShipWithin}
              error={fieldError('shipWithinBusinessDays')}
              disabled={!props.canEdit}
            />
            <Select
              label="Time zone"
              description="Where your business days start and end"
              data={timeZoneOptions(timeZone)}
              value={timeZone}
              onChange={(value) => value && setTimeZone(value)}
              searchable
              allowDeselect={false}
              error={fieldError('timeZone')}
              disabled={!props.canEdit}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label="Locale"
              description="How dates, money and numbers are written"
              data={withCurrent(LOCALES, locale)}
              value={locale}
              onChange={(value) => value && setLocale(value)}
              allowDeselect={false}
              error={fieldError('locale')}
              disabled={!props.canEdit}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          {otherErrors.map((message) => (
            <Text key={message} size="sm" c="red.8" role="alert">
              {message}
            </Text>
          ))}
          {props.canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={loading} disabled={!changed}>
                Save deadlines
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
