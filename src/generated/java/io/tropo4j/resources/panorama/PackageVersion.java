// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.panorama;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * End of support notice: On May 31, 2026, AWS will end support for AWS Panorama . After May 31,
 * 2026, you will no longer be able to access the AWS Panorama console or AWS Panorama resources.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/panorama/latest/dev/panorama-end-of-support.html">AWS Panorama
 * end of support</a> .
 *
 * <p>Registers a package version.
 *
 * <p>CloudFormation type {@code AWS::Panorama::PackageVersion}.
 */
public final class PackageVersion extends Resource<PackageVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Panorama::PackageVersion")
      .required("PackageId", "PackageVersion", "PatchVersion")
      .constrain("OwnerAccount", Constraint.of().pattern("^[0-9a-z\\_]+$").minLength(1).maxLength(12))
      .constrain("PackageId", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\/]+$").minLength(1).maxLength(255))
      .constrain("PackageVersion", Constraint.of().pattern("^([0-9]+)\\.([0-9]+)$").minLength(1).maxLength(255))
      .constrain("PatchVersion", Constraint.of().pattern("^[a-z0-9]+$").minLength(1).maxLength(255))
      .constrain("UpdatedLatestPatchVersion", Constraint.of().pattern("^[a-z0-9]+$").minLength(1).maxLength(255))
      .attributes("IsLatestPatch", "PackageArn", "PackageName", "RegisteredTime", "Status",
          "StatusDescription")
      .build();

  public PackageVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to mark the new version as the latest version.
   *
   * <p>CloudFormation property {@code MarkLatest}.
   */
  public PackageVersion markLatest(boolean value) {
    return set("MarkLatest", Value.of(value));
  }

  /** Sets {@code MarkLatest} to this value; see {@link #markLatest(boolean)}. */
  public PackageVersion markLatest(Value<Boolean> value) {
    return set("MarkLatest", value);
  }

  /**
   * An owner account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 12 characters. Pattern: {@code
   * ^[0-9a-z&#92;_]+$}. CloudFormation property {@code OwnerAccount}.
   */
  public PackageVersion ownerAccount(String value) {
    return set("OwnerAccount", Value.of(value));
  }

  /** Sets {@code OwnerAccount} to this value; see {@link #ownerAccount(String)}. */
  public PackageVersion ownerAccount(Value<String> value) {
    return set("OwnerAccount", value);
  }

  /**
   * A package ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_&#92;/]+$}. CloudFormation property {@code PackageId}.
   */
  public PackageVersion packageId(String value) {
    return set("PackageId", Value.of(value));
  }

  /** Sets {@code PackageId} to this value; see {@link #packageId(String)}. */
  public PackageVersion packageId(Value<String> value) {
    return set("PackageId", value);
  }

  /**
   * A package version.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^([0-9]+)&#92;.([0-9]+)$}. CloudFormation property {@code PackageVersion}.
   */
  public PackageVersion packageVersion(String value) {
    return set("PackageVersion", Value.of(value));
  }

  /** Sets {@code PackageVersion} to this value; see {@link #packageVersion(String)}. */
  public PackageVersion packageVersion(Value<String> value) {
    return set("PackageVersion", value);
  }

  /**
   * A patch version.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-z0-9]+$}. CloudFormation property {@code PatchVersion}.
   */
  public PackageVersion patchVersion(String value) {
    return set("PatchVersion", Value.of(value));
  }

  /** Sets {@code PatchVersion} to this value; see {@link #patchVersion(String)}. */
  public PackageVersion patchVersion(Value<String> value) {
    return set("PatchVersion", value);
  }

  /**
   * If the version was marked latest, the new version to maker as latest.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-z0-9]+$}. CloudFormation property {@code
   * UpdatedLatestPatchVersion}.
   */
  public PackageVersion updatedLatestPatchVersion(String value) {
    return set("UpdatedLatestPatchVersion", Value.of(value));
  }

  /**
   * Sets {@code UpdatedLatestPatchVersion} to this value; see {@link
   * #updatedLatestPatchVersion(String)}.
   */
  public PackageVersion updatedLatestPatchVersion(Value<String> value) {
    return set("UpdatedLatestPatchVersion", value);
  }

  /**
   * Whether the package version is the latest version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsLatestPatch}.
   */
  public Value<Boolean> isLatestPatch() {
    return getAtt("IsLatestPatch");
  }

  /**
   * The package version's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PackageArn}.
   */
  public Value<String> packageArn() {
    return getAtt("PackageArn");
  }

  /**
   * The package version's name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PackageName}.
   */
  public Value<String> packageName() {
    return getAtt("PackageName");
  }

  /**
   * The package version's registered time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegisteredTime}.
   */
  public Value<Integer> registeredTime() {
    return getAtt("RegisteredTime");
  }

  /**
   * The package version's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The package version's status description.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusDescription}.
   */
  public Value<String> statusDescription() {
    return getAtt("StatusDescription");
  }
}
