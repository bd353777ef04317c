// Owns the ReviewStore on DynamoDB, in the jobs table under the tenant's partition (so no read can reach
// another tenant's reviews by construction):
//   sk = REPORTV#<jobId>#<version, 6 digits>  a reviewed report version (gzip JSON: the report and its review record)
//   sk = REVIEWLEASE#<jobId>                  the review lease (owner, expiry), written conditionally
// Version 1 (the machine's) stays the VALIDATING stage output; it is not copied here.
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ReviewConflictReason, ReviewedReportVersion, ReviewLease, ReviewStore, ReviewSubmissionWrite } from '../../domain/review';
import { jobToItem } from './jobItem';
import { ConflictError, PayloadTooLargeError } from '../../errors';
import { JOB_ATTR, tenantPk } from './keys';
import { expiresAtSeconds, jobRetentionDays, type RetentionPolicy } from '../../domain/retention';

type Item = Record<string, AttributeValue>;

const VERSION_PREFIX = 'REPORTV#';
const LEASE_PREFIX = 'REVIEWLEASE#';
/** DynamoDB's item limit is 400 KB; leave room for keys and attributes. */
const MAX_VERSION_BYTES = 380 * 1024;
/** A lease item outlives its expiry by a day, then TTL removes it. */
const LEASE_TTL_GRACE_SECONDS = 86_400;

export const reportVersionSk = (jobId: string, version: number): string => `${VERSION_PREFIX}${jobId}#${String(version).padStart(6, '0')}`;
const leaseSk = (jobId: string): string => `${LEASE_PREFIX}${jobId}`;

export class DynamoReviewStore implements ReviewStore {
  /** With a retention policy, a reviewed version expires (TTL) as long after its review as the tenant's reports do. */
  constructor(private readonly options: { client: DynamoDBClient; tableName: string; retention?: RetentionPolicy }) {}

  async getLease(tenantId: string, jobId: string): Promise<ReviewLease | undefined> {
    const { Item } = await this.options.client.send(
      new GetItemCommand({ TableName: this.options.tableName, Key: { pk: { S: tenantPk(tenantId) }, sk: { S: leaseSk(jobId) } }, ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return { tenantId, jobId, owner: Item.owner?.S ?? '', claimedAt: Item.claimedAt?.S ?? '', expiresAt: Item.leaseExpiresAt?.S ?? '' };
  }

  async putLease(lease: ReviewLease, expected: ReviewLease | undefined): Promise<void> {
    const condition = expected
      ? { ConditionExpression: '#owner = :owner AND leaseExpiresAt = :expiresAt', ExpressionAttributeNames: { '#owner': 'owner' }, ExpressionAttributeValues: { ':owner': { S: expected.owner }, ':expiresAt': { S: expected.expiresAt } } }
      : { ConditionExpression: 'attribute_not_exists(pk)' };
    try {
      await this.options.client.send(
        new PutItemCommand({
          TableName: this.options.tableName,
          Item: {
            pk: { S: tenantPk(lease.tenantId) },
            sk: { S: leaseSk(lease.jobId) },
            entity: { S: 'REVIEW_LEASE' },
            owner: { S: lease.owner },
            claimedAt: { S: lease.claimedAt },
            leaseExpiresAt: { S: lease.expiresAt },
            [JOB_ATTR.ttl]: { N: String(Math.floor(Date.parse(lease.expiresAt) / 1000) + LEASE_TTL_GRACE_SECONDS) },
          },
          ...condition,
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new ConflictError('Another reviewer claimed this job first', { jobId: lease.jobId });
      throw err;
    }
  }

  async releaseLease(tenantId: string, jobId: string, owner: string): Promise<void> {
    try {
      await this.options.client.send(
        new DeleteItemCommand({
          TableName: this.options.tableName,
          Key: { pk: { S: tenantPk(tenantId) }, sk: { S: leaseSk(jobId) } },
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': { S: owner } },
        }),
      );
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }

  async addVersion(version: ReviewedReportVersion): Promise<void> {
    try {
      await this.options.client.send(new PutItemCommand(this.versionPut(version)));
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new ConflictError('This report version was written by another review', { jobId: version.jobId, version: version.version });
      throw err;
    }
  }

  async addReviewedVersion(version: ReviewedReportVersion, submission: ReviewSubmissionWrite): Promise<void> {
    const { job } = submission;
    const pk = { S: tenantPk(job.tenantId) };
    // Order matters: the cancellation reasons come back in this order and name the failed condition.
    const reasons: ReviewConflictReason[] = ['VERSION_TAKEN', 'JOB_CHANGED', 'LEASE_LOST'];
    try {
      await this.options.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: this.versionPut(version) },
            {
              Put: {
                TableName: this.options.tableName,
                Item: { ...jobToItem(job), ...this.jobExpiry(job.tenantId, job.createdAt) },
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': { N: String(submission.expectedJobVersion) } },
              },
            },
            {
              Delete: {
                TableName: this.options.tableName,
                Key: { pk, sk: { S: leaseSk(job.jobId) } },
                ConditionExpression: '#owner = :owner',
                ExpressionAttributeNames: { '#owner': 'owner' },
                ExpressionAttributeValues: { ':owner': { S: submission.leaseOwner } },
              },
            },
          ],
        }),
      );
    } catch (err) {
      if (!(err instanceof TransactionCanceledException)) throw err;
      const codes = (err.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
      const failed = codes.findIndex((c) => c === 'ConditionalCheckFailed');
      // TransactionConflict: another write to one of these items was in flight; the job re-read decides.
      const reason: ReviewConflictReason = failed >= 0 ? reasons[failed] : 'JOB_CHANGED';
      throw new ConflictError(reason === 'VERSION_TAKEN' ? 'This report version was written by another review' : reason === 'LEASE_LOST' ? 'Another reviewer holds this job now' : 'The job changed while the review was stored', { jobId: job.jobId, version: version.version, reason });
    }
  }

  private versionPut(version: ReviewedReportVersion) {
    const body = gzipSync(Buffer.from(JSON.stringify(version), 'utf8'));
    if (body.length > MAX_VERSION_BYTES) throw new PayloadTooLargeError('Reviewed report is too large to store', { maxBytes: MAX_VERSION_BYTES });
    return {
      TableName: this.options.tableName,
      Item: {
        pk: { S: tenantPk(version.tenantId) },
        sk: { S: reportVersionSk(version.jobId, version.version) },
        entity: { S: 'REPORT_VERSION' },
        createdAt: { S: version.createdAt },
        body: { B: body },
        ...this.jobExpiry(version.tenantId, version.createdAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    };
  }

  /** TTL for an item kept as long as the tenant's reports, counted from `fromIso` (as DynamoJobStore does for jobs). */
  private jobExpiry(tenantId: string, fromIso: string): Item {
    if (!this.options.retention) return {};
    return { [JOB_ATTR.ttl]: { N: String(expiresAtSeconds(Date.parse(fromIso), jobRetentionDays(this.options.retention, tenantId))) } };
  }

  async versions(tenantId: string, jobId: string): Promise<ReviewedReportVersion[]> {
    return this.query(tenantId, `${VERSION_PREFIX}${jobId}#`);
  }

  async reviewsBetween(tenantId: string, fromIso: string, toIso: string): Promise<ReviewedReportVersion[]> {
    // One partition per tenant: a filtered query over its review items (review volume is a small fraction of jobs).
    return this.query(tenantId, VERSION_PREFIX, { fromIso, toIso });
  }

  private async query(tenantId: string, prefix: string, window?: { fromIso: string; toIso: string }): Promise<ReviewedReportVersion[]> {
    const out: ReviewedReportVersion[] = [];
    let start: Item | undefined;
    do {
      const page = await this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ...(window ? { FilterExpression: 'createdAt >= :from AND createdAt < :to' } : {}),
          ExpressionAttributeValues: {
            ':pk': { S: tenantPk(tenantId) },
            ':prefix': { S: prefix },
            ...(window ? { ':from': { S: window.fromIso }, ':to': { S: window.toIso } } : {}),
          },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) if (item.body?.B) out.push(JSON.parse(gunzipSync(Buffer.from(item.body.B)).toString('utf8')) as ReviewedReportVersion);
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }
}
