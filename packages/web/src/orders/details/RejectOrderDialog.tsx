import { useMutation } from '@apollo/client/react';
import { Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { RejectionReason } from '../../graphql/graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { REJECTION_REASON_LABEL, REJECTION_REASONS } from '../labels';
import { evictOrderLists } from '../evictOrderLists';
import { RejectOrderMutation } from './reviewMutations';
import { ActionForm } from '../../ui/ActionForm';
import type { OrderDialogProps } from './orderDialogProps';

export const MAX_REJECTION_MESSAGE = 2000;

/**
 * "Clicking the red reject button will reject the order. The buyer will receive an email regarding
 * the order you rejected." The seller says why; "Other" needs a message to the buyer.
 */
export function RejectOrderDialog(props: OrderDialogProps & { buyerName: string; onRejected: () => void }) {
  const [reject, { loading }] = useMutation(RejectOrderMutation, {
    update(cache, { data }) {
      if (data?.rejectOrder.order) evictOrderLists(cache);
    },
  });
  const [reason, setReason] = useState<RejectionReason | null>(null);
  const [message, setMessage] = useState('');
  const errors = useFormErrors();
  const [showReasonError, setShowReasonError] = useState(false);

  const messageRequired = reason === 'OTHER';

  const close = () => {
    if (loading) return;
    errors.clear();
    setShowReasonError(false);
    props.onClose();
  };

  const submit = async () => {
    if (loading) return;
    errors.clearFailure();
    if (!reason) {
      setShowReasonError(true);
      return;
    }
    const trimmed = message.trim();
    if (messageRequired && !trimmed) {
      // Said here rather than after a round trip, in the API's words.
      errors.setUserErrors([{ code: 'MESSAGE_REQUIRED', field: ['input', 'message'], message: '' }]);
      return;
    }
    errors.setUserErrors([]);
    try {
      const { data } = await reject({
        variables: {
          input: {
            orderId: props.orderId,
            reason,
            message: trimmed || null,
            expectedVersion: props.version,
          },
        },
      });
      const payload = data?.rejectOrder;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.order) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      setReason(null);
      setMessage('');
      props.onRejected();
    } catch (caught) {
      errors.fail(caught);
    }
  };

  const messageError = errors.fieldError('message');
  const reasonError = errors.fieldError('reason') ?? (showReasonError && !reason ? 'Choose a reason.' : undefined);
  const forgetMissingMessage = () =>
    errors.setUserErrors((current) => current.filter((error) => error.code !== 'MESSAGE_REQUIRED'));

  return (
    <Modal opened={props.opened} onClose={close} title={`Reject Order #${props.orderNumber}`} centered size="lg">
      <ActionForm onSubmit={submit}>
        <Text size="sm">
          {props.buyerName} will receive an email saying the order was not accepted, with the reason and your message.
        </Text>
        <Radio.Group
          label="Reason"
          withAsterisk
          value={reason}
          onChange={(value) => {
            setReason(value as RejectionReason);
            setShowReasonError(false);
            forgetMissingMessage();
          }}
          error={reasonError}
        >
          <Stack gap="xs" mt="xs">
            {REJECTION_REASONS.map((value) => (
              <Radio key={value} value={value} label={REJECTION_REASON_LABEL[value]} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Message to the buyer"
          description={
            messageRequired
              ? 'Required for "Other": tell the buyer why you cannot accept the order.'
              : 'Optional: added to the email.'
          }
          required={messageRequired}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={MAX_REJECTION_MESSAGE}
          value={message}
          onChange={(event) => {
            setMessage(event.currentTarget.value);
            if (messageError) forgetMissingMessage();
          }}
          error={messageError}
        />
        <FormErrorAlerts errors={errors} fields={[['message'], ['reason']]} onReload={props.onReload} />
        <DialogFooter
          action="Reject order"
          icon={<IconX size={16} />}
          tone="danger"
          loading={loading}
          onCancel={close}
        />
      </ActionForm>
    </Modal>
  );
}
