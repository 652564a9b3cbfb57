// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a new Amazon Q in Connect message template version from the current content and
 * configuration of a message template. Versions are immutable and monotonically increasing. Once a
 * version is created, you can reference a specific version of the message template by passing in
 * <code>&lt;messageTemplateArn&gt;:&lt;versionNumber&gt;</code> as the message template identifier.
 * An error is displayed if the supplied <code>messageTemplateContentSha256</code> is different from
 * the <code>messageTemplateContentSha256</code> of the message template with <code>$LATEST</code>
 * qualifier. If multiple <code>CreateMessageTemplateVersion</code> requests are made while the
 * message template remains the same, only the first invocation creates a new version and the
 * succeeding requests will return the same response as the first invocation.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::MessageTemplateVersion}.
 */
public final class MessageTemplateVersion extends Resource<MessageTemplateVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::MessageTemplateVersion")
      .required("MessageTemplateArn")
      .constrain("MessageTemplateArn", Constraint.of().pattern("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?$"))
      .constrain("MessageTemplateContentSha256", Constraint.of().minLength(1).maxLength(64))
      .refYields("MessageTemplateVersionArn")
      .attributes("MessageTemplateVersionArn", "MessageTemplateVersionNumber")
      .build();

  public MessageTemplateVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the message template.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?$}.
   * CloudFormation property {@code MessageTemplateArn}.
   */
  public MessageTemplateVersion messageTemplateArn(String value) {
    return set("MessageTemplateArn", Value.of(value));
  }

  /** Sets {@code MessageTemplateArn} to this value; see {@link #messageTemplateArn(String)}. */
  public MessageTemplateVersion messageTemplateArn(Value<String> value) {
    return set("MessageTemplateArn", value);
  }

  /**
   * The content SHA256 of the message template.
   *
   * <p>Length: 1 to 64 characters. CloudFormation property {@code MessageTemplateContentSha256}.
   */
  public MessageTemplateVersion messageTemplateContentSha256(String value) {
    return set("MessageTemplateContentSha256", Value.of(value));
  }

  /**
   * Sets {@code MessageTemplateContentSha256} to this value; see {@link
   * #messageTemplateContentSha256(String)}.
   */
  public MessageTemplateVersion messageTemplateContentSha256(Value<String> value) {
    return set("MessageTemplateContentSha256", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Message Template Version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MessageTemplateVersionArn}.
   */
  public Value<String> messageTemplateVersionArn() {
    return getAtt("MessageTemplateVersionArn");
  }

  /**
   * The version number for this Message Template Version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MessageTemplateVersionNumber}.
   */
  public Value<Double> messageTemplateVersionNumber() {
    return getAtt("MessageTemplateVersionNumber");
  }
}
