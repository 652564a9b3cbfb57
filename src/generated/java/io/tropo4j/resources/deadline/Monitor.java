// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS Deadline Cloud monitor that you can use to view your farms, queues, and fleets.
 * After you submit a job, you can track the progress of the tasks and steps that make up the job,
 * and then download the job's results.
 *
 * <p>CloudFormation type {@code AWS::Deadline::Monitor}.
 */
public final class Monitor extends Resource<Monitor> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::Monitor")
      .required("DisplayName", "IdentityCenterInstanceArn", "RoleArn", "Subdomain")
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("IdentityCenterInstanceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"))
      .constrain("IdentityCenterRegion", Constraint.of().pattern("^[a-z0-9-]+$").minLength(1).maxLength(25))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::\\d{12}:role(/[!-.0-~]+)*/[\\w+=,.@-]+$").format("AWS::IAM::Role.Arn"))
      .constrain("Subdomain", Constraint.of().pattern("^[a-z0-9-]{1,100}$"))
      .refYields("Arn")
      .attributes("Arn", "IdentityCenterApplicationArn", "MonitorId", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Monitor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the monitor that displays on the Deadline Cloud console.
   *
   * <p>This field can store any content. Escape or encode this content before displaying it on a
   * webpage or any other system that might interpret the content of this field.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Monitor displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Monitor displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The Amazon Resource Name of the IAM Identity Center instance responsible for authenticating
   * monitor users.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}.
   * CloudFormation property {@code IdentityCenterInstanceArn}.
   */
  public Monitor identityCenterInstanceArn(String value) {
    return set("IdentityCenterInstanceArn", Value.of(value));
  }

  /**
   * Sets {@code IdentityCenterInstanceArn} to this value; see {@link
   * #identityCenterInstanceArn(String)}.
   */
  public Monitor identityCenterInstanceArn(Value<String> value) {
    return set("IdentityCenterInstanceArn", value);
  }

  /**
   * The AWS region where IAM Identity Center is enabled. Required when Identity Center is in a
   * different region than the monitor.
   *
   * <p>Changing it replaces the resource. Length: 1 to 25 characters. Pattern: {@code
   * ^[a-z0-9-]+$}. CloudFormation property {@code IdentityCenterRegion}.
   */
  public Monitor identityCenterRegion(String value) {
    return set("IdentityCenterRegion", Value.of(value));
  }

  /** Sets {@code IdentityCenterRegion} to this value; see {@link #identityCenterRegion(String)}. */
  public Monitor identityCenterRegion(Value<String> value) {
    return set("IdentityCenterRegion", value);
  }

  /**
   * The Amazon Resource Name of the IAM role for the monitor. Users of the monitor use this role to
   * access Deadline Cloud resources.
   *
   * <p>Required. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):iam::&#92;d{12}:role(/[!-.0-~]+)*&#47;[&#92;w+=,.&#64;-]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Monitor roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Monitor roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The subdomain used for the monitor URL. The full URL of the monitor is
   * subdomain.Region.deadlinecloud.amazonaws.com.
   *
   * <p>Required. Pattern: {@code ^[a-z0-9-]{1,100}$}. CloudFormation property {@code Subdomain}.
   */
  public Monitor subdomain(String value) {
    return set("Subdomain", Value.of(value));
  }

  /** Sets {@code Subdomain} to this value; see {@link #subdomain(String)}. */
  public Monitor subdomain(Value<String> value) {
    return set("Subdomain", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Monitor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Monitor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Monitor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name that the IAM Identity Center assigned to the monitor when it was
   * created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityCenterApplicationArn}.
   */
  public Value<String> identityCenterApplicationArn() {
    return getAtt("IdentityCenterApplicationArn");
  }

  /**
   * The unique identifier for the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorId}.
   */
  public Value<String> monitorId() {
    return getAtt("MonitorId");
  }

  /**
   * The complete URL of the monitor. The full URL of the monitor is
   * subdomain.Region.deadlinecloud.amazonaws.com.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }
}
