// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Provides information that defines an instance profile.
 *
 * <p>CloudFormation type {@code AWS::DMS::InstanceProfile}.
 */
public final class InstanceProfile extends Resource<InstanceProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::InstanceProfile")
      .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(1).maxLength(255))
      .constrain("InstanceProfileIdentifier", Constraint.of().minLength(1).maxLength(255))
      .constrain("InstanceProfileName", Constraint.of().minLength(1).maxLength(255))
      .constrain("KmsKeyArn", Constraint.of().minLength(1).maxLength(255).format("AWS::KMS::Key.Arn"))
      .allowed("NetworkType", "IPV4", "DUAL")
      .constrain("SubnetGroupIdentifier", Constraint.of().minLength(1).maxLength(255))
      .refYields("InstanceProfileArn")
      .attributes("InstanceProfileArn", "InstanceProfileCreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InstanceProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone where the instance profile runs.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code AvailabilityZone}.
   */
  public InstanceProfile availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public InstanceProfile availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * A description of the instance profile. Descriptions can have up to 31 characters. A description
   * can contain only ASCII letters, digits, and hyphens ('-'). Also, it can't end with a hyphen or
   * contain two consecutive hyphens, and can only begin with a letter.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Description}.
   */
  public InstanceProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public InstanceProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the instance profile. Identifiers must begin with a letter and must contain
   * only ASCII letters, digits, and hyphens. They can't end with a hyphen, or contain two
   * consecutive hyphens.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code InstanceProfileIdentifier}.
   */
  public InstanceProfile instanceProfileIdentifier(String value) {
    return set("InstanceProfileIdentifier", Value.of(value));
  }

  /**
   * Sets {@code InstanceProfileIdentifier} to this value; see {@link
   * #instanceProfileIdentifier(String)}.
   */
  public InstanceProfile instanceProfileIdentifier(Value<String> value) {
    return set("InstanceProfileIdentifier", value);
  }

  /**
   * The user-friendly name for the instance profile.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code InstanceProfileName}.
   */
  public InstanceProfile instanceProfileName(String value) {
    return set("InstanceProfileName", Value.of(value));
  }

  /** Sets {@code InstanceProfileName} to this value; see {@link #instanceProfileName(String)}. */
  public InstanceProfile instanceProfileName(Value<String> value) {
    return set("InstanceProfileName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS key that is used to encrypt the connection parameters
   * for the instance profile.
   *
   * <p>If you don't specify a value for the <code>KmsKeyArn</code> parameter, then AWS DMS uses an
   * AWS owned encryption key to encrypt your resources.
   *
   * <p>Length: 1 to 255 characters. Format: {@code AWS::KMS::Key.Arn}. CloudFormation property
   * {@code KmsKeyArn}.
   */
  public InstanceProfile kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public InstanceProfile kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Specifies the network type for the instance profile. A value of <code>IPV4</code> represents an
   * instance profile with IPv4 network type and only supports IPv4 addressing. A value of
   * <code>IPV6</code> represents an instance profile with IPv6 network type and only supports IPv6
   * addressing. A value of <code>DUAL</code> represents an instance profile with dual network type
   * that supports IPv4 and IPv6 addressing.
   *
   * <p>Allowed values: {@code IPV4}, {@code DUAL}. CloudFormation property {@code NetworkType}.
   */
  public InstanceProfile networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public InstanceProfile networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Specifies the accessibility options for the instance profile. A value of <code>true</code>
   * represents an instance profile with a public IP address. A value of <code>false</code>
   * represents an instance profile with a private IP address. The default value is
   * <code>true</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code PubliclyAccessible}.
   */
  public InstanceProfile publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public InstanceProfile publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The identifier of the subnet group that is associated with the instance profile.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code SubnetGroupIdentifier}.
   */
  public InstanceProfile subnetGroupIdentifier(String value) {
    return set("SubnetGroupIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SubnetGroupIdentifier} to this value; see {@link #subnetGroupIdentifier(String)}.
   */
  public InstanceProfile subnetGroupIdentifier(Value<String> value) {
    return set("SubnetGroupIdentifier", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InstanceProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InstanceProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InstanceProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC security groups that are used with the instance profile. The VPC security group must
   * work with the VPC containing the instance profile.
   *
   * <p>CloudFormation property {@code VpcSecurityGroups}.
   */
  public InstanceProfile vpcSecurityGroups(List<String> value) {
    return set("VpcSecurityGroups", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroups} to this value; see {@link #vpcSecurityGroups(List)}. */
  public InstanceProfile vpcSecurityGroups(Value<List<String>> value) {
    return set("VpcSecurityGroups", value);
  }

  /**
   * The Amazon Resource Name (ARN) string that uniquely identifies the instance profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceProfileArn}.
   */
  public Value<String> instanceProfileArn() {
    return getAtt("InstanceProfileArn");
  }

  /**
   * The time the instance profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceProfileCreationTime}.
   */
  public Value<String> instanceProfileCreationTime() {
    return getAtt("InstanceProfileCreationTime");
  }
}
