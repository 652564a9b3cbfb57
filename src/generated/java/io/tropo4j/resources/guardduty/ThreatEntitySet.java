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
 * The <code>AWS::GuardDuty::ThreatEntitySet</code> resource helps you create a list of known
 * malicious IP addresses and domain names in your AWS environment. Once you activate this list,
 * GuardDuty will use the entries in this list as an additional source of threat detection and
 * generate findings when there is an activity associated with these known malicious IP addresses
 * and domain names. GuardDuty continues to monitor independently of this custom threat entity set.
 *
 * <p>Only the users of the GuardDuty administrator account can manage this list. These settings
 * automatically apply to the member accounts.
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::ThreatEntitySet}.
 */
public final class ThreatEntitySet extends Resource<ThreatEntitySet> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::ThreatEntitySet")
      .required("Format", "Location")
      .constrain("DetectorId", Constraint.of().minLength(1).maxLength(32))
      .constrain("ExpectedBucketOwner", Constraint.of().pattern("^[0-9]+$").minLength(12).maxLength(12))
      .allowed("Format", "ALIEN_VAULT", "FIRE_EYE", "OTX_CSV", "PROOF_POINT", "STIX", "TXT")
      .constrain("Format", Constraint.of().minLength(1).maxLength(300))
      .constrain("Location", Constraint.of().minLength(1).maxLength(300))
      .constrain("Name", Constraint.of().minLength(1).maxLength(300))
      .attributes("CreatedAt", "ErrorDetails", "Id", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ThreatEntitySet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A boolean value that determines if GuardDuty can start using this list for custom threat
   * detection. For GuardDuty to consider the entries in this list and generate findings based on
   * associated activity, this list must be active.
   *
   * <p>CloudFormation property {@code Activate}.
   */
  public ThreatEntitySet activate(boolean value) {
    return set("Activate", Value.of(value));
  }

  /** Sets {@code Activate} to this value; see {@link #activate(boolean)}. */
  public ThreatEntitySet activate(Value<Boolean> value) {
    return set("Activate", value);
  }

  /**
   * The unique regional detector ID of the GuardDuty account for which you want to create a threat
   * entity set.
   *
   * <p>To find the <code>detectorId</code> in the current Region, see the Settings page in the
   * GuardDuty console, or run the <a
   * href="https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListDetectors.html">ListDetectors</a>
   * API.
   *
   * <p>Changing it replaces the resource. Length: 1 to 32 characters. CloudFormation property
   * {@code DetectorId}.
   */
  public ThreatEntitySet detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public ThreatEntitySet detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * The AWS account ID that owns the Amazon S3 bucket specified in the <em>Location</em> field.
   *
   * <p>Whether or not you provide the account ID for this optional field, GuardDuty validates that
   * the account ID associated with the <code>DetectorId</code> owns the S3 bucket in the
   * <code>Location</code> field. If GuardDuty finds that this S3 bucket doesn't belong to the
   * specified account ID, you will get an error at the time of activating this list.
   *
   * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]+$}. CloudFormation property {@code
   * ExpectedBucketOwner}.
   */
  public ThreatEntitySet expectedBucketOwner(String value) {
    return set("ExpectedBucketOwner", Value.of(value));
  }

  /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
  public ThreatEntitySet expectedBucketOwner(Value<String> value) {
    return set("ExpectedBucketOwner", value);
  }

  /**
   * The format of the file that contains the threat entity set. For information about supported
   * formats, see <a
   * href="https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_upload-lists.html#prepare_list">List
   * formats</a> in the <em>Amazon GuardDuty User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ALIEN_VAULT}, {@code
   * FIRE_EYE}, {@code OTX_CSV}, {@code PROOF_POINT}, {@code STIX}, {@code TXT}. Length: 1 to 300
   * characters. CloudFormation property {@code Format}.
   */
  public ThreatEntitySet format(String value) {
    return set("Format", Value.of(value));
  }

  /** Sets {@code Format} to this value; see {@link #format(String)}. */
  public ThreatEntitySet format(Value<String> value) {
    return set("Format", value);
  }

  /**
   * The URI of the file that contains the threat entity set.
   *
   * <p>Required. Length: 1 to 300 characters. CloudFormation property {@code Location}.
   */
  public ThreatEntitySet location(String value) {
    return set("Location", Value.of(value));
  }

  /** Sets {@code Location} to this value; see {@link #location(String)}. */
  public ThreatEntitySet location(Value<String> value) {
    return set("Location", value);
  }

  /**
   * The user-friendly name to identify the threat entity set. Valid characters are alphanumeric,
   * whitespace, dash (-), and underscores (_).
   *
   * <p>Length: 1 to 300 characters. CloudFormation property {@code Name}.
   */
  public ThreatEntitySet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ThreatEntitySet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to be added to a new threat entity set resource. Each tag consists of a key and an
   * optional value, both of which you define.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ThreatEntitySet tags(List<TagItem> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ThreatEntitySet tags(Value<List<TagItem>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ThreatEntitySet tags(TagItem... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ThreatEntitySet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the threat entity set was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The details associated with the <em>Error</em> status of your threat entity list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorDetails}.
   */
  public Value<String> errorDetails() {
    return getAtt("ErrorDetails");
  }

  /**
   * Returns the unique ID associated with the newly created threat entity set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The status of your <code>ThreatEntitySet</code> . For information about valid status values,
   * see <a
   * href="https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_upload-lists.html#guardduty-entity-list-statuses">Understanding
   * list statuses</a> in the <em>Amazon GuardDuty User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp when the threat entity set was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Describes a tag. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Property type {@code AWS::GuardDuty::ThreatEntitySet.TagItem}.
   */
  public static final class TagItem extends Struct<TagItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::ThreatEntitySet.TagItem")
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
     * The tag value. This is optional.
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
