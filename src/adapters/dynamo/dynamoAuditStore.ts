// Owns the AuditStore on DynamoDB: its own table, one partition per chain (tenant), one item per
// record keyed by its sequence number, written only with a conditional put on a free position, so a
// chain can neither fork nor be overwritten through this code. Nothing here updates or deletes a
// record; retention is the TTL attribute. A registry partition lists the chains for verification.
//
//   pk = CHAIN#<tenantId>   sk = SEQ#<seq, 12 digits>   one audit record
//   pk = CHAINS             sk = <tenantId>             the chain exists (written with its first record)

import {
  ConditionalCheckFailedException,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, MAX_AUDIT_BATCH, type AuditAction, type AuditFilter, type AuditOutcome, type AuditRecord } from '../../domain/audit';
import { LIMITS } from '../../domain/constants';
import type { AuditPage, AuditStore, PageRequest } from '../../domain/ports';
import { ConflictError, ValidationError } from '../../errors';
import { JOB_ATTR } from './keys';

type Item = Record<string, AttributeValue>;

const SEQ_DIGITS = 12;
const REGISTRY_PK = 'CHAINS';
/** Items a filtered page may read before it returns what it has (with a cursor to go on). */
const MAX_SCANNED_PER_PAGE = 2_000;
const QUERY_PAGE = 200;
const CURSOR_VERSION = 1;
const MAX_CURSOR_CHARS = 512;

export const chainPk = (tenantId: string): string => `CHAIN#${tenantId}`;
export const seqSk = (seq: number): string => `SEQ#${String(seq).padStart(SEQ_DIGITS, '0')}`;

export interface DynamoAuditStoreOptions {
  client: DynamoDBClient;
  tableName: string;
}

const s = (v: string): AttributeValue => ({ S: v });
const n = (v: number): AttributeValue => ({ N: String(v) });

export function recordToItem(r: AuditRecord): Item {
  const item: Item = {
    pk: s(chainPk(r.tenantId)),
    sk: s(seqSk(r.seq)),
    tenantId: s(r.tenantId),
    seq: n(r.seq),
    at: s(r.at),
    subject: s(r.actor.subject),
    credentialId: s(r.actor.credentialId),
    roles: { L: r.actor.roles.map(s) },
    action: s(r.action),
    outcome: s(r.outcome),
    prevHash: s(r.prevHash),
    hash: s(r.hash),
  };
  if (r.targetId !== undefined) item.targetId = s(r.targetId);
  if (r.errorCode !== undefined) item.errorCode = s(r.errorCode);
  if (r.ip !== undefined) item.ip = s(r.ip);
  if (r.forwardedFor !== undefined) item.forwardedFor = s(r.forwardedFor);
  if (r.requestId !== undefined) item.requestId = s(r.requestId);
  if (r.detail !== undefined) {
    item.detail = { M: Object.fromEntries(Object.entries(r.detail).map(([k, v]) => [k, typeof v === 'number' ? n(v) : s(v)])) };
  }
  if (r.expiresAtSeconds !== undefined) item[JOB_ATTR.ttl] = n(r.expiresAtSeconds);
  return item;
}

export function itemToRecord(item: Item): AuditRecord {
  const str = (k: string) => item[k]?.S;
  const detail = item.detail?.M;
  return {
    tenantId: str('tenantId') ?? '',
    seq: Number(item.seq?.N ?? 0),
    at: str('at') ?? '',
    actor: { subject: str('subject') ?? '', credentialId: str('credentialId') ?? '', roles: (item.roles?.L ?? []).map((r) => r.S ?? '') },
    action: (str('action') ?? '') as AuditAction,
    outcome: (str('outcome') ?? '') as AuditOutcome,
    prevHash: str('prevHash') ?? '',
    hash: str('hash') ?? '',
    ...(str('targetId') !== undefined ? { targetId: str('targetId') } : {}),
    ...(str('errorCode') !== undefined ? { errorCode: str('errorCode') } : {}),
    ...(str('ip') !== undefined ? { ip: str('ip') } : {}),
    ...(str('forwardedFor') !== undefined ? { forwardedFor: str('forwardedFor') } : {}),
    ...(str('requestId') !== undefined ? { requestId: str('requestId') } : {}),
    ...(detail ? { detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, v.N !== undefined ? Number(v.N) : (v.S ?? '')])) } : {}),
    ...(item[JOB_ATTR.ttl]?.N !== undefined ? { expiresAtSeconds: Number(item[JOB_ATTR.ttl]!.N) } : {}),
  };
}

function fingerprint(filter: AuditFilter): string {
  const normalised = [filter.action ?? null, filter.outcome ?? null, filter.subject ?? null, filter.targetId ?? null, filter.from?.toISOString() ?? null, filter.to?.toISOString() ?? null];
  return createHash('sha256').update(JSON.stringify(normalised)).digest('base64url').slice(0, 12);
}

function encodeCursor(seq: number, f: string): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, seq, f }), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, f: string): number {
  const invalid = () => new ValidationError('Malformed cursor', { argument: 'after' });
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let c: { v?: unknown; seq?: unknown; f?: unknown } | null;
  try {
    c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof c;
  } catch {
    throw invalid();
  }
  if (typeof c !== 'object' || c === null || c.v !== CURSOR_VERSION || !Number.isSafeInteger(c.seq) || (c.seq as number) < 1) throw invalid();
  if (c.f !== f) throw new ValidationError('Cursor was issued for a different filter', { argument: 'after' });
  return c.seq as number;
}

export class DynamoAuditStore implements AuditStore {
  private readonly client: DynamoDBClient;
  private readonly table: string;

  constructor(options: DynamoAuditStoreOptions) {
    this.client = options.client;
    this.table = options.tableName;
  }

  async latest(chain: string): Promise<AuditRecord | undefined> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :seq)',
        ExpressionAttributeValues: { ':pk': s(chainPk(chain)), ':seq': s('SEQ#') },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return Items?.[0] ? itemToRecord(Items[0]) : undefined;
  }

  async append(records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    if (records.length > MAX_AUDIT_BATCH || records.some((r, i) => r.tenantId !== records[0].tenantId || r.seq !== records[0].seq + i)) {
      throw new Error('An audit batch is 1-25 consecutive records of one chain');
    }
    // Each position must be free: this is what stops two writers from forking the chain.
    const puts: TransactWriteItem[] = records.map((r) => ({ Put: { TableName: this.table, Item: recordToItem(r), ConditionExpression: 'attribute_not_exists(pk)' } }));
    if (records[0].seq === 1) {
      puts.push({ Put: { TableName: this.table, Item: { pk: s(REGISTRY_PK), sk: s(records[0].tenantId), since: s(records[0].at) } } });
    }
    try {
      // One record alone (the usual case on a quiet instance) is a conditional put: half a transaction's cost.
      if (puts.length === 1) await this.client.send(new PutItemCommand(puts[0].Put!));
      else await this.client.send(new TransactWriteItemsCommand({ TransactItems: puts }));
    } catch (err) {
      const reasons = err instanceof TransactionCanceledException ? (err.CancellationReasons ?? []).map((r) => r.Code) : [];
      if (err instanceof ConditionalCheckFailedException || reasons.includes('ConditionalCheckFailed') || reasons.includes('TransactionConflict')) {
        throw new ConflictError('Audit chain position already taken', { seq: records[0].seq });
      }
      throw err;
    }
  }

  async list(chain: string, filter: AuditFilter, page: PageRequest): Promise<AuditPage> {
    const first = page.first ?? LIMITS.defaultPageSize;
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.maxPageSize) {
      throw new ValidationError(`first must be between 1 and ${LIMITS.maxPageSize}`, { argument: 'first' });
    }
    if (filter.action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(filter.action)) throw new ValidationError('Unknown audit action', { argument: 'filter' });
    if (filter.outcome !== undefined && !(AUDIT_OUTCOMES as readonly string[]).includes(filter.outcome)) throw new ValidationError('Unknown audit outcome', { argument: 'filter' });
    const f = fingerprint(filter);
    const afterSeq = page.after !== undefined ? decodeCursor(page.after, f) : undefined;

    const names: Record<string, string> = {};
    const values: Item = { ':pk': s(chainPk(chain)), ':low': s(seqSk(1)), ':high': s(seqSk(afterSeq !== undefined ? afterSeq - 1 : 10 ** SEQ_DIGITS - 1)) };
    const conditions: string[] = [];
    const eq = (attr: string, value: string | undefined) => {
      if (value === undefined) return;
      names[`#${attr}`] = attr;
      values[`:${attr}`] = s(value);
      conditions.push(`#${attr} = :${attr}`);
    };
    eq('action', filter.action);
    eq('outcome', filter.outcome);
    eq('subject', filter.subject);
    eq('targetId', filter.targetId);
    if (filter.from) {
      names['#at'] = 'at';
      values[':from'] = s(filter.from.toISOString());
      conditions.push('#at >= :from');
    }
    if (filter.to) {
      names['#at'] = 'at';
      values[':to'] = s(filter.to.toISOString());
      conditions.push('#at <= :to');
    }
    if (afterSeq === 1) return { items: [], hasNextPage: false };

    const items: AuditRecord[] = [];
    let scanned = 0;
    let lastScannedSeq: number | undefined;
    let startKey: Item | undefined;
    let exhausted = false;
    while (items.length <= first && scanned < MAX_SCANNED_PER_PAGE) {
      const input: QueryCommandInput = {
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
        ExpressionAttributeValues: values,
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
        ScanIndexForward: false,
        Limit: conditions.length ? QUERY_PAGE : first + 1 - items.length,
        ExclusiveStartKey: startKey,
      };
      const result = await this.client.send(new QueryCommand(input));
      scanned += result.ScannedCount ?? 0;
      for (const item of result.Items ?? []) if (items.length <= first) items.push(itemToRecord(item));
      startKey = result.LastEvaluatedKey;
      if (startKey?.sk?.S) lastScannedSeq = Number(startKey.sk.S.slice(4));
      if (!startKey) {
        exhausted = true;
        break;
      }
    }
    const pageItems = items.slice(0, first);
    const more = items.length > first || !exhausted;
    // Resume after the last record returned, or, when a sparse filter stopped at the scan bound, after the last one read.
    const resumeSeq = items.length > first || pageItems.length === first ? pageItems.at(-1)?.seq : lastScannedSeq;
    return {
      items: pageItems.map((record) => ({ record, cursor: encodeCursor(record.seq, f) })),
      hasNextPage: more && resumeSeq !== undefined && resumeSeq > 1,
      ...(more && resumeSeq !== undefined && resumeSeq > 1 ? { endCursor: encodeCursor(resumeSeq, f) } : {}),
    };
  }

  async readChain(chain: string, afterSeq: number, limit: number): Promise<AuditRecord[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
        ExpressionAttributeValues: { ':pk': s(chainPk(chain)), ':low': s(seqSk(afterSeq + 1)), ':high': s(seqSk(10 ** SEQ_DIGITS - 1)) },
        ScanIndexForward: true,
        Limit: limit,
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).map(itemToRecord);
  }

  async chains(): Promise<string[]> {
    const out: string[] = [];
    let startKey: Item | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': s(REGISTRY_PK) },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) if (item.sk?.S) out.push(item.sk.S);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return out;
  }
}
