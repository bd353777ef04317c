// Owns alarms and the dashboard: DLQ not empty, oldest-message age, 5xx at the ALB and the targets, Bedrock
// throttling per model, and the circuit breaker opening (a metric filter on the service's JSON log line).
import { Construct } from 'constructs';
import * as cw from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Duration, Stack } from 'aws-cdk-lib';

export interface MonitoringProps {
  readonly appName: string;
  readonly key: kms.IKey;
  readonly queue: sqs.IQueue;
  readonly dlq: sqs.IQueue;
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  readonly serviceLogGroups: logs.ILogGroup[];
  readonly bedrockModelIds: readonly string[];
  readonly queueAgeAlarmSeconds: number;
  readonly alarmEmail?: string;
}

/** The service logs `{"region":…,"breaker":"open"}` when a Bedrock region's breaker opens (src/app.ts). */
export const BREAKER_OPEN_PATTERN = '{ $.breaker = "open" }';
export const METRIC_NAMESPACE = 'Chartcoder';

export class Monitoring extends Construct {
  readonly alarmTopic: sns.Topic;
  readonly alarms: cw.Alarm[] = [];
  readonly dashboard: cw.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.alarmTopic = new sns.Topic(this, 'Alarms', { masterKey: props.key, enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new subs.EmailSubscription(props.alarmEmail));
    const action = new cwActions.SnsAction(this.alarmTopic);
    const alarm = (name: string, metric: cw.IMetric, threshold: number, description: string, missing = cw.TreatMissingData.NOT_BREACHING): cw.Alarm => {
      const a = new cw.Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: missing,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    alarm('DlqNotEmpty', props.dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }), 1, 'A job exhausted its retries: inspect and redrive the DLQ');
    alarm('QueueAge', props.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1), statistic: 'Maximum' }), props.queueAgeAlarmSeconds, 'Oldest note waits too long: workers are short or stuck');
    const lbMetric = (name: string) => new cw.Metric({ namespace: 'AWS/ApplicationELB', metricName: name, dimensionsMap: { LoadBalancer: props.loadBalancer.loadBalancerFullName }, statistic: 'Sum', period: Duration.minutes(1) });
    alarm('Target5xx', lbMetric('HTTPCode_Target_5XX_Count'), 5, 'API tasks answer 5xx');
    alarm('Elb5xx', lbMetric('HTTPCode_ELB_5XX_Count'), 5, 'The load balancer answers 5xx (no healthy task?)');
    const throttles = props.bedrockModelIds.map(
      (modelId) => new cw.Metric({ namespace: 'AWS/Bedrock', metricName: 'InvocationThrottles', dimensionsMap: { ModelId: modelId }, statistic: 'Sum', period: Duration.minutes(5) }),
    );
    const throttleExpr = new cw.MathExpression({
      expression: throttles.map((_, i) => `t${i}`).join(' + '),
      usingMetrics: Object.fromEntries(throttles.map((m, i) => [`t${i}`, m])),
      period: Duration.minutes(5),
      label: 'Bedrock throttles',
    });
    alarm('ModelThrottling', throttleExpr, 20, 'Bedrock throttles calls: raise quota or provisioned throughput');

    const breakerOpen = new cw.Metric({ namespace: METRIC_NAMESPACE, metricName: 'BedrockBreakerOpen', statistic: 'Sum', period: Duration.minutes(1) });
    props.serviceLogGroups.forEach((group, i) => {
      new logs.MetricFilter(this, `BreakerOpenFilter${i}`, {
        logGroup: group,
        filterPattern: logs.FilterPattern.literal(BREAKER_OPEN_PATTERN),
        metricNamespace: METRIC_NAMESPACE,
        metricName: 'BedrockBreakerOpen',
        metricValue: '1',
        defaultValue: 0,
      });
    });
    alarm('BreakerOpen', breakerOpen, 1, 'A Bedrock region circuit breaker opened: calls fail over to the next region');

    this.dashboard = new cw.Dashboard(this, 'Dashboard', { dashboardName: `${props.appName}-${Stack.of(this).region}` });
    this.dashboard.addWidgets(
      new cw.GraphWidget({ title: 'Notes queue', left: [props.queue.metricApproximateNumberOfMessagesVisible()], right: [props.queue.metricApproximateAgeOfOldestMessage()] }),
      new cw.GraphWidget({ title: 'DLQ', left: [props.dlq.metricApproximateNumberOfMessagesVisible()] }),
      new cw.GraphWidget({ title: 'API 5xx', left: [lbMetric('HTTPCode_Target_5XX_Count'), lbMetric('HTTPCode_ELB_5XX_Count')] }),
      new cw.GraphWidget({ title: 'Bedrock', left: [throttleExpr], right: [breakerOpen] }),
    );
    this.dashboard.addWidgets(new cw.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }));
  }
}
