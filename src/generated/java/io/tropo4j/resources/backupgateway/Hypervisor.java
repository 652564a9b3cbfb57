// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backupgateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents the hypervisor's permissions to which the gateway will connect.
 *
 * <p>A hypervisor is hardware, software, or firmware that creates and manages virtual machines, and
 * allocates resources to them.
 *
 * <p>CloudFormation type {@code AWS::BackupGateway::Hypervisor}.
 */
public final class Hypervisor extends Resource<Hypervisor> {
  private static final Schema SCHEMA = Schema.builder("AWS::BackupGateway::Hypervisor")
      .constrain("Host", Constraint.of().pattern("^.+$").minLength(3).maxLength(128))
      .constrain("KmsKeyArn", Constraint.of().pattern("^(^arn:(aws|aws-cn|aws-us-gov):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(\\S+)$)|(^alias/(\\S+)$)$").minLength(50).maxLength(500).format("AWS::KMS::Key.Arn"))
      .constrain("LogGroupArn", Constraint.of().pattern("^$|^arn:(aws|aws-cn|aws-us-gov):logs:([a-zA-Z0-9-]+):([0-9]+):log-group:[a-zA-Z0-9_\\-\\/\\.]+:\\*$").minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-]*$").minLength(1).maxLength(100))
      .constrain("Password", Constraint.of().pattern("^[ -~]+$").minLength(1).maxLength(100))
      .constrain("Username", Constraint.of().pattern("^[ -\\.0-\\[\\]-~]*[!-\\.0-\\[\\]-~][ -\\.0-\\[\\]-~]*$").minLength(1).maxLength(100))
      .refYields("HypervisorArn")
      .attributes("HypervisorArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Hypervisor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The server host of the hypervisor. This can be either an IP address or a fully-qualified domain
   * name (FQDN).
   *
   * <p>Length: 3 to 128 characters. Pattern: {@code ^.+$}. CloudFormation property {@code Host}.
   */
  public Hypervisor host(String value) {
    return set("Host", Value.of(value));
  }

  /** Sets {@code Host} to this value; see {@link #host(String)}. */
  public Hypervisor host(Value<String> value) {
    return set("Host", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Key Management Service used to encrypt the
   * hypervisor.
   *
   * <p>Changing it replaces the resource. Length: 50 to 500 characters. Pattern: {@code
   * ^(^arn:(aws|aws-cn|aws-us-gov):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(&#92;S+)$)|(^alias/(&#92;S+)$)$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Hypervisor kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Hypervisor kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the group of gateways within the requested log.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code
   * ^$|^arn:(aws|aws-cn|aws-us-gov):logs:([a-zA-Z0-9-]+):([0-9]+):log-group:[a-zA-Z0-9_&#92;-&#92;/&#92;.]+:&#92;*$}.
   * CloudFormation property {@code LogGroupArn}.
   */
  public Hypervisor logGroupArn(String value) {
    return set("LogGroupArn", Value.of(value));
  }

  /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
  public Hypervisor logGroupArn(Value<String> value) {
    return set("LogGroupArn", value);
  }

  /**
   * The name of the hypervisor.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9-]*$}. CloudFormation property
   * {@code Name}.
   */
  public Hypervisor name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Hypervisor name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The password for the hypervisor.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[ -~]+$}. CloudFormation property {@code
   * Password}.
   */
  public Hypervisor password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public Hypervisor password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The tags of the hypervisor configuration to import.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Hypervisor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Hypervisor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Hypervisor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The username for the hypervisor.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[
   * -&#92;.0-&#92;[&#92;]-~]*[!-&#92;.0-&#92;[&#92;]-~][ -&#92;.0-&#92;[&#92;]-~]*$}.
   * CloudFormation property {@code Username}.
   */
  public Hypervisor username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public Hypervisor username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * Returns <code>HypervisorArn</code> , an Amazon Resource Name (ARN) that uniquely identifies a
   * Hypervisor. For example:
   * <code>arn:aws:backup-gateway:us-east-1:123456789012:hypervisor/hype-1234D67D</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code HypervisorArn}.
   */
  public Value<String> hypervisorArn() {
    return getAtt("HypervisorArn");
  }
}
