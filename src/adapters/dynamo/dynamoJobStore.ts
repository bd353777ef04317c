// Owns JobStore on DynamoDB: tenant-scoped items, idempotent create, and persisting what the domain's
// lifecycle (applyTransition) returns with a condition on `version`, stage outputs in the same write, and
// the sealed raw note it is given (encryption is the NoteSealer's, never this adapter's): stored in the job
// item at submit (one conditional PutItem), dropped by the write that stores the redaction output or cancels
// the job; any other write before redaction (a failure) moves it to its own item with the 7-day TTL backstop.

import {
  type AttributeValue,
  BatchGetItemCommand,
  PutItemCommand,
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  QueryCommandInput,
  TransactionCanceledException,
  TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Clock, systemClock } from '../../domain/clock';
import { ACTIVE_INDEX, LIMITS, TIMEOUTS } from '../../domain/constants';
import { idRange, isJobId } from '../../domain/ids';
import { isTerminal, Job, NewJob, newJobRecord, PIPELINE_STAGES, PipelineStage } from '../../domain/job';
import { applyClaim, applyLeaseRenewal, applyTransition, completionsOf, releasesRawNote } from '../../domain/lifecycle';
import { expiresAtSeconds, jobRetentionDays, type RetentionPolicy } from '../../domain/retention';
import type {
  ClaimRequest,
  SealedNote,
  CreateJobResult,
  JobFilter,
  JobPage,
  JobStore,
  PageRequest,
  StuckJobRef,
  TransitionRequest,
} from '../../domain/ports';
import { ConflictError, NotFoundError, PayloadTooLargeError, ValidationError } from '../../errors';
import { decodeCursor, encodeCursor, filterFingerprint } from './cursor';
import { Item, itemToJob, jobToItem } from './jobItem';
import {
  idempotencySk,
  JOB_ATTR,
  jobSk,
  outputSk,
  rawSk,
  SK_PREFIX,
  tenantPk,
} from './keys';

export interface DynamoJobStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  clock?: Clock;
  /** TTL on the job, its idempotency record and its stage outputs (the report); absent = kept until deleted. */
  retention?: RetentionPolicy;
}

// DynamoDB's item limit is 400 KB; leave room for keys and attribute names.
const MAX_BLOB_BYTES = 380 * 1024;
const TRANSACTION_CONFLICT_RETRIES = 5;
const TRANSACTION_RETRY_BASE_MS = 20;
const QUERY_LIMIT_WITH_FILTER = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function cancellationCodes(err: unknown): string[] | undefined {
  if (!(err instanceof TransactionCanceledException)) return undefined;
  return (err.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
}

export class DynamoJobStore implements JobStore {
  private readonly client: DynamoDBClient;
  private readonly table: string;
  private readonly clock: Clock;
  private readonly retention?: RetentionPolicy;

  constructor(options: DynamoJobStoreOptions) {
    this.client = options.client;
    this.table = options.tableName;
    this.clock = options.clock ?? systemClock;
    this.retention = options.retention;
  }

  async create(input: NewJob): Promise<CreateJobResult> {
    requireTenant(input.tenantId);
    if (!isJobId(input.jobId)) throw new ValidationError('jobId must be a job id', { field: 'jobId' });
    if (input.idempotencyKey !== undefined) {
      if (input.idempotencyKey.length === 0 || input.idempotencyKey.length > LIMITS.maxIdempotencyKeyChars) {
        throw new ValidationError(`idempotencyKey must be 1-${LIMITS.maxIdempotencyKeyChars} characters`, {
          argument: 'idempotencyKey',
        });
      }
      const existing = await this.findByIdempotencyKey(input.tenantId, input.idempotencyKey);
      if (existing) return { job: existing, created: false };
    }

    const now = new Date(this.clock.nowMs()).toISOString();
    const jobId = input.jobId;
    const job = newJobRecord(input, now);
    const expiry = this.expiry(job);
    if (input.sealedNote.ciphertext.length > MAX_BLOB_BYTES) {
      throw new PayloadTooLargeError('Note is too large to store', { maxBytes: MAX_BLOB_BYTES });
    }

    // The sealed note rides in the job item until redaction (the write that stores the redaction drops it), so
    // a submit without a key is one conditional PutItem; with a key, one transaction with the key's record.
    const jobItem: Item = { ...jobToItem(job), ...expiry, [SEALED_NOTE_ATTR]: sealedNoteAttr(input.sealedNote) };
    const putJob = { TableName: this.table, Item: jobItem, ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': JOB_ATTR.pk } };
    if (input.idempotencyKey === undefined) {
      await this.client.send(new PutItemCommand(putJob));
      return { job, created: true };
    }
    const items: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.table,
          Item: {
            [JOB_ATTR.pk]: { S: tenantPk(input.tenantId) },
            [JOB_ATTR.sk]: { S: idempotencySk(input.idempotencyKey) },
            entity: { S: 'IDEMPOTENCY' },
            jobId: { S: jobId },
            createdAt: { S: now },
            ...expiry,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': JOB_ATTR.pk },
        },
      },
      { Put: putJob },
    ];

    for (let attempt = 0; ; attempt++) {
      try {
        await this.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
        return { job, created: true };
      } catch (err) {
        const codes = cancellationCodes(err);
        if (!codes) throw err;
        // Another create with the same key won (ConditionalCheckFailed) or is committing right now
        // (TransactionConflict): the winner's job is the answer once it is visible.
        const existing = await this.findByIdempotencyKey(input.tenantId, input.idempotencyKey);
        if (existing) return { job: existing, created: false };
        if (attempt >= TRANSACTION_CONFLICT_RETRIES) throw err;
        await sleep(TRANSACTION_RETRY_BASE_MS * 2 ** attempt);
      }
    }
  }

  async get(tenantId: string, jobId: string): Promise<Job> {
    const job = await this.find(tenantId, jobId);
    if (!job) throw new NotFoundError('Job not found', { jobId });
    return job;
  }

  private async find(tenantId: string, jobId: string): Promise<Job | undefined> {
    if (!isJobId(jobId) || tenantId.length === 0) return undefined;
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: jobSk(jobId) } },
        ConsistentRead: true,
      }),
    );
    return Item ? itemToJob(Item) : undefined;
  }

  private async findByIdempotencyKey(tenantId: string, key: string): Promise<Job | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: idempotencySk(key) } },
        ConsistentRead: true,
      }),
    );
    const jobId = Item?.jobId?.S;
    if (!jobId) return undefined;
    // The idempotency item and its job are written in one transaction, so the job exists.
    return this.get(tenantId, jobId);
  }

  async transition(tenantId: string, jobId: string, request: TransitionRequest): Promise<Job> {
    const given = request.current;
    const current =
      given && given.tenantId === tenantId && given.jobId === jobId && given.version === request.expectedVersion
        ? given
        : await this.get(tenantId, jobId);
    const next = applyTransition(current, request, new Date(this.clock.nowMs()).toISOString());

    const key = { [JOB_ATTR.pk]: { S: tenantPk(tenantId) } };
    const items: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.table,
          Item: { ...jobToItem(next), ...this.expiry(next) },
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': { N: String(request.expectedVersion) } },
        },
      },
    ];
    // Every output the request stores (a local stage's rides with its neighbour's), in the same transaction.
    for (const completed of completionsOf(request)) {
      items.push({
        Put: {
          TableName: this.table,
          Item: {
            ...key,
            [JOB_ATTR.sk]: { S: outputSk(jobId, completed.stage) },
            ...this.encodeOutput(completed.output),
            ...this.expiry(next),
            // Which attempt and job version wrote it: an output (the report included) is written once, ever.
            attempt: { N: String(current.attempt) },
            writtenAtVersion: { N: String(next.version) },
          },
          ConditionExpression: 'attribute_not_exists(#sk)',
          ExpressionAttributeNames: { '#sk': JOB_ATTR.sk },
        },
      });
    }
    if (releasesRawNote(request)) {
      // The job item's Put above drops a note stored in it; a note moved to its own item goes here.
      items.push({ Delete: { TableName: this.table, Key: { ...key, [JOB_ATTR.sk]: { S: rawSk(jobId) } } } });
    } else {
      items.push(...(await this.noteMoveFor(current)));
    }

    try {
      // A status-only change touches one item: a conditional put is half the cost of a transaction.
      if (items.length === 1) await this.client.send(new PutItemCommand(items[0].Put!));
      else await this.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
    } catch (err) {
      const codes = cancellationCodes(err);
      if (codes?.includes('ConditionalCheckFailed') || codes?.includes('TransactionConflict') || err instanceof ConditionalCheckFailedException) {
        throw new ConflictError('Job was changed by someone else', { jobId, expectedVersion: request.expectedVersion });
      }
      throw err;
    }
    return next;
  }

  async claim(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job> {
    return this.putIfVersion(applyClaim(await this.current(tenantId, jobId, request), request, new Date(this.clock.nowMs()).toISOString()), request.expectedVersion);
  }

  /**
   * Renewal changes the lease only (same version, no history record), so it is one conditional UpdateItem of
   * that attribute, on the version and the lease's owner: no read when the caller holds the job, and a sealed
   * note still in the item stays where it is.
   */
  async renewLease(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job> {
    const next = applyLeaseRenewal(await this.current(tenantId, jobId, request), request, new Date(this.clock.nowMs()).toISOString());
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: jobSk(jobId) } },
          UpdateExpression: 'SET #lease = :lease',
          ConditionExpression: '#version = :expected AND #lease.#owner = :owner',
          ExpressionAttributeNames: { '#lease': 'lease', '#version': 'version', '#owner': 'owner' },
          ExpressionAttributeValues: {
            ':lease': jobToItem(next).lease!,
            ':expected': { N: String(request.expectedVersion) },
            ':owner': { S: request.owner },
          },
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) {
        throw new ConflictError('Job was changed by someone else', { jobId, expectedVersion: request.expectedVersion });
      }
      throw err;
    }
    return next;
  }

  /** The caller's copy when it is of this job at the expected version, else a consistent read. */
  private async current(tenantId: string, jobId: string, request: ClaimRequest): Promise<Job> {
    const given = request.current;
    return given && given.tenantId === tenantId && given.jobId === jobId && given.version === request.expectedVersion ? given : this.get(tenantId, jobId);
  }

  /** Writes the job item the lifecycle returned, conditional on the version it was computed from. */
  private async putIfVersion(next: Job, expectedVersion: number): Promise<Job> {
    const put = {
      TableName: this.table,
      Item: { ...jobToItem(next), ...this.expiry(next) },
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } },
    };
    const move = await this.noteMoveFor(next);
    try {
      if (move.length === 0) await this.client.send(new PutItemCommand(put));
      else await this.client.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: put }, ...move] }));
    } catch (err) {
      const codes = cancellationCodes(err);
      if (err instanceof ConditionalCheckFailedException || codes?.includes('ConditionalCheckFailed') || codes?.includes('TransactionConflict')) {
        throw new ConflictError('Job was changed by someone else', { jobId: next.jobId, expectedVersion });
      }
      throw err;
    }
    return next;
  }

  /**
   * A Put of the job item drops a sealed note stored in it. Before redaction, a write that does not release the
   * note (a failure, a claim) moves it to its own item, in the same transaction: kept for a retry or a redrive,
   * deleted by the TTL backstop (7 days from submit, never after the job) if nothing redacts it. One read, only on
   * that path; after redaction (every write of a healthy job but the first) nothing is read.
   */
  private async noteMoveFor(job: Job): Promise<TransactWriteItem[]> {
    if (job.stages.REDACTING) return [];
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: { [JOB_ATTR.pk]: { S: tenantPk(job.tenantId) }, [JOB_ATTR.sk]: { S: jobSk(job.jobId) } },
        ProjectionExpression: '#note',
        ExpressionAttributeNames: { '#note': SEALED_NOTE_ATTR },
        ConsistentRead: true,
      }),
    );
    const note = Item?.[SEALED_NOTE_ATTR];
    if (!note?.M) return [];
    const rawItem = this.rawNoteItem(job.tenantId, job.jobId, sealedNoteOf(note.M), Date.parse(job.createdAt));
    const expiry = this.expiry(job);
    // The note never outlives its job, however short the tenant's retention.
    if (expiry[JOB_ATTR.ttl] && Number(expiry[JOB_ATTR.ttl].N) < Number(rawItem[JOB_ATTR.ttl].N)) rawItem[JOB_ATTR.ttl] = expiry[JOB_ATTR.ttl];
    return [{ Put: { TableName: this.table, Item: rawItem } }];
  }

  async getWithSealedNote(tenantId: string, jobId: string): Promise<{ job: Job; sealedNote?: SealedNote }> {
    if (!isJobId(jobId) || tenantId.length === 0) throw new NotFoundError('Job not found', { jobId });
    const pk = { S: tenantPk(tenantId) };
    let keys: Item[] = [
      { [JOB_ATTR.pk]: pk, [JOB_ATTR.sk]: { S: jobSk(jobId) } },
      { [JOB_ATTR.pk]: pk, [JOB_ATTR.sk]: { S: rawSk(jobId) } },
    ];
    const found: Item[] = [];
    // BatchGetItem may hand back keys it did not get to (throughput): ask again for those only.
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 0) await sleep(TRANSACTION_RETRY_BASE_MS * 2 ** Math.min(attempt - 1, TRANSACTION_CONFLICT_RETRIES));
      const result = await this.client.send(new BatchGetItemCommand({ RequestItems: { [this.table]: { Keys: keys, ConsistentRead: true } } }));
      found.push(...(result.Responses?.[this.table] ?? []));
      keys = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    const jobItem = found.find((item) => item[JOB_ATTR.sk]?.S === jobSk(jobId));
    if (!jobItem) throw new NotFoundError('Job not found', { jobId });
    // In the job item since submit, or in its own item once a failure moved it there (and for jobs stored before).
    const inJob = jobItem[SEALED_NOTE_ATTR]?.M;
    const rawItem = found.find((item) => item[JOB_ATTR.sk]?.S === rawSk(jobId));
    const sealedNote = inJob ? sealedNoteOf(inJob) : rawItem ? sealedNoteOf(rawItem) : undefined;
    return { job: itemToJob(jobItem), ...(sealedNote ? { sealedNote } : {}) };
  }

  async readSealedNote(tenantId: string, jobId: string): Promise<SealedNote> {
    if (!isJobId(jobId)) throw new NotFoundError('Job not found', { jobId });
    const { Item: jobItem } = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: jobSk(jobId) } },
        ProjectionExpression: '#note',
        ExpressionAttributeNames: { '#note': SEALED_NOTE_ATTR },
        ConsistentRead: true,
      }),
    );
    const inJob = jobItem?.[SEALED_NOTE_ATTR]?.M;
    if (inJob) return sealedNoteOf(inJob);
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: rawSk(jobId) } },
        ConsistentRead: true,
      }),
    );
    if (!Item) throw new NotFoundError('The submitted text is no longer stored for this job', { jobId });
    return sealedNoteOf(Item);
  }

  async getStageOutput<T = unknown>(tenantId: string, jobId: string, stage: PipelineStage): Promise<T | undefined> {
    if (!isJobId(jobId)) return undefined;
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: outputSk(jobId, stage) } },
        ConsistentRead: true,
      }),
    );
    return Item ? (this.decodeOutput(Item) as T) : undefined;
  }

  async getStageOutputs(tenantId: string, jobId: string): Promise<Partial<Record<PipelineStage, unknown>>> {
    const result: Partial<Record<PipelineStage, unknown>> = {};
    if (!isJobId(jobId)) return result;
    const prefix = `${SK_PREFIX.output}${jobId}#`;
    let startKey: Item | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ExpressionAttributeNames: { '#pk': JOB_ATTR.pk, '#sk': JOB_ATTR.sk },
          ExpressionAttributeValues: { ':pk': { S: tenantPk(tenantId) }, ':prefix': { S: prefix } },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const stage = item[JOB_ATTR.sk]!.S!.slice(prefix.length) as PipelineStage;
        if ((PIPELINE_STAGES as readonly string[]).includes(stage)) result[stage] = this.decodeOutput(item);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return result;
  }

  async list(tenantId: string, filter: JobFilter, page: PageRequest): Promise<JobPage> {
    requireTenant(tenantId);
    const first = page.first ?? LIMITS.defaultPageSize;
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.maxPageSize) {
      throw new ValidationError(`first must be between 1 and ${LIMITS.maxPageSize}`, { argument: 'first' });
    }
    // The order is part of what a cursor was issued for: replayed in the other order it would skip the wrong side.
    const fingerprint = `${filterFingerprint(filter)}${page.oldestFirst ? '.asc' : ''}`;
    const afterId = page.after !== undefined ? decodeCursor(page.after, fingerprint) : undefined;
    if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
      return { items: [], hasNextPage: false };
    }
    const range = idRange(filter.createdFrom?.getTime() ?? 0, filter.createdTo?.getTime() ?? Number.MAX_SAFE_INTEGER);

    const names: Record<string, string> = { '#pk': JOB_ATTR.pk, '#sk': JOB_ATTR.sk };
    const values: Item = {
      ':pk': { S: tenantPk(tenantId) },
      ':low': { S: jobSk(range.low) },
      ':high': { S: jobSk(range.high) },
    };
    const conditions: string[] = [];
    if (filter.status !== undefined) {
      names['#status'] = 'status';
      values[':status'] = { S: filter.status };
      conditions.push('#status = :status');
    }
    if (filter.noteType !== undefined) {
      names['#noteType'] = 'noteType';
      values[':noteType'] = { S: filter.noteType };
      conditions.push('#noteType = :noteType');
    }
    if (filter.encounterId !== undefined) {
      names['#encounterId'] = 'encounterId';
      values[':encounterId'] = { S: filter.encounterId };
      conditions.push('#encounterId = :encounterId');
    }

    const wanted = first + 1; // one extra tells us whether there is a next page
    const jobs: Job[] = [];
    let startKey: Item | undefined = afterId
      ? { [JOB_ATTR.pk]: { S: tenantPk(tenantId) }, [JOB_ATTR.sk]: { S: jobSk(afterId) } }
      : undefined;
    do {
      const input: QueryCommandInput = {
        TableName: this.table,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: page.oldestFirst === true,
        // Limit counts items read before the filter applies, so filtered queries read in larger pages.
        Limit: conditions.length === 0 ? wanted - jobs.length : QUERY_LIMIT_WITH_FILTER,
        ExclusiveStartKey: startKey,
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
      };
      const result = await this.client.send(new QueryCommand(input));
      for (const item of result.Items ?? []) {
        if (jobs.length < wanted) jobs.push(itemToJob(item));
      }
      startKey = result.LastEvaluatedKey;
    } while (startKey && jobs.length < wanted);

    const pageJobs = jobs.slice(0, first);
    const items = pageJobs.map((job) => ({ job, cursor: encodeCursor(job.jobId, fingerprint) }));
    return {
      items,
      hasNextPage: jobs.length > first,
      ...(items.length > 0 ? { endCursor: items[items.length - 1].cursor } : {}),
    };
  }

  async findStuck(olderThan: Date, limit: number): Promise<StuckJobRef[]> {
    const refs: StuckJobRef[] = [];
    for (let shard = 0; shard < ACTIVE_INDEX.shardCount && refs.length < limit; shard++) {
      let startKey: Item | undefined;
      do {
        const result = await this.client.send(
          new QueryCommand({
            TableName: this.table,
            IndexName: ACTIVE_INDEX.name,
            KeyConditionExpression: '#apk = :apk AND #ask < :before',
            ExpressionAttributeNames: { '#apk': JOB_ATTR.activePk, '#ask': JOB_ATTR.activeSk },
            ExpressionAttributeValues: { ':apk': { S: `ACTIVE#${shard}` }, ':before': { S: olderThan.toISOString() } },
            Limit: limit - refs.length,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of result.Items ?? []) {
          const status = item.status?.S as Job['status'] | undefined;
          if (!status || isTerminal(status)) continue; // a GSI is eventually consistent
          refs.push({
            tenantId: item.tenantId!.S!,
            jobId: item.jobId!.S!,
            status,
            version: Number(item.version!.N),
            updatedAt: item.updatedAt!.S!,
          });
        }
        startKey = result.LastEvaluatedKey;
      } while (startKey && refs.length < limit);
    }
    return refs.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).slice(0, limit);
  }

  private rawNoteItem(tenantId: string, jobId: string, blob: SealedNote, nowMs: number): Item {
    if (blob.ciphertext.length > MAX_BLOB_BYTES) {
      throw new PayloadTooLargeError('Note is too large to store', { maxBytes: MAX_BLOB_BYTES });
    }
    return {
      [JOB_ATTR.pk]: { S: tenantPk(tenantId) },
      [JOB_ATTR.sk]: { S: rawSk(jobId) },
      entity: { S: 'RAW_NOTE' },
      keyId: { S: blob.keyId },
      wrappedKey: { B: blob.wrappedKey },
      iv: { B: blob.iv },
      ciphertext: { B: blob.ciphertext },
      authTag: { B: blob.authTag },
      [JOB_ATTR.ttl]: { N: String(Math.floor(nowMs / 1000) + TIMEOUTS.rawNoteTtlSeconds) },
    };
  }

  /** The TTL attribute for a job's items: the tenant's retention counted from the job's creation. */
  private expiry(job: Job): Item {
    if (!this.retention) return {};
    const at = expiresAtSeconds(Date.parse(job.createdAt), jobRetentionDays(this.retention, job.tenantId));
    return { [JOB_ATTR.ttl]: { N: String(at) } };
  }

  private encodeOutput(output: unknown): Item {
    const body = gzipSync(Buffer.from(JSON.stringify(output ?? null), 'utf8'));
    if (body.length > MAX_BLOB_BYTES) {
      throw new PayloadTooLargeError('Stage output is too large to store', { maxBytes: MAX_BLOB_BYTES });
    }
    return { entity: { S: 'STAGE_OUTPUT' }, body: { B: body } };
  }

  private decodeOutput(item: Item): unknown {
    const body = item.body?.B;
    return body ? JSON.parse(gunzipSync(Buffer.from(body)).toString('utf8')) : undefined;
  }
}

/** The job item's attribute holding its sealed note until redaction. */
const SEALED_NOTE_ATTR = 'sealedNote';

function sealedNoteAttr(note: SealedNote): AttributeValue {
  return { M: { keyId: { S: note.keyId }, wrappedKey: { B: note.wrappedKey }, iv: { B: note.iv }, ciphertext: { B: note.ciphertext }, authTag: { B: note.authTag } } };
}

function sealedNoteOf(item: Item): SealedNote {
  return {
    keyId: item.keyId?.S ?? '',
    wrappedKey: item.wrappedKey?.B ?? new Uint8Array(),
    iv: item.iv?.B ?? new Uint8Array(),
    ciphertext: item.ciphertext?.B ?? new Uint8Array(),
    authTag: item.authTag?.B ?? new Uint8Array(),
  };
}

function requireTenant(tenantId: string): void {
  if (typeof tenantId !== 'string' || tenantId.length === 0) {
    throw new ValidationError('A tenant is required');
  }
}
