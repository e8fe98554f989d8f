import { useMutation } from '@apollo/client/react';
import { Checkbox, Modal, Select, Text, Textarea } from '@mantine/core';
import { IconBan, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import type { FragmentType } from '../../graphql';
import type { CancellationReason, CancelOrderInput } from '../../graphql/graphql';
import { useFormErrors } from '../../lib/useFormErrors';
import { readUserErrors, type UserErrorLike } from '../../lib/userErrors';
import { DialogFooter } from '../../ui/DialogFooter';
import { FormErrorAlerts } from '../../ui/FormErrorAlerts';
import { CANCELLATION_REASON_LABEL, CANCELLATION_REASONS } from '../labels';
import { AdjustmentSummary } from './AdjustmentSummary';
import { CancelOrderMutation, type OrderAdjustmentFragment } from './adjustmentMutations';
import { MAX_REJECTION_MESSAGE } from './RejectOrderDialog';
import { evictOrderLists } from '../evictOrderLists';
import { ActionForm } from '../../ui/ActionForm';
import type { OrderDialogProps } from './orderDialogProps';

/**
 * "Cancel Order" after acceptance: why (a message to the buyer, required for "Other"), whether the
 * items go back in stock, and for a shipped order an explicit acknowledgement. "Review cancellation"
 * asks the API for a dry run (invoices voided, refunds) before "Cancel Order" commits it.
 */
export function CancelOrderDialog(
  props: OrderDialogProps & { buyerName: string; shipped: boolean; onCancelled: () => void },
) {
  const [cancel, { loading }] = useMutation(CancelOrderMutation, {
    update(cache, { data }) {
      if (data?.cancelOrder.adjustment?.committed) evictOrderLists(cache);
    },
  });
  const [reason, setReason] = useState<CancellationReason | null>(null);
  const [message, setMessage] = useState('');
  const [restock, setRestock] = useState(true);
  const [acknowledged, setAcknowledged] = useState(false);
  const [preview, setPreview] = useState<FragmentType<typeof OrderAdjustmentFragment> | null>(null);
  const errors = useFormErrors();

  // Any change to the form makes the dry run out of date: review again before cancelling.
  const edited = () => {
    setPreview(null);
    errors.clear();
  };

  const close = () => {
    if (loading) return;
    edited();
    props.onClose();
  };

  const localErrors = (): UserErrorLike[] => {
    const found: UserErrorLike[] = [];
    if (!reason) found.push({ code: 'REQUIRED', field: ['reason'], message: 'Choose a reason.' });
    if (reason === 'OTHER' && !message.trim())
      found.push({ code: 'MESSAGE_REQUIRED', field: ['message'], message: '' });
    if (props.shipped && !acknowledged) {
      found.push({
        code: 'SHIPPED_ORDER',
        field: ['acknowledgeShipped'],
        message: 'This order was shipped: confirm you are cancelling it anyway.',
      });
    }
    return found;
  };

  const submit = async () => {
    if (loading) return;
    errors.clearFailure();
    const local = localErrors();
    if (local.length > 0 || !reason) {
      errors.setUserErrors(local);
      return;
    }
    errors.setUserErrors([]);
    const input: CancelOrderInput = {
      orderId: props.orderId,
      expectedVersion: props.version,
      reason,
      message: message.trim() || null,
      restock,
      acknowledgeShipped: props.shipped && acknowledged,
      preview: preview === null,
    };
    try {
      const { data } = await cancel({ variables: { input } });
      const payload = data?.cancelOrder;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.adjustment) {
        errors.setUserErrors(readUserErrors(payload.userErrors));
        return;
      }
      if (input.preview) {
        setPreview(payload.adjustment);
        return;
      }
      setPreview(null);
      setReason(null);
      setMessage('');
      props.onCancelled();
    } catch (caught) {
      errors.fail(caught);
    }
  };

  return (
    <Modal opened={props.opened} onClose={close} title={`Cancel Order #${props.orderNumber}`} centered size="lg">
      <ActionForm onSubmit={submit}>
        <Text size="sm">
          {props.buyerName} will receive an email saying the order was cancelled, with the reason and your message.
        </Text>
        <Select
          label="Reason"
          withAsterisk
          placeholder="Why is the order cancelled?"
          data={CANCELLATION_REASONS.map((value) => ({ value, label: CANCELLATION_REASON_LABEL[value] }))}
          value={reason}
          onChange={(value) => {
            setReason(value as CancellationReason | null);
            edited();
          }}
          error={errors.fieldError('reason')}
          comboboxProps={{ withinPortal: true }}
          allowDeselect={false}
        />
        <Textarea
          label="Message to the buyer"
          description={
            reason === 'OTHER' ? 'Required for "Other": tell the buyer why.' : 'Optional: added to the email.'
          }
          required={reason === 'OTHER'}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={MAX_REJECTION_MESSAGE}
          value={message}
          onChange={(event) => {
            setMessage(event.currentTarget.value);
            edited();
          }}
          error={errors.fieldError('message')}
        />
        <Checkbox
          label="Put items back in stock"
          description="The ordered quantities return to your inventory."
          checked={restock}
          onChange={(event) => {
            setRestock(event.currentTarget.checked);
            edited();
          }}
        />
        {props.shipped && (
          <Checkbox
            color="red"
            label="I know this order was shipped and cancel it anyway"
            description="Its shipment info is saved: the goods may already be on their way."
            checked={acknowledged}
            onChange={(event) => {
              setAcknowledged(event.currentTarget.checked);
              edited();
            }}
            error={errors.fieldError('acknowledgeShipped')}
          />
        )}
        {preview && <AdjustmentSummary adjustment={preview} showLines={false} />}
        <FormErrorAlerts
          errors={errors}
          fields={[['reason'], ['message'], ['acknowledgeShipped']]}
          onReload={props.onReload}
        />
        {/* Reviewed first (a dry run), then committed. */}
        <DialogFooter
          action={preview ? 'Cancel Order' : 'Review cancellation'}
          icon={preview ? <IconBan size={16} /> : <IconEye size={16} />}
          tone={preview ? 'danger' : 'neutral'}
          loading={loading}
          onCancel={close}
          cancelLabel="Keep order"
        />
      </ActionForm>
    </Modal>
  );
}
