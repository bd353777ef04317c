// Owns writing a training dataset to S3: one object per file under <prefix><exportId>/, server-side
// encrypted (the records are de-identified, but still derived from clinical notes).
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DatasetSink } from '../../services/reviewTrainingExport';

export class S3DatasetSink implements DatasetSink {
  readonly written: string[] = [];

  constructor(
    private readonly options: { client: S3Client; bucket: string; /** Ends with "/" or is empty. */ keyPrefix: string },
  ) {}

  key(name: string): string {
    return `${this.options.keyPrefix}${name}`;
  }

  uriOf(name: string): string {
    return `s3://${this.options.bucket}/${this.key(name)}`;
  }

  async write(name: string, body: Buffer): Promise<void> {
    await this.options.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.key(name),
        Body: body,
        ContentType: name.endsWith('.json') ? 'application/json' : 'application/jsonl',
        ServerSideEncryption: 'AES256',
      }),
    );
    this.written.push(this.key(name));
  }
}
