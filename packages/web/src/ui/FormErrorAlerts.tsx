import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormErrorState } from '../lib/useFormErrors';
import { StaleOrderAlert } from './StaleOrderAlert';

/**
 * Why a form's change was not made, above its buttons: the "this order changed, reload" prompt for
 * STALE_ORDER (where the form can reload), then every message not shown at a field.
 */
export function FormErrorAlerts(props: {
  errors: FormErrorState;
  /** The form's fields: their refusals are shown at the field, not here. */
  fields?: ReadonlyArray<ReadonlyArray<string>>;
  /** Reads the order again; the refusals are forgotten once it is shown as it is now. */
  onReload?: () => Promise<unknown>;
  /** Alerts the seller can close (outside a dialog, where nothing else clears them). */
  onDismiss?: () => void;
}) {
  const { errors, onReload } = props;
  return (
    <>
      {errors.stale && onReload && (
        <StaleOrderAlert
          onReload={async () => {
            await onReload();
            errors.setUserErrors([]);
          }}
        />
      )}
      {errors.messages(props.fields).map((message) => (
        <Alert
          key={message}
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          withCloseButton={props.onDismiss !== undefined}
          closeButtonLabel={props.onDismiss ? 'Dismiss' : undefined}
          onClose={props.onDismiss}
        >
          {message}
        </Alert>
      ))}
    </>
  );
}
