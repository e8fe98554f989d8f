import { Button, Chip, CloseButton, Group, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconAlertTriangle, IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DEADLINE_STATUSES, DEADLINE_STATUS_LABEL } from '../deadlines/labels';
import { PAYMENT_STATUSES, PAYMENT_STATUS_LABEL } from '../labels';
import { BuyerSelect } from './BuyerSelect';
import { hasActiveFilters, OVERDUE_ON, type OrdersListState } from './ordersListParams';

export interface FilterPatch {
  payment?: string | null;
  overdue?: string | null;
  deadline?: string | null;
  sort?: string | null;
  buyer?: string | null;
  from?: string | null;
  to?: string | null;
  search?: string | null;
}

const PAYMENT_OPTIONS = PAYMENT_STATUSES.map((status) => ({ value: status, label: PAYMENT_STATUS_LABEL[status] }));

const DEADLINE_OPTIONS = DEADLINE_STATUSES.map((status) => ({ value: status, label: DEADLINE_STATUS_LABEL[status] }));

const SORT_OPTIONS = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'DEADLINE', label: 'Deadline' },
];

const DAY = 'YYYY-MM-DD';

function rangePresets(): Array<{ value: [string, string]; label: string }> {
  const today = dayjs();
  return [
    { value: [today.format(DAY), today.format(DAY)], label: 'Today' },
    { value: [today.subtract(6, 'day').format(DAY), today.format(DAY)], label: 'Last 7 days' },
    { value: [today.subtract(29, 'day').format(DAY), today.format(DAY)], label: 'Last 30 days' },
    { value: [today.startOf('month').format(DAY), today.format(DAY)], label: 'This month' },
  ];
}

function toDayString(value: string | Date | null): string | null {
  if (value === null) return null;
  return dayjs(value).format(DAY);
}

/** Search, payment status, deadline, overdue, buyer and placed-date filters, and the sort. The URL is the source of truth. */
export function OrderFilters(props: {
  state: OrdersListState;
  buyerLabel: string | null;
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
}) {
  const { state, onChange } = props;

  // The search box and a half-picked date range are edited locally and committed to the URL;
  // when the URL changes underneath (back/forward, "Clear filters"), they follow it.
  const [searchText, setSearchText] = useState(state.search);
  const [syncedSearch, setSyncedSearch] = useState(state.search);
  if (syncedSearch !== state.search) {
    setSyncedSearch(state.search);
    setSearchText(state.search);
  }
  const commitSearch = useDebouncedCallback((text: string) => onChange({ search: text.trim() || null }), 350);

  const urlRange: DatesRangeValue<string> = [state.placedFrom, state.placedTo];
  const [range, setRange] = useState<DatesRangeValue<string>>(urlRange);
  const rangeKey = `${state.placedFrom ?? ''}|${state.placedTo ?? ''}`;
  const [syncedRange, setSyncedRange] = useState(rangeKey);
  if (syncedRange !== rangeKey) {
    setSyncedRange(rangeKey);
    setRange(urlRange);
  }

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        aria-label="Search orders"
        placeholder="Order number or buyer"
        leftSection={<IconSearch size={16} />}
        value={searchText}
        onChange={(event) => {
          setSearchText(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commitSearch.flush();
        }}
        rightSection={
          searchText ? (
            <CloseButton
              size="sm"
              aria-label="Clear search"
              onClick={() => {
                commitSearch.cancel();
                setSearchText('');
                onChange({ search: null });
              }}
            />
          ) : undefined
        }
        style={{ flex: '1 1 180px' }}
        miw={170}
      />
      <Select
        aria-label="Payment status"
        placeholder="Payment status"
        data={PAYMENT_OPTIONS}
        value={state.paymentStatus}
        onChange={(value) => {
          onChange({ payment: value });
        }}
        clearable
        allowDeselect
        comboboxProps={{ withinPortal: true }}
        w={{ base: '100%', sm: 170 }}
      />
      <Select
        aria-label="Deadline"
        placeholder="Deadline"
        data={DEADLINE_OPTIONS}
        value={state.deadlineStatus}
        onChange={(value) => onChange({ deadline: value })}
        clearable
        allowDeselect
        comboboxProps={{ withinPortal: true }}
        w={{ base: '100%', sm: 150 }}
      />
      <Chip
        checked={state.overdue}
        onChange={(checked) => onChange({ overdue: checked ? OVERDUE_ON : null })}
        color="red"
        variant="outline"
        icon={<IconAlertTriangle size={14} />}
        // As tall as the inputs beside it.
        styles={{ label: { height: 36, paddingInline: 12, fontSize: 'var(--mantine-font-size-sm)' } }}
      >
        Overdue
      </Chip>
      <BuyerSelect
        value={state.buyerId}
        selectedLabel={props.buyerLabel}
        onChange={(buyerId) => onChange({ buyer: buyerId })}
      />
      <DatePickerInput
        type="range"
        aria-label="Placed between"
        placeholder="Placed between"
        leftSection={<IconCalendar size={16} />}
        valueFormat="MMM D, YYYY"
        value={range}
        onChange={(value) => {
          const next: DatesRangeValue<string> = [toDayString(value[0]), toDayString(value[1])];
          setRange(next);
          if ((next[0] && next[1]) || (!next[0] && !next[1])) onChange({ from: next[0], to: next[1] });
        }}
        allowSingleDateInRange
        clearable
        maxDate={dayjs().format(DAY)}
        presets={rangePresets()}
        w={{ base: '100%', sm: 210 }}
        popoverProps={{ withinPortal: true }}
      />
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed" component="span" id="orders-sort-label">
          Sort:
        </Text>
        <SegmentedControl
          aria-labelledby="orders-sort-label"
          data={SORT_OPTIONS}
          value={state.sort}
          // Newest is the default: it leaves the URL.
          onChange={(value) => onChange({ sort: value === 'DEADLINE' ? value : null })}
          size="sm"
        />
      </Group>
      {hasActiveFilters(state) && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={props.onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
