// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.guardduty;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a publishing destination where you can export your GuardDuty findings. Before you start
 * exporting the findings, the destination resource must exist.
 *
 * <p>For more information about considerations and permissions, see <a
 * href="https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_exportfindings.html">Exporting
 * GuardDuty findings to Amazon S3 buckets</a> in the <em>Amazon GuardDuty User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::PublishingDestination}.
 */
public final class PublishingDestination extends Resource<PublishingDestination> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::PublishingDestination")
      .required("DestinationProperties", "DestinationType", "DetectorId")
      .allowed("DestinationType", "S3")
      .constrain("DetectorId", Constraint.of().minLength(1).maxLength(300))
      .attributes("Id", "PublishingFailureStartTimestamp", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PublishingDestination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains the Amazon Resource Name (ARN) of the resource to publish to, such as an S3 bucket,
   * and the ARN of the KMS key to use to encrypt published findings.
   *
   * <p>Required. CloudFormation property {@code DestinationProperties}.
   */
  public PublishingDestination destinationProperties(Value<CFNDestinationProperties> value) {
    return set("DestinationProperties", value);
  }

  /**
   * The type of publishing destination. GuardDuty supports Amazon S3 buckets as a publishing
   * destination.
   *
   * <p>Required. Allowed values: {@code S3}. CloudFormation property {@code DestinationType}.
   */
  public PublishingDestination destinationType(String value) {
    return set("DestinationType", Value.of(value));
  }

  /** Sets {@code DestinationType} to this value; see {@link #destinationType(String)}. */
  public PublishingDestination destinationType(Value<String> value) {
    return set("DestinationType", value);
  }

  /**
   * The ID of the GuardDuty detector where the publishing destination exists.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 300 characters. CloudFormation
   * property {@code DetectorId}.
   */
  public PublishingDestination detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public PublishingDestination detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * Describes a tag.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PublishingDestination tags(List<TagItem> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PublishingDestination tags(Value<List<TagItem>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public PublishingDestination tags(TagItem... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PublishingDestination tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the publishing destination.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time, in epoch millisecond format, at which GuardDuty was first unable to publish findings
   * to the destination.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublishingFailureStartTimestamp}.
   */
  public Value<String> publishingFailureStartTimestamp() {
    return getAtt("PublishingFailureStartTimestamp");
  }

  /**
   * The status of the publishing destination.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Contains the Amazon Resource Name (ARN) of the resource that receives the published findings,
   * such as an S3 bucket, and the ARN of the KMS key that is used to encrypt these published
   * findings.
   *
   * <p>Property type {@code AWS::GuardDuty::PublishingDestination.CFNDestinationProperties}.
   */
  public static final class CFNDestinationProperties extends Struct<CFNDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::PublishingDestination.CFNDestinationProperties")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public CFNDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The ARN of the resource where the findings are published.
     *
     * <p>CloudFormation property {@code DestinationArn}.
     */
    public CFNDestinationProperties destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public CFNDestinationProperties destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /**
     * The ARN of the KMS key to use for encryption.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public CFNDestinationProperties kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public CFNDestinationProperties kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Describes a tag.
   *
   * <p>Property type {@code AWS::GuardDuty::PublishingDestination.TagItem}.
   */
  public static final class TagItem extends Struct<TagItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::PublishingDestination.TagItem")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagItem() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagItem key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagItem key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagItem value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagItem value(Value<String> value) {
      return set("Value", value);
    }
  }
}
