// Owns the VPC: private subnets for every task and function, and the endpoints that keep PHI traffic to
// AWS services (Bedrock, DynamoDB, SQS, SNS, KMS, S3, Logs, ECR) off the public internet.
import { Construct } from 'constructs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as kms from 'aws-cdk-lib/aws-kms';
import { RemovalPolicy } from 'aws-cdk-lib';

export interface NetworkProps {
  /** A literal CIDR (not a token) so endpoint security groups name their source exactly. */
  readonly cidr: string;
  /** Named zones: an environment-specific stack would otherwise need a context lookup. */
  readonly availabilityZones: readonly string[];
  readonly logKey: kms.IKey;
  readonly logRetention: logs.RetentionDays;
}

const INTERFACE_ENDPOINTS: ReadonlyArray<[string, ec2.InterfaceVpcEndpointAwsService]> = [
  ['BedrockRuntime', ec2.InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME],
  ['Sqs', ec2.InterfaceVpcEndpointAwsService.SQS],
  ['Sns', ec2.InterfaceVpcEndpointAwsService.SNS],
  ['Kms', ec2.InterfaceVpcEndpointAwsService.KMS],
  ['Logs', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS],
  ['Monitoring', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING],
  ['EcrApi', ec2.InterfaceVpcEndpointAwsService.ECR],
  ['EcrDocker', ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER],
  ['Events', ec2.InterfaceVpcEndpointAwsService.EVENTBRIDGE],
];

export class Network extends Construct {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const flowLogs = new logs.LogGroup(this, 'FlowLogs', {
      encryptionKey: props.logKey,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Public subnets hold only the load balancer and the NAT gateways (image pulls from outside ECR, OIDC
    // JWKS); every task runs in the private subnets.
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr),
      availabilityZones: [...props.availabilityZones],
      natGateways: props.availabilityZones.length,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      ],
      gatewayEndpoints: {
        S3: { service: ec2.GatewayVpcEndpointAwsService.S3 },
        DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB },
      },
      flowLogs: { all: { destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs), trafficType: ec2.FlowLogTrafficType.ALL } },
      restrictDefaultSecurityGroup: true,
    });
    // One security group for every interface endpoint: HTTPS from inside the VPC only.
    const endpointSg = new ec2.SecurityGroup(this, 'EndpointSg', { vpc: this.vpc, allowAllOutbound: false, description: 'Interface endpoints: HTTPS from the VPC' });
    endpointSg.addIngressRule(ec2.Peer.ipv4(props.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');
    for (const [name, service] of INTERFACE_ENDPOINTS) {
      this.vpc.addInterfaceEndpoint(name, { service, privateDnsEnabled: true, open: false, securityGroups: [endpointSg], subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } });
    }
  }
}
