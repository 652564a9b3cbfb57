// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devicefarm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a profile that can be applied to one or more private fleet device instances.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::InstanceProfile}.
 */
public final class InstanceProfile extends Resource<InstanceProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::InstanceProfile")
      .required("Name")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InstanceProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the instance profile.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public InstanceProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public InstanceProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An array of strings containing the list of app packages that should not be cleaned up from the
   * device after a test run completes.
   *
   * <p>The list of packages is considered only if you set <code>packageCleanup</code> to
   * <code>true</code> .
   *
   * <p>CloudFormation property {@code ExcludeAppPackagesFromCleanup}.
   */
  public InstanceProfile excludeAppPackagesFromCleanup(List<String> value) {
    return set("ExcludeAppPackagesFromCleanup", Value.listOf(value));
  }

  /**
   * Sets {@code ExcludeAppPackagesFromCleanup} to this value; see {@link
   * #excludeAppPackagesFromCleanup(List)}.
   */
  public InstanceProfile excludeAppPackagesFromCleanup(Value<List<String>> value) {
    return set("ExcludeAppPackagesFromCleanup", value);
  }

  /**
   * The name of the instance profile.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public InstanceProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InstanceProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * When set to <code>true</code> , Device Farm removes app packages after a test run. The default
   * value is <code>false</code> for private devices.
   *
   * <p>CloudFormation property {@code PackageCleanup}.
   */
  public InstanceProfile packageCleanup(boolean value) {
    return set("PackageCleanup", Value.of(value));
  }

  /** Sets {@code PackageCleanup} to this value; see {@link #packageCleanup(boolean)}. */
  public InstanceProfile packageCleanup(Value<Boolean> value) {
    return set("PackageCleanup", value);
  }

  /**
   * When set to <code>true</code> , Device Farm reboots the instance after a test run. The default
   * value is <code>true</code> .
   *
   * <p>CloudFormation property {@code RebootAfterUse}.
   */
  public InstanceProfile rebootAfterUse(boolean value) {
    return set("RebootAfterUse", Value.of(value));
  }

  /** Sets {@code RebootAfterUse} to this value; see {@link #rebootAfterUse(boolean)}. */
  public InstanceProfile rebootAfterUse(Value<Boolean> value) {
    return set("RebootAfterUse", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>guide</em> .
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
   * The Amazon Resource Name (ARN) of the instance profile. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * resource names</a> in the <em>General Reference guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
