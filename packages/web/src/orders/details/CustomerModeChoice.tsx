import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** How the buyer becomes a customer: a new customer from the buyer, or one the seller already has. */
export type CustomerMode = 'new' | 'existing';

function ModeCard(props: { value: CustomerMode; icon: ReactNode; title: string; hint: string }) {
  return (
    <Radio.Card value={props.value} p="sm" radius="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <div>
          <Group gap={6} wrap="nowrap">
            {props.icon}
            <Text size="sm" fw={600}>
              {props.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {props.hint}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  );
}

/** "Customer": the two ways, side by side; the second says how many likely matches there are. */
export function CustomerModeChoice(props: {
  mode: CustomerMode;
  onChange: (mode: CustomerMode) => void;
  suggestionCount: number;
}) {
  const count = props.suggestionCount;
  return (
    <Radio.Group
      value={props.mode}
      onChange={(value) => props.onChange(value === 'existing' ? 'existing' : 'new')}
      label="Customer"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={6}>
        <ModeCard
          value="new"
          icon={<IconUserPlus size={16} aria-hidden />}
          title="Create a new customer"
          hint="From the buyer's details"
        />
        <ModeCard
          value="existing"
          icon={<IconUsers size={16} aria-hidden />}
          title="Associate with an existing customer"
          hint={
            count > 0 ? `${count} likely ${count === 1 ? 'match' : 'matches'}` : 'E.g. an account from a trade show'
          }
        />
      </SimpleGrid>
    </Radio.Group>
  );
}
