// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconvert;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The AWS::MediaConvert::Preset resource is an AWS Elemental MediaConvert resource type that you
 * can use to specify encoding settings for a single output in a transcoding job.
 *
 * <p>When you declare this entity in your CloudFormation template, you pass in your transcoding job
 * settings in JSON or YAML format. This settings specification must be formed in a particular way
 * that conforms to AWS Elemental MediaConvert job validation. For more information about creating
 * an output preset model for the <code>SettingsJson</code> property, see the Remarks section later
 * in this topic.
 *
 * <p>For more information about output MediaConvert presets, see <a
 * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/working-with-presets.html">Working with
 * AWS Elemental MediaConvert Output Presets</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::MediaConvert::Preset}.
 */
public final class Preset extends Resource<Preset> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConvert::Preset")
      .required("SettingsJson")
      .constrain("SettingsJson", Constraint.of().format("json"))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Preset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The new category for the preset, if you are changing it.
   *
   * <p>CloudFormation property {@code Category}.
   */
  public Preset category(String value) {
    return set("Category", Value.of(value));
  }

  /** Sets {@code Category} to this value; see {@link #category(String)}. */
  public Preset category(Value<String> value) {
    return set("Category", value);
  }

  /**
   * The new description for the preset, if you are changing it.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Preset description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Preset description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the preset that you are modifying.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Preset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Preset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specify, in JSON format, the transcoding job settings for this output preset. This
   * specification must conform to the AWS Elemental MediaConvert job validation. For information
   * about forming this specification, see the Remarks section later in this topic.
   *
   * <p>For more information about MediaConvert output presets, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/working-with-presets.html">Working
   * with AWS Elemental MediaConvert Output Presets</a> in the ** .
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code SettingsJson}.
   */
  public Preset settingsJson(Value<Json> value) {
    return set("SettingsJson", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Preset tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Preset tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the output preset, such as
   * <code>arn:aws:mediaconvert:us-west-2:123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the output preset, such as <code>HEVC high res</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }
}
