// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codestarnotifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.sns.Topic;
import java.util.List;
import java.util.Map;

/**
 * Creates a notification rule for a resource. The rule specifies the events you want notifications
 * about and the targets (such as Amazon Simple Notification Service topics or clients configured
 * for Slack) where you want to receive them.
 *
 * <p>CloudFormation type {@code AWS::CodeStarNotifications::NotificationRule}.
 */
public final class NotificationRule extends Resource<NotificationRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeStarNotifications::NotificationRule")
      .required("DetailType", "EventTypeIds", "Name", "Resource", "Targets")
      .constrain("CreatedBy", Constraint.of().minLength(1).maxLength(2048))
      .allowed("DetailType", "BASIC", "FULL")
      .constrain("EventTypeId", Constraint.of().minLength(1).maxLength(2048))
      .constrain("EventTypeIds", Constraint.of().minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("[A-Za-z0-9\\-_ ]+$").minLength(1).maxLength(64))
      .constrain("Resource", Constraint.of().pattern("^arn:aws[^:\\s]*:[^:\\s]*:[^:\\s]*:[0-9]{12}:[^\\s]+$"))
      .allowed("Status", "ENABLED", "DISABLED")
      .constrain("TargetAddress", Constraint.of().minLength(1).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public NotificationRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name or email alias of the person who created the notification rule.
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code CreatedBy}.
   */
  public NotificationRule createdBy(String value) {
    return set("CreatedBy", Value.of(value));
  }

  /** Sets {@code CreatedBy} to this value; see {@link #createdBy(String)}. */
  public NotificationRule createdBy(Value<String> value) {
    return set("CreatedBy", value);
  }

  /**
   * The level of detail to include in the notifications for this resource. <code>BASIC</code> will
   * include only the contents of the event as it would appear in Amazon CloudWatch.
   * <code>FULL</code> will include any supplemental information provided by AWS CodeStar
   * Notifications and/or the service for the resource for which the notification is created.
   *
   * <p>Required. Allowed values: {@code BASIC}, {@code FULL}. CloudFormation property {@code
   * DetailType}.
   */
  public NotificationRule detailType(String value) {
    return set("DetailType", Value.of(value));
  }

  /** Sets {@code DetailType} to this value; see {@link #detailType(String)}. */
  public NotificationRule detailType(Value<String> value) {
    return set("DetailType", value);
  }

  /**
   * The event type associated with this notification rule. For a complete list of event types and
   * IDs, see <a
   * href="https://docs.aws.amazon.com/dtconsole/latest/userguide/concepts.html#concepts-api">Notification
   * concepts</a> in the <em>Developer Tools Console User Guide</em> .
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code EventTypeId}.
   */
  public NotificationRule eventTypeId(String value) {
    return set("EventTypeId", Value.of(value));
  }

  /** Sets {@code EventTypeId} to this value; see {@link #eventTypeId(String)}. */
  public NotificationRule eventTypeId(Value<String> value) {
    return set("EventTypeId", value);
  }

  /**
   * A list of event types associated with this notification rule. For a complete list of event
   * types and IDs, see <a
   * href="https://docs.aws.amazon.com/dtconsole/latest/userguide/concepts.html#concepts-api">Notification
   * concepts</a> in the <em>Developer Tools Console User Guide</em> .
   *
   * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code EventTypeIds}.
   */
  public NotificationRule eventTypeIds(List<String> value) {
    return set("EventTypeIds", Value.listOf(value));
  }

  /** Sets {@code EventTypeIds} to this value; see {@link #eventTypeIds(List)}. */
  public NotificationRule eventTypeIds(Value<List<String>> value) {
    return set("EventTypeIds", value);
  }

  /**
   * The name for the notification rule. Notification rule names must be unique in your AWS account
   * .
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code [A-Za-z0-9&#92;-_ ]+$}. CloudFormation
   * property {@code Name}.
   */
  public NotificationRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NotificationRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource to associate with the notification rule.
   * Supported resources include pipelines in AWS CodePipeline , repositories in AWS CodeCommit ,
   * and build projects in AWS CodeBuild .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[^:&#92;s]*:[^:&#92;s]*:[^:&#92;s]*:[0-9]{12}:[^&#92;s]+$}. CloudFormation property
   * {@code Resource}.
   */
  public NotificationRule resource(String value) {
    return set("Resource", Value.of(value));
  }

  /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
  public NotificationRule resource(Value<String> value) {
    return set("Resource", value);
  }

  /**
   * The status of the notification rule. The default value is <code>ENABLED</code> . If the status
   * is set to <code>DISABLED</code> , notifications aren't sent for the notification rule.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
   */
  public NotificationRule status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public NotificationRule status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * A list of tags to apply to this notification rule. Key names cannot start with "
   * <code>aws</code> ".
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NotificationRule tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public NotificationRule tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public NotificationRule tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon topic or client.
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code TargetAddress}.
   */
  public NotificationRule targetAddress(String value) {
    return set("TargetAddress", Value.of(value));
  }

  /** Sets {@code TargetAddress} to this value; see {@link #targetAddress(String)}. */
  public NotificationRule targetAddress(Value<String> value) {
    return set("TargetAddress", value);
  }

  /**
   * A list of Amazon Resource Names (ARNs) of Amazon topics and clients to associate with the
   * notification rule.
   *
   * <p>Required. CloudFormation property {@code Targets}.
   */
  public NotificationRule targets(List<Target> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public NotificationRule targets(Value<List<Target>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public NotificationRule targets(Target... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the notification rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Information about the topics or clients associated with a notification rule.
   *
   * <p>Property type {@code AWS::CodeStarNotifications::NotificationRule.Target}.
   */
  public static final class Target extends Struct<Target> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeStarNotifications::NotificationRule.Target")
        .required("TargetAddress", "TargetType")
        .references("TargetAddress", "AWS::SNS::Topic.Ref")
        .build();

    public Target() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the topic or client.
     *
     * <p>Required. CloudFormation property {@code TargetAddress}.
     */
    public Target targetAddress(String value) {
      return set("TargetAddress", Value.of(value));
    }

    /** Sets {@code TargetAddress} to this value; see {@link #targetAddress(String)}. */
    public Target targetAddress(Value<String> value) {
      return set("TargetAddress", value);
    }

    /**
     * Sets {@code TargetAddress} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #targetAddress(String)}.
     */
    public Target targetAddress(Topic resource) {
      return set("TargetAddress", resource.ref());
    }

    /**
     * The target type. Can be an Amazon Simple Notification Service topic or client.
     *
     * <ul> <li>Amazon Simple Notification Service topics are specified as <code>SNS</code> .
     * <li>clients are specified as <code>AWSChatbotSlack</code> . <li>clients for Microsoft Teams
     * are specified as <code>AWSChatbotMicrosoftTeams</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code TargetType}.
     */
    public Target targetType(String value) {
      return set("TargetType", Value.of(value));
    }

    /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
    public Target targetType(Value<String> value) {
      return set("TargetType", value);
    }
  }
}
