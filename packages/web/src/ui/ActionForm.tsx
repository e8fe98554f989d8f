import { Stack, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A form whose submit (Enter, or its submit button) runs `onSubmit` in place. The API checks the
 * values and its refusals are shown at the fields, so the browser's own checks are off unless the
 * form asks for them.
 */
export function ActionForm(props: {
  onSubmit: () => Promise<void>;
  /** The form's accessible name. */
  label?: string;
  browserChecks?: boolean;
  gap?: MantineSpacing | number;
  children: ReactNode;
}) {
  return (
    <form
      aria-label={props.label}
      noValidate={!props.browserChecks}
      onSubmit={(event) => {
        event.preventDefault();
        void props.onSubmit();
      }}
    >
      <Stack gap={props.gap ?? 'md'}>{props.children}</Stack>
    </form>
  );
}
