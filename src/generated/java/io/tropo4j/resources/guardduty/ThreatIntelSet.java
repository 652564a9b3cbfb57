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
 * The <code>AWS::GuardDuty::ThreatIntelSet</code> resource helps you create a list of known
 * malicious IP addresses in your AWS environment. Once you activate this list, GuardDuty will use
 * list the entries in this list as an additional source for threat detection and generate findings
 * when there is an activity associated with these known malicious IP addresses. GuardDuty continues
 * to monitor independently of this custom threat intelligence set.
 *
 * <p>Only the users of the GuardDuty administrator account can manage this list. These settings
 * automatically apply to the member accounts.
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::ThreatIntelSet}.
 */
public final class ThreatIntelSet extends Resource<ThreatIntelSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::ThreatIntelSet")
      .required("Format", "Location")
      .constrain("DetectorId", Constraint.of().minLength(1).maxLength(32))
      .constrain("ExpectedBucketOwner", Constraint.of().minLength(12).maxLength(12))
      .allowed("Format", "ALIEN_VAULT", "FIRE_EYE", "OTX_CSV", "PROOF_POINT", "STIX", "TXT")
      .constrain("Format", Constraint.of().minLength(1).maxLength(300))
      .constrain("Location", Constraint.of().minLength(1).maxLength(300))
      .constrain("Name", Constraint.of().minLength(1).maxLength(300))
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ThreatIntelSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A boolean value that determines if GuardDuty can start using this list for custom threat
   * detection. For GuardDuty to be able to generate findings based on an activity associated with
   * these entries, this list must be active.
   *
   * <p>CloudFormation property {@code Activate}.
   */
  public ThreatIntelSet activate(boolean value) {
    return set("Activate", Value.of(value));
  }

  /** Sets {@code Activate} to this value; see {@link #activate(boolean)}. */
  public ThreatIntelSet activate(Value<Boolean> value) {
    return set("Activate", value);
  }

  /**
   * The unique ID of the detector of the GuardDuty account for which you want to create a
   * <code>threatIntelSet</code> .
   *
   * <p>To find the <code>detectorId</code> in the current Region, see the Settings page in the
   * GuardDuty console, or run the <a
   * href="https://docs.aws.amazon.com/guardduty/latest/APIReference/API_ListDetectors.html">ListDetectors</a>
   * API.
   *
   * <p>Changing it replaces the resource. Length: 1 to 32 characters. CloudFormation property
   * {@code DetectorId}.
   */
  public ThreatIntelSet detectorId(String value) {
    return set("DetectorId", Value.of(value));
  }

  /** Sets {@code DetectorId} to this value; see {@link #detectorId(String)}. */
  public ThreatIntelSet detectorId(Value<String> value) {
    return set("DetectorId", value);
  }

  /**
   * The AWS account ID that owns the Amazon S3 bucket specified in the <em>Location</em> field.
   *
   * <p>When you provide this account ID, GuardDuty will validate that the S3 bucket belongs to this
   * account. If you don't specify an account ID owner, GuardDuty doesn't perform any validation.
   *
   * <p>Length: 12 to 12 characters. CloudFormation property {@code ExpectedBucketOwner}.
   */
  public ThreatIntelSet expectedBucketOwner(String value) {
    return set("ExpectedBucketOwner", Value.of(value));
  }

  /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
  public ThreatIntelSet expectedBucketOwner(Value<String> value) {
    return set("ExpectedBucketOwner", value);
  }

  /**
   * The format of the file that contains the <code>ThreatIntelSet</code> . For information about
   * supported formats, see <a
   * href="https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_upload-lists.html#prepare_list">List
   * formats</a> in the <em>Amazon GuardDuty User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ALIEN_VAULT}, {@code
   * FIRE_EYE}, {@code OTX_CSV}, {@code PROOF_POINT}, {@code STIX}, {@code TXT}. Length: 1 to 300
   * characters. CloudFormation property {@code Format}.
   */
  public ThreatIntelSet format(String value) {
    return set("Format", Value.of(value));
  }

  /** Sets {@code Format} to this value; see {@link #format(String)}. */
  public ThreatIntelSet format(Value<String> value) {
    return set("Format", value);
  }

  /**
   * The URI of the file that contains the ThreatIntelSet.
   *
   * <p>Required. Length: 1 to 300 characters. CloudFormation property {@code Location}.
   */
  public ThreatIntelSet location(String value) {
    return set("Location", Value.of(value));
  }

  /** Sets {@code Location} to this value; see {@link #location(String)}. */
  public ThreatIntelSet location(Value<String> value) {
    return set("Location", value);
  }

  /**
   * The user-friendly name to identify the ThreatIntelSet.
   *
   * <p>The name of your list must be unique within an AWS account and Region. Valid characters are
   * alphanumeric, whitespace, dash (-), and underscores (_).
   *
   * <p>Length: 1 to 300 characters. CloudFormation property {@code Name}.
   */
  public ThreatIntelSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ThreatIntelSet name(Value<String> value) {
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
  public ThreatIntelSet tags(List<TagItem> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ThreatIntelSet tags(Value<List<TagItem>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ThreatIntelSet tags(TagItem... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ThreatIntelSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique ID of the <code>threatIntelSet</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes a tag.
   *
   * <p>Property type {@code AWS::GuardDuty::ThreatIntelSet.TagItem}.
   */
  public static final class TagItem extends Struct<TagItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::ThreatIntelSet.TagItem")
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
