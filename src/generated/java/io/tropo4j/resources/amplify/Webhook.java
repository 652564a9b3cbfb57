// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplify;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Amplify::Webhook. Creates a webhook on an Amplify app.
 *
 * <p>CloudFormation type {@code AWS::Amplify::Webhook}.
 */
public final class Webhook extends Resource<Webhook> {
  private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Webhook")
      .required("BranchName")
      .constrain("AppId", Constraint.of().pattern("^d[a-z0-9]+$").minLength(1).maxLength(20))
      .constrain("BranchName", Constraint.of().pattern("^(?s).+$").minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().pattern("^(?s)").minLength(0).maxLength(1000))
      .refYields("Arn")
      .attributes("Arn", "WebhookId", "WebhookUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Webhook(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID for an Amplify app.
   *
   * <p>Changing it replaces the resource. Length: 1 to 20 characters. Pattern: {@code
   * ^d[a-z0-9]+$}. CloudFormation property {@code AppId}.
   */
  public Webhook appId(String value) {
    return set("AppId", Value.of(value));
  }

  /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
  public Webhook appId(Value<String> value) {
    return set("AppId", value);
  }

  /**
   * The name for a branch that is part of an Amplify app.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^(?s).+$}. CloudFormation property
   * {@code BranchName}.
   */
  public Webhook branchName(String value) {
    return set("BranchName", Value.of(value));
  }

  /** Sets {@code BranchName} to this value; see {@link #branchName(String)}. */
  public Webhook branchName(Value<String> value) {
    return set("BranchName", value);
  }

  /**
   * The description for a webhook.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^(?s)}. CloudFormation property {@code
   * Description}.
   */
  public Webhook description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Webhook description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Tags for the webhook.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Webhook tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Webhook tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Webhook tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the webhook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique ID for a webhook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebhookId}.
   */
  public Value<String> webhookId() {
    return getAtt("WebhookId");
  }

  /**
   * The URL of the webhook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebhookUrl}.
   */
  public Value<String> webhookUrl() {
    return getAtt("WebhookUrl");
  }
}
