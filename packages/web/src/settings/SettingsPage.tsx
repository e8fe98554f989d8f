import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Group, Loader, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { graphql } from '../graphql';
import { failureMessage } from '../lib/requestErrors';
import { readUserErrors, userErrorMessage } from '../lib/userErrors';
import { Page, PageHeader } from '../ui/Page';
import { QueryError } from '../ui/States';
import { WebhooksSection } from './webhooks/WebhooksSection';
import { ApiKeysSection } from './api-keys/ApiKeysSection';
import { ApiDevelopersSection } from './ApiDevelopersSection';
import { DeadlinesSection } from './DeadlinesSection';
import { BusinessDetailsSection } from './BusinessDetailsSection';

const SettingsPageQuery = graphql(`
  query SettingsPage {
    me {
      id
      role
      seller {
        id
        name
        buyerAccessRequiresApproval
        ...DeadlinesSection_seller
        ...BusinessDetailsSection_seller
      }
    }
  }
`);

const UpdateSellerSettingsMutation = graphql(`
  mutation UpdateSellerSettings($input: UpdateSellerSettingsInput!) {
    updateSellerSettings(input: $input) {
      seller {
        id
        buyerAccessRequiresApproval
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** Settings ("Profile Settings" in the article): who may order from the brand; owners also manage webhooks. */
export function SettingsPage() {
  const { data, loading, error, refetch } = useQuery(SettingsPageQuery);
  const [updateSettings, { loading: saving }] = useMutation(UpdateSellerSettingsMutation);
  const descriptionId = useId();

  const me = data?.me;

  const save = async (buyerAccessRequiresApproval: boolean) => {
    if (saving || !me) return;
    const fail = (message: string) => notifications.show({ color: 'red', title: 'Settings not saved', message });
    try {
      const { data: result } = await updateSettings({
        variables: { input: { buyerAccessRequiresApproval } },
        // The switch moves at once; a refusal puts it back.
        optimisticResponse: {
          updateSellerSettings: {
            __typename: 'UpdateSellerSettingsPayload',
            seller: { __typename: 'Seller', id: me.seller.id, buyerAccessRequiresApproval },
            userErrors: [],
          },
        },
      });
      const payload = result?.updateSellerSettings;
      const firstError = readUserErrors(payload?.userErrors ?? [])[0];
      if (firstError) {
        fail(userErrorMessage(firstError));
        return;
      }
      notifications.show({
        color: 'green',
        title: 'Settings saved',
        message: buyerAccessRequiresApproval
          ? 'Buyer access now requires approval: only your approved customers can order.'
          : 'Buyer access no longer requires approval: any buyer can order from you.',
      });
    } catch (caught) {
      fail(failureMessage(caught));
    }
  };

  return (
    <Page>
      <title>Settings · Order Desk</title>
      <PageHeader title="Settings" description={me ? me.seller.name : undefined} />
      {loading && !data ? (
        <Skeleton height={180} radius="md" aria-label="Loading settings" />
      ) : error && !data ? (
        <QueryError title="Could not load your settings" error={error} onRetry={() => void refetch()} />
      ) : me ? (
        <Stack gap="lg">
          <Card component="section" aria-labelledby="profile-settings-title" maw={760}>
            <Stack gap="md">
              <Title order={2} size="h3" id="profile-settings-title">
                Profile Settings
              </Title>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
                <Stack gap={6} style={{ minWidth: 0 }} id={descriptionId}>
                  <Text size="sm" fw={600} component="div">
                    Buyer Access Requires Approval
                  </Text>
                  <Text size="sm" c="dimmed">
                    On: only buyers you have approved as customers can order from you.
                  </Text>
                  <Text size="sm" c="dimmed">
                    Off (ungated): any buyer on the marketplace can order, also without a relationship with your brand.
                    When you accept such an order, you are asked to create a new customer from the buyer or to associate
                    the buyer with one of your existing customers.
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap" mt={2}>
                  {saving && <Loader size={14} aria-label="Saving" />}
                  <Switch
                    size="md"
                    aria-label="Buyer Access Requires Approval"
                    aria-describedby={descriptionId}
                    checked={me.seller.buyerAccessRequiresApproval}
                    onChange={(event) => void save(event.currentTarget.checked)}
                    disabled={me.role !== 'OWNER' || saving}
                    onLabel="ON"
                    offLabel="OFF"
                  />
                </Group>
              </Group>
              {me.role !== 'OWNER' && (
                <Alert color="gray" variant="light" icon={<IconLock size={16} />}>
                  Only owners of {me.seller.name} can change profile settings. Ask an owner if this needs to change.
                </Alert>
              )}
            </Stack>
          </Card>
          <DeadlinesSection seller={me.seller} canEdit={me.role === 'OWNER'} />
          <BusinessDetailsSection seller={me.seller} canEdit={me.role === 'OWNER'} />
          {me.role === 'OWNER' && <ApiDevelopersSection />}
          {me.role === 'OWNER' && <ApiKeysSection />}
        </Stack>
      ) : null}
      {me?.role === 'OWNER' && <WebhooksSection />}
    </Page>
  );
}
