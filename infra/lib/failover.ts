// Owns this region's half of active-passive DNS failover: a Route 53 health check on the region's /readyz
// through its ALB, and a failover alias record (PRIMARY or SECONDARY) in the shared hosted zone.
import { Construct } from 'constructs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

export interface FailoverProps {
  readonly hostedZoneId: string;
  readonly recordName: string;
  readonly role: 'PRIMARY' | 'SECONDARY';
  readonly loadBalancer: elbv2.IApplicationLoadBalancer;
}

/** Probe every 10 s, 3 failures to declare unhealthy: ≈30 s to detect, then the 60 s alias TTL. */
export const HEALTH_CHECK = { requestIntervalSeconds: 10, failureThreshold: 3, path: '/readyz' } as const;

export class Failover extends Construct {
  readonly healthCheck: route53.CfnHealthCheck;
  readonly record: route53.CfnRecordSet;

  constructor(scope: Construct, id: string, props: FailoverProps) {
    super(scope, id);
    this.healthCheck = new route53.CfnHealthCheck(this, 'HealthCheck', {
      healthCheckConfig: {
        type: 'HTTPS',
        // The ALB's own name: the certificate is for the public record, so SNI is off and only reachability counts.
        fullyQualifiedDomainName: props.loadBalancer.loadBalancerDnsName,
        port: 443,
        resourcePath: HEALTH_CHECK.path,
        requestInterval: HEALTH_CHECK.requestIntervalSeconds,
        failureThreshold: HEALTH_CHECK.failureThreshold,
        enableSni: false,
      },
    });
    this.record = new route53.CfnRecordSet(this, 'Record', {
      hostedZoneId: props.hostedZoneId,
      name: props.recordName,
      type: 'A',
      setIdentifier: `${props.role.toLowerCase()}`,
      failover: props.role,
      healthCheckId: this.healthCheck.attrHealthCheckId,
      aliasTarget: {
        dnsName: props.loadBalancer.loadBalancerDnsName,
        hostedZoneId: props.loadBalancer.loadBalancerCanonicalHostedZoneId,
        evaluateTargetHealth: true,
      },
    });
  }
}
