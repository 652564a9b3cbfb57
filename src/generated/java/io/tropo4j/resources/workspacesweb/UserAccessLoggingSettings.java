// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource specifies user access logging settings that can be associated with a web portal.
 *
 * <p>In order to receive logs from WorkSpaces Secure Browser, you must have an Amazon Kinesis Data
 * Stream that starts with "amazon-workspaces-web-*". Your Amazon Kinesis data stream must either
 * have server-side encryption turned off, or must use AWS managed keys for server-side encryption.
 *
 * <p>For more information about setting server-side encryption in Amazon Kinesis , see <a
 * href="https://docs.aws.amazon.com/streams/latest/dev/getting-started-with-sse.html">How Do I Get
 * Started with Server-Side Encryption?</a> .
 *
 * <p>For more information about setting up user access logging, see <a
 * href="https://docs.aws.amazon.com/workspaces-web/latest/adminguide/user-logging.html">Set up user
 * access logging</a> .
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::UserAccessLoggingSettings}.
 */
public final class UserAccessLoggingSettings extends Resource<UserAccessLoggingSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::UserAccessLoggingSettings")
      .required("KinesisStreamArn")
      .constrain("KinesisStreamArn", Constraint.of().pattern("arn:[\\w+=/,.@-]+:kinesis:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:stream/.+").minLength(20).maxLength(2048))
      .refYields("UserAccessLoggingSettingsArn")
      .attributes("AssociatedPortalArns", "UserAccessLoggingSettingsArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UserAccessLoggingSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the Kinesis stream.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * arn:[&#92;w+=/,.&#64;-]+:kinesis:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:stream/.+}.
   * CloudFormation property {@code KinesisStreamArn}.
   */
  public UserAccessLoggingSettings kinesisStreamArn(String value) {
    return set("KinesisStreamArn", Value.of(value));
  }

  /** Sets {@code KinesisStreamArn} to this value; see {@link #kinesisStreamArn(String)}. */
  public UserAccessLoggingSettings kinesisStreamArn(Value<String> value) {
    return set("KinesisStreamArn", value);
  }

  /**
   * The tags to add to the user access logging settings resource. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UserAccessLoggingSettings tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UserAccessLoggingSettings tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UserAccessLoggingSettings tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of web portal ARNs that this user access logging settings is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The ARN of the user access logging settings.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserAccessLoggingSettingsArn}.
   */
  public Value<String> userAccessLoggingSettingsArn() {
    return getAtt("UserAccessLoggingSettingsArn");
  }
}
