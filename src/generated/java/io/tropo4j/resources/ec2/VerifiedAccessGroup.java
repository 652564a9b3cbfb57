// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An AWS Verified Access group is a collection of AWS Verified Access endpoints who's associated
 * applications have similar security requirements. Each instance within a Verified Access group
 * shares an Verified Access policy. For example, you can group all Verified Access instances
 * associated with "sales" applications together and use one common Verified Access policy.
 *
 * <p>CloudFormation type {@code AWS::EC2::VerifiedAccessGroup}.
 */
public final class VerifiedAccessGroup extends Resource<VerifiedAccessGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessGroup")
      .required("VerifiedAccessInstanceId")
      .refYields("VerifiedAccessGroupId")
      .attributes("CreationTime", "LastUpdatedTime", "Owner", "VerifiedAccessGroupArn",
          "VerifiedAccessGroupId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VerifiedAccessGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the AWS Verified Access group.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public VerifiedAccessGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VerifiedAccessGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Verified Access policy document.
   *
   * <p>CloudFormation property {@code PolicyDocument}.
   */
  public VerifiedAccessGroup policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public VerifiedAccessGroup policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The status of the Verified Access policy.
   *
   * <p>CloudFormation property {@code PolicyEnabled}.
   */
  public VerifiedAccessGroup policyEnabled(boolean value) {
    return set("PolicyEnabled", Value.of(value));
  }

  /** Sets {@code PolicyEnabled} to this value; see {@link #policyEnabled(boolean)}. */
  public VerifiedAccessGroup policyEnabled(Value<Boolean> value) {
    return set("PolicyEnabled", value);
  }

  /**
   * The options for additional server side encryption.
   *
   * <p>CloudFormation property {@code SseSpecification}.
   */
  public VerifiedAccessGroup sseSpecification(Value<SseSpecification> value) {
    return set("SseSpecification", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VerifiedAccessGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VerifiedAccessGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VerifiedAccessGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the AWS Verified Access instance.
   *
   * <p>Required. CloudFormation property {@code VerifiedAccessInstanceId}.
   */
  public VerifiedAccessGroup verifiedAccessInstanceId(String value) {
    return set("VerifiedAccessInstanceId", Value.of(value));
  }

  /**
   * Sets {@code VerifiedAccessInstanceId} to this value; see {@link
   * #verifiedAccessInstanceId(String)}.
   */
  public VerifiedAccessGroup verifiedAccessInstanceId(Value<String> value) {
    return set("VerifiedAccessInstanceId", value);
  }

  /**
   * The creation time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The last updated time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The ID of the AWS account that owns the group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /**
   * The ARN of the Verified Access group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAccessGroupArn}.
   */
  public Value<String> verifiedAccessGroupArn() {
    return getAtt("VerifiedAccessGroupArn");
  }

  /**
   * The ID of the Verified Access group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAccessGroupId}.
   */
  public Value<String> verifiedAccessGroupId() {
    return getAtt("VerifiedAccessGroupId");
  }

  /**
   * AWS Verified Access provides server side encryption by default to data at rest using AWS -owned
   * KMS keys. You also have the option of using customer managed KMS keys, which can be specified
   * using the options below.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessGroup.SseSpecification}.
   */
  public static final class SseSpecification extends Struct<SseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessGroup.SseSpecification")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public SseSpecification() {
      super(SCHEMA);
    }

    /**
     * Enable or disable the use of customer managed KMS keys for server side encryption.
     *
     * <p>Valid values: <code>True</code> | <code>False</code>
     *
     * <p>CloudFormation property {@code CustomerManagedKeyEnabled}.
     */
    public SseSpecification customerManagedKeyEnabled(boolean value) {
      return set("CustomerManagedKeyEnabled", Value.of(value));
    }

    /**
     * Sets {@code CustomerManagedKeyEnabled} to this value; see {@link
     * #customerManagedKeyEnabled(boolean)}.
     */
    public SseSpecification customerManagedKeyEnabled(Value<Boolean> value) {
      return set("CustomerManagedKeyEnabled", value);
    }

    /**
     * The ARN of the KMS key.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public SseSpecification kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public SseSpecification kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }
}
