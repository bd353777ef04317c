// Owns the GraphQL types of the review loop: report versions and who wrote them.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Report } from './types';

export const ReportAuthorKindEnum = { MACHINE: 'MACHINE', REVIEWER: 'REVIEWER' } as const;
registerEnumType(ReportAuthorKindEnum, { name: 'ReportAuthorKind', description: "Who wrote a report version: the machine's pipeline or a reviewer" });

@ObjectType({ description: "One version of a job's report: 1 is the machine's, each review adds one" })
export class ReportVersion {
  @Field(() => Int) version!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => ReportAuthorKindEnum) authorKind!: keyof typeof ReportAuthorKindEnum;
  @Field(() => String, { nullable: true, description: "The reviewer's token subject (REVIEWER versions)" }) reviewer?: string;
  @Field(() => Report) report!: Report;
}
