import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/** What the primary action does: agree (accept, mark paid), undo or delete, or anything else. */
export type DialogActionTone = 'confirm' | 'danger' | 'neutral';

const TONE_COLOR: Readonly<Record<DialogActionTone, string | undefined>> = {
  confirm: 'green',
  danger: 'red',
  neutral: undefined,
};

/**
 * The buttons at the bottom of a dialog: the way out ("Cancel" unless the dialog names it), then its
 * primary action. While the action runs it shows a loader and the way out waits for it.
 */
export function DialogFooter(props: {
  action: string;
  /** Without it, the action submits the dialog's form. */
  onAction?: () => void;
  icon?: ReactNode;
  tone?: DialogActionTone;
  loading?: boolean;
  disabled?: boolean;
  /** A dialog with nothing left to decide (a result, a secret shown once) has only its action. */
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <Group justify="flex-end" gap="sm">
      {props.onCancel && (
        <Button variant="default" onClick={props.onCancel} disabled={props.loading}>
          {props.cancelLabel ?? 'Cancel'}
        </Button>
      )}
      <Button
        type={props.onAction ? 'button' : 'submit'}
        onClick={props.onAction}
        color={TONE_COLOR[props.tone ?? 'neutral']}
        leftSection={props.icon}
        loading={props.loading}
        disabled={props.disabled}
      >
        {props.action}
      </Button>
    </Group>
  );
}
