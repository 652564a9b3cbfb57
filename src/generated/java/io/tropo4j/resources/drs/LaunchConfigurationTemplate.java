// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.drs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Account level Launch Configuration Template for AWS Elastic Disaster Recovery.
 *
 * <p>CloudFormation type {@code AWS::DRS::LaunchConfigurationTemplate}.
 */
public final class LaunchConfigurationTemplate extends Resource<LaunchConfigurationTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::DRS::LaunchConfigurationTemplate")
      .constrain("ExportBucketArn", Constraint.of().pattern("^arn:.{16,2044}$").minLength(20).maxLength(2048))
      .allowed("LaunchDisposition", "STOPPED", "STARTED")
      .allowed("TargetInstanceTypeRightSizingMethod", "NONE", "BASIC", "IN_AWS")
      .refYields("Arn")
      .attributes("Arn", "LaunchConfigurationTemplateID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LaunchConfigurationTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Copy private IP.
   *
   * <p>CloudFormation property {@code CopyPrivateIp}.
   */
  public LaunchConfigurationTemplate copyPrivateIp(boolean value) {
    return set("CopyPrivateIp", Value.of(value));
  }

  /** Sets {@code CopyPrivateIp} to this value; see {@link #copyPrivateIp(boolean)}. */
  public LaunchConfigurationTemplate copyPrivateIp(Value<Boolean> value) {
    return set("CopyPrivateIp", value);
  }

  /**
   * Copy tags.
   *
   * <p>CloudFormation property {@code CopyTags}.
   */
  public LaunchConfigurationTemplate copyTags(boolean value) {
    return set("CopyTags", Value.of(value));
  }

  /** Sets {@code CopyTags} to this value; see {@link #copyTags(boolean)}. */
  public LaunchConfigurationTemplate copyTags(Value<Boolean> value) {
    return set("CopyTags", value);
  }

  /**
   * S3 bucket ARN to export Source Network templates.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.{16,2044}$}. CloudFormation property
   * {@code ExportBucketArn}.
   */
  public LaunchConfigurationTemplate exportBucketArn(String value) {
    return set("ExportBucketArn", Value.of(value));
  }

  /** Sets {@code ExportBucketArn} to this value; see {@link #exportBucketArn(String)}. */
  public LaunchConfigurationTemplate exportBucketArn(Value<String> value) {
    return set("ExportBucketArn", value);
  }

  /**
   * Launch disposition.
   *
   * <p>Allowed values: {@code STOPPED}, {@code STARTED}. CloudFormation property {@code
   * LaunchDisposition}.
   */
  public LaunchConfigurationTemplate launchDisposition(String value) {
    return set("LaunchDisposition", Value.of(value));
  }

  /** Sets {@code LaunchDisposition} to this value; see {@link #launchDisposition(String)}. */
  public LaunchConfigurationTemplate launchDisposition(Value<String> value) {
    return set("LaunchDisposition", value);
  }

  /**
   * DRS will set the 'launch into instance ID' of any source server when performing a drill,
   * recovery or failback to the previous region or availability zone, using the instance ID of the
   * source instance.
   *
   * <p>CloudFormation property {@code LaunchIntoSourceInstance}.
   */
  public LaunchConfigurationTemplate launchIntoSourceInstance(boolean value) {
    return set("LaunchIntoSourceInstance", Value.of(value));
  }

  /**
   * Sets {@code LaunchIntoSourceInstance} to this value; see {@link
   * #launchIntoSourceInstance(boolean)}.
   */
  public LaunchConfigurationTemplate launchIntoSourceInstance(Value<Boolean> value) {
    return set("LaunchIntoSourceInstance", value);
  }

  /**
   * Configuration of a machine's license.
   *
   * <p>CloudFormation property {@code Licensing}.
   */
  public LaunchConfigurationTemplate licensing(Value<Licensing> value) {
    return set("Licensing", value);
  }

  /**
   * Whether we want to activate post-launch actions.
   *
   * <p>CloudFormation property {@code PostLaunchEnabled}.
   */
  public LaunchConfigurationTemplate postLaunchEnabled(boolean value) {
    return set("PostLaunchEnabled", Value.of(value));
  }

  /** Sets {@code PostLaunchEnabled} to this value; see {@link #postLaunchEnabled(boolean)}. */
  public LaunchConfigurationTemplate postLaunchEnabled(Value<Boolean> value) {
    return set("PostLaunchEnabled", value);
  }

  /**
   * A set of tags associated with the Launch Configuration Template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public LaunchConfigurationTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LaunchConfigurationTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LaunchConfigurationTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Target instance type right-sizing method.
   *
   * <p>Allowed values: {@code NONE}, {@code BASIC}, {@code IN_AWS}. CloudFormation property {@code
   * TargetInstanceTypeRightSizingMethod}.
   */
  public LaunchConfigurationTemplate targetInstanceTypeRightSizingMethod(String value) {
    return set("TargetInstanceTypeRightSizingMethod", Value.of(value));
  }

  /**
   * Sets {@code TargetInstanceTypeRightSizingMethod} to this value; see {@link
   * #targetInstanceTypeRightSizingMethod(String)}.
   */
  public LaunchConfigurationTemplate targetInstanceTypeRightSizingMethod(Value<String> value) {
    return set("TargetInstanceTypeRightSizingMethod", value);
  }

  /**
   * ARN of the Launch Configuration Template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * ID of the Launch Configuration Template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LaunchConfigurationTemplateID}.
   */
  public Value<String> launchConfigurationTemplateID() {
    return getAtt("LaunchConfigurationTemplateID");
  }

  /**
   * Configuration of a machine's license.
   *
   * <p>Property type {@code AWS::DRS::LaunchConfigurationTemplate.Licensing}.
   */
  public static final class Licensing extends Struct<Licensing> {
    private static final Schema SCHEMA = Schema.of("AWS::DRS::LaunchConfigurationTemplate.Licensing");

    public Licensing() {
      super(SCHEMA);
    }

    /**
     * Whether to enable Bring your own license or not.
     *
     * <p>CloudFormation property {@code OsByol}.
     */
    public Licensing osByol(boolean value) {
      return set("OsByol", Value.of(value));
    }

    /** Sets {@code OsByol} to this value; see {@link #osByol(boolean)}. */
    public Licensing osByol(Value<Boolean> value) {
      return set("OsByol", value);
    }
  }
}
