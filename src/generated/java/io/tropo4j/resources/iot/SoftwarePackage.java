// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::IoT::SoftwarePackage</code> resource to create a software package.
 *
 * <p>For information about working with software packages, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/software-package-catalog.html">AWS
 * IoT Device Management Software Package Catalog</a> and <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/creating-package-and-version.html">Creating
 * a software package and package version</a> in the <em>AWS IoT Developer Guide</em> . See also, <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_CreatePackage.html">CreatePackage</a>
 * in the <em>API Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::SoftwarePackage}.
 */
public final class SoftwarePackage extends Resource<SoftwarePackage> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::SoftwarePackage")
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]+$").minLength(0).maxLength(1024))
      .constrain("PackageName", Constraint.of().pattern("^[a-zA-Z0-9-_.]+$").minLength(1).maxLength(128))
      .refYields("PackageName")
      .attributes("PackageArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SoftwarePackage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A summary of the package being created. This can be used to outline the package's contents or
   * purpose.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^[^&#92;p{C}]+$}. CloudFormation property
   * {@code Description}.
   */
  public SoftwarePackage description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SoftwarePackage description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the new software package.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_.]+$}. CloudFormation property {@code PackageName}.
   */
  public SoftwarePackage packageName(String value) {
    return set("PackageName", Value.of(value));
  }

  /** Sets {@code PackageName} to this value; see {@link #packageName(String)}. */
  public SoftwarePackage packageName(Value<String> value) {
    return set("PackageName", value);
  }

  /**
   * Metadata that can be used to manage the package.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SoftwarePackage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SoftwarePackage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SoftwarePackage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the package.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PackageArn}.
   */
  public Value<String> packageArn() {
    return getAtt("PackageArn");
  }
}
