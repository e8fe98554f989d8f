import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { messageForCode } from '../../lib/userErrors';
import { CatalogueVariantSelect, type CatalogueVariant } from './CatalogueVariantSelect';
import { parseQuantity } from './ItemQuantityEditor';
import { INVALID_QUANTITY } from './orderEdit';

/** "Add product" while editing an order: a variant of the catalogue and how many, added to the edit. */
export function AddProduct(props: { onAdd: (variant: CatalogueVariant, quantity: number) => void }) {
  const [picked, setPicked] = useState<CatalogueVariant | null>(null);
  const [quantity, setQuantity] = useState('1');
  const [error, setError] = useState<string | undefined>();

  const add = () => {
    const parsed = parseQuantity(quantity);
    if (!picked) {
      setError('Choose a product to add.');
      return;
    }
    if (parsed === null || parsed < 1) {
      setError(messageForCode(INVALID_QUANTITY));
      return;
    }
    props.onAdd(picked, parsed);
    setPicked(null);
    setQuantity('1');
    setError(undefined);
  };

  return (
    <Group align="flex-start" gap="sm" wrap="wrap" role="group" aria-label="Add product">
      <CatalogueVariantSelect
        value={picked}
        onChange={(variant) => {
          setPicked(variant);
          setError(undefined);
        }}
        error={error}
      />
      <TextInput
        label="Quantity"
        aria-label="Quantity to add"
        value={quantity}
        onChange={(event) => setQuantity(event.currentTarget.value)}
        inputMode="numeric"
        w={96}
      />
      <Button variant="light" leftSection={<IconPlus size={16} />} mt={25} onClick={add}>
        Add product
      </Button>
    </Group>
  );
}
