import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLink, IconX } from '@tabler/icons-react';
import { graphql } from '../graphql';
import { LinkBuyerDialog } from './LinkBuyerDialog';
import { runCustomerChange } from './useCustomerChange';

const UnlinkBuyerMutation = graphql(`
  mutation UnlinkBuyerFromCustomer($input: CustomerBuyerInput!) {
    unlinkBuyerFromCustomer(input: $input) {
      customer {
        id
        ...CustomerSummary_customer
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** The buyer accounts linked to a customer, each with "Unlink"; "Link buyer" when it has none. */
export function CustomerBuyers(props: {
  customerId: string;
  customerName: string;
  buyers: ReadonlyArray<{ id: string; companyName: string }>;
}) {
  const [linkOpened, { open: openLink, close: closeLink }] = useDisclosure(false);
  const [unlink, { loading: unlinking }] = useMutation(UnlinkBuyerMutation);

  const unlinkBuyer = (buyer: { id: string; companyName: string }) =>
    void runCustomerChange(
      async () =>
        (await unlink({ variables: { input: { customerId: props.customerId, buyerId: buyer.id } } })).data
          ?.unlinkBuyerFromCustomer,
      {
        success: {
          title: 'Buyer unlinked',
          message: `${buyer.companyName}’s next order will ask which customer it is for.`,
        },
        failed: 'Buyer not unlinked',
      },
    );

  return (
    <Group gap={6} wrap="wrap">
      {props.buyers.map((buyer) => (
        <Group
          key={buyer.id}
          gap={2}
          wrap="nowrap"
          pl={10}
          pr={2}
          py={2}
          bg="gray.1"
          style={{ borderRadius: 'var(--mantine-radius-xl)' }}
        >
          <Text size="sm" fw={500}>
            {buyer.companyName}
          </Text>
          <Tooltip label="Unlink buyer" withinPortal>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              radius="xl"
              aria-label={`Unlink ${buyer.companyName} from ${props.customerName}`}
              loading={unlinking}
              onClick={() => unlinkBuyer(buyer)}
            >
              <IconX size={12} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {props.buyers.length === 0 && (
        <>
          <Text size="sm" c="dimmed">
            No buyer linked
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconLink size={12} />}
            onClick={openLink}
            aria-label={`Link buyer to ${props.customerName}`}
          >
            Link buyer
          </Button>
        </>
      )}
      <LinkBuyerDialog
        customerId={props.customerId}
        customerName={props.customerName}
        opened={linkOpened}
        onClose={closeLink}
      />
    </Group>
  );
}
