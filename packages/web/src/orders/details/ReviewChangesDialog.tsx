import { useMutation } from '@apollo/client/react';
import { Modal, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { FragmentType } from '../../graphql';
import type { EditOrderInput } from '../../graphql/graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { AdjustmentSummary } from './AdjustmentSummary';
import { EditOrderMutation, type OrderAdjustmentFragment } from './adjustmentMutations';
import { evictOrderLists } from '../evictOrderLists';
import { ActionForm } from '../../ui/ActionForm';

/** The server's limit on the reason printed on a credit note. */
export const MAX_EDIT_REASON = 500;

/** The edit the seller reviews: what was asked in the dry run and what the API answered. */
export interface ReviewedEdit {
  input: Omit<EditOrderInput, 'preview' | 'reason'>;
  adjustment: FragmentType<typeof OrderAdjustmentFragment>;
}

/**
 * "Review changes": the dry run's consequences, an optional reason (printed on a credit note and
 * shown on the timeline), and "Save changes", which commits exactly the reviewed edit against the
 * order version it was computed from.
 */
export function ReviewChangesDialog(props: {
  review: ReviewedEdit | null;
  orderNumber: number;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [save, { loading }] = useMutation(EditOrderMutation, {
    update(cache, { data }) {
      if (data?.editOrder.order && data.editOrder.adjustment?.committed) evictOrderLists(cache);
    },
  });
  const [reason, setReason] = useState('');
  const errors = useFormErrors();

  const close = () => {
    if (loading) return;
    errors.clear();
    props.onClose();
  };

  const submit = async () => {
    if (loading || !props.review) return;
    errors.clear();
    try {
      const { data } = await save({
        variables: { input: { ...props.review.input, reason: reason.trim() || null, preview: false } },
      });
      const payload = data?.editOrder;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.order) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      setReason('');
      notifications.show({
        color: 'green',
        title: `Order #${props.orderNumber} updated`,
        message: payload.creditNote
          ? `Credit note ${payload.creditNote.displayNumber} was issued.`
          : 'The changes are saved and on the timeline.',
      });
      props.onSaved();
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <Modal
      opened={props.review !== null}
      onClose={close}
      title={`Review changes to Order #${props.orderNumber}`}
      centered
      size="lg"
    >
      {props.review && (
        <ActionForm onSubmit={submit}>
          <AdjustmentSummary adjustment={props.review.adjustment} />
          <Textarea
            label="Reason"
            description="Optional: shown on the timeline and printed on a credit note."
            autosize
            minRows={2}
            maxRows={5}
            maxLength={MAX_EDIT_REASON}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.fieldError('reason')}
          />
          <FormErrorAlerts
            errors={errors}
            fields={[['reason']]}
            onReload={async () => {
              await props.onReload();
              props.onClose();
            }}
          />
          <DialogFooter
            action="Save changes"
            icon={<IconDeviceFloppy size={16} />}
            loading={loading}
            onCancel={close}
            cancelLabel="Back to editing"
          />
        </ActionForm>
      )}
    </Modal>
  );
}
