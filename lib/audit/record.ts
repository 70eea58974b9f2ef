import 'server-only';
import { auditLog } from '@/db/schema';
import type { Db } from '@/db';

type Insertable = Pick<Db, 'insert'>;

export type AuditEvent = {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/**
 * Records a change. Takes the transaction the change is written in, so that
 * the change and its audit row are stored together or not at all.
 */
export function recordAudit(tx: Insertable, event: AuditEvent): void {
  tx.insert(auditLog)
    .values({
      actorId: event.actorId,
      action: event.action,
      entity: event.entity,
      entityId: String(event.entityId),
      before: event.before ?? null,
      after: event.after ?? null,
    })
    .run();
}
