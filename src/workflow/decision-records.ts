/**
 * Decision records: every non-`none` decision and every action the workflow
 * takes is appended to one bounded Redis stream (`<prefix>:records`,
 * XADD MAXLEN ~ records.max_len). Fields are flat strings: ids, verdict,
 * categories, policy version, actions, mode and timing. Never message text,
 * never an agent's or requester's identity. Zendesk (tags and notes) stays the
 * system of record; the stream is for operators and the metrics pipeline.
 */
import type { Redis } from 'ioredis';
import type { ActionsMode } from '../config/env.js';
import type { Logger } from '../log.js';

export type RecordKind = 'decision' | 'refusal' | 'suspension' | 'approval_rejected' | 'false_positive';

export interface DecisionRecord {
  kind: RecordKind;
  ticketId: string;
  mode: ActionsMode;
  /** What was done: e.g. ["tags", "note", "group", "priority:urgent"], ["notice", "status:solved"]. */
  actions: string[];
  /** written | recovered (found done in Zendesk after an ambiguous failure) | planned (dry-run). */
  outcome: 'written' | 'recovered' | 'planned' | 'skipped';
  eventId?: string;
  decisionId?: string;
  /** The approval's or the mark's audit id (the effect it belongs to). */
  auditId?: string;
  verdict?: string;
  categories?: string[];
  severity?: string;
  policyVersion?: string;
  lang?: string;
  reason?: string;
  /** Milliseconds the job spent until this record. */
  durationMs?: number;
  /** Milliseconds from the event (message time) to this record. */
  sinceEventMs?: number;
}

/** The stream's field list for one record (exported for tests and readers). */
export function recordFields(r: DecisionRecord, at: Date): string[] {
  const f: [string, string | undefined][] = [
    ['v', '1'],
    ['at', at.toISOString()],
    ['kind', r.kind],
    ['ticket_id', r.ticketId],
    ['event_id', r.eventId],
    ['decision_id', r.decisionId],
    ['audit_id', r.auditId],
    ['verdict', r.verdict],
    ['categories', r.categories?.join(',')],
    ['severity', r.severity],
    ['policy_version', r.policyVersion],
    ['lang', r.lang],
    ['actions', r.actions.join(',')],
    ['outcome', r.outcome],
    ['mode', r.mode],
    ['reason', r.reason],
    ['duration_ms', r.durationMs === undefined ? undefined : String(Math.round(r.durationMs))],
    ['since_event_ms', r.sinceEventMs === undefined ? undefined : String(Math.round(r.sinceEventMs))],
  ];
  return f.filter((x): x is [string, string] => x[1] !== undefined && x[1] !== '').flat();
}

export class DecisionRecorder {
  constructor(
    private readonly redis: Redis,
    private readonly streamKey: string,
    private readonly maxLen: number,
    private readonly logger?: Logger,
  ) {}

  /** Appends one record. A failure is logged, never thrown: records must not undo an effect. */
  async append(record: DecisionRecord, at: Date = new Date()): Promise<string | undefined> {
    try {
      const id = await this.redis.xadd(
        this.streamKey,
        'MAXLEN',
        '~',
        String(this.maxLen),
        '*',
        ...recordFields(record, at),
      );
      return id ?? undefined;
    } catch (err) {
      this.logger?.warn(
        { kind: record.kind, ticketId: record.ticketId, err: { message: (err as Error).message } },
        'decision record not stored',
      );
      return undefined;
    }
  }

  /** The newest records, newest first (tests and the admin tools). */
  async latest(count = 100): Promise<Record<string, string>[]> {
    const rows = await this.redis.xrevrange(this.streamKey, '+', '-', 'COUNT', count);
    return rows.map(([id, fields]) => {
      const o: Record<string, string> = { id };
      for (let i = 0; i + 1 < fields.length; i += 2) o[fields[i] as string] = fields[i + 1] as string;
      return o;
    });
  }
}
