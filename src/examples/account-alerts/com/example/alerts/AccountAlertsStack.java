package com.example.alerts;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.When;
import io.tropo4j.iam.actions.Sns;
import io.tropo4j.resources.events.Rule;
import io.tropo4j.resources.sns.Subscription;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sns.TopicPolicy;
import java.util.List;

/**
 * A baseline for every account and region of a fleet: a topic that tells the team when a
 * CloudFormation stack there fails or rolls back, by e-mail when an address is given. Deployed
 * through a StackSet, so its topic has one name in every account and region.
 */
public final class AccountAlertsStack implements Stack {
  @Override
  public String name() {
    return "account-alerts";
  }

  @Override
  public String summary() {
    return "An SNS topic told of every failed or rolled-back CloudFormation stack in its account and region";
  }

  @Override
  public Template build() {
    Template t = new Template().description("Account alerts: failed and rolled-back stacks, to a topic");
    Parameter<String> email = t.add(Parameter.string("AlertEmail")
        .description("Where the alerts go by e-mail; empty for none")
        .allowedPattern("^([^@\\s]+@[^@\\s]+)?$").defaultValue(""));
    Condition mailed = t.add(new Condition("HasAlertEmail", Fn.not(Fn.equals(email.ref(), ""))));

    Topic topic = t.add(new Topic("Alerts").topicName("account-alerts").kmsMasterKeyId("alias/aws/sns"));
    t.add(new Subscription("AlertEmailSubscription").condition(mailed).topicArn(topic).protocol("email")
        .endpoint(email.ref()));
    t.add(new TopicPolicy("AlertsPolicy").topics(Value.list(topic.ref())).policyDocument(Policy.document(
        Statement.allow(Sns.PUBLISH).principal(Principal.service("events.amazonaws.com")).on(topic.ref())
            .when(When.stringEquals("aws:SourceAccount", Pseudo.ACCOUNT_ID)))));
    t.add(new Rule("FailedStacks").description("CloudFormation stacks that failed or rolled back")
        .eventPattern(Json.object(
            "source", List.of("aws.cloudformation"),
            "detail-type", List.of("CloudFormation Stack Status Change"),
            "detail", Json.object("status-details", Json.object("status", List.of("CREATE_FAILED",
                "UPDATE_ROLLBACK_COMPLETE", "ROLLBACK_COMPLETE", "DELETE_FAILED", "UPDATE_FAILED")))))
        .targets(new Rule.Target().id("AlertsTopic").arn(topic)));

    t.add(new Output("AlertsTopicArn", topic.ref()).description("Publish alerts of your own here"));
    return t;
  }
}
