import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { StaleOrderAlert } from '../../ui/StaleOrderAlert';

/**
 * Why an order change was refused, inside its dialog: the "this order changed, reload" prompt for
 * STALE_ORDER, then every other message.
 */
export function DialogErrors(props: { stale: boolean; messages: string[]; onReload: () => Promise<unknown> }) {
  return (
    <>
      {props.stale && <StaleOrderAlert onReload={props.onReload} />}
      {props.messages.map((message) => (
        <Alert key={message} color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {message}
        </Alert>
      ))}
    </>
  );
}
