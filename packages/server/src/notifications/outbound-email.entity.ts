import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EmailKind } from './email-kind';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
}

/** One email to deliver (the outbox row); the worker fills in recipient, subject and Message-ID on sending. */
@Entity('outbound_emails')
export class OutboundEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sellerId: string;

  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ type: 'uuid', nullable: true })
  webhookEndpointId: string | null;

  @Column({ type: 'text' })
  kind: EmailKind;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text' })
  status: EmailStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'text', nullable: true })
  toAddress: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
