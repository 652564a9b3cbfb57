package com.example.orders;

import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.Sqs;
import io.tropo4j.resources.sns.Subscription;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import io.tropo4j.resources.sqs.QueuePolicy;

/**
 * Order events fanned out to a worker queue: an SNS topic delivers each event to an SQS queue, and
 * a message the workers fail on five times moves to a dead-letter queue, kept for two weeks.
 * Both queues and the topic are encrypted; only this topic may send to the queue.
 */
public final class OrderEventsStack implements Stack {
  @Override
  public String name() {
    return "order-events";
  }

  @Override
  public String summary() {
    return "SNS topic of order events delivered to an encrypted SQS work queue with a dead-letter queue";
  }

  @Override
  public Template build() {
    Template t = new Template().description("Order events: an SNS topic, a work queue and its dead-letter queue");
    Parameter<Integer> visibility = t.add(Parameter.number("VisibilityTimeoutSeconds")
        .description("How long a worker has to finish a message before another may take it")
        .minValue(0).maxValue(43200).defaultValue(60));

    Queue deadLetters = t.add(new Queue("DeadLetterQueue")
        .sqsManagedSseEnabled(true)
        .messageRetentionPeriod(1_209_600)
        .retainData());
    Queue work = t.add(new Queue("WorkQueue")
        .sqsManagedSseEnabled(true)
        .visibilityTimeout(visibility.ref())
        .redrivePolicy(Json.object("deadLetterTargetArn", deadLetters.arn(), "maxReceiveCount", 5))
        .retainData());
    Topic topic = t.add(new Topic("OrderEvents").kmsMasterKeyId("alias/aws/sns"));
    t.add(new Subscription("WorkQueueSubscription").topicArn(topic).protocol("sqs").endpoint(work)
        .rawMessageDelivery(true));
    t.add(new QueuePolicy("WorkQueuePolicy").queues(Value.list(work.ref())).policyDocument(Policy.document(
        Statement.allow(Sqs.SEND_MESSAGE).principal(Principal.service("sns.amazonaws.com")).on(work.arn())
            .when(When.arnEquals("aws:SourceArn", topic.ref())))));

    t.add(new Output("TopicArn", topic.ref()).description("Publish order events here"));
    t.add(new Output("WorkQueueUrl", work.ref()).description("Workers receive from this queue"));
    t.add(new Output("DeadLetterQueueArn", deadLetters.arn()));
    return t;
  }
}
