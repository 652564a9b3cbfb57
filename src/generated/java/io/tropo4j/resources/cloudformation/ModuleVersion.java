// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::ModuleVersion</code> resource registers the specified version of
 * the module with the CloudFormation registry. Registering a module makes it available for use in
 * CloudFormation templates in your AWS account and Region.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/modules.html">Create
 * reusable resource configurations that can be included across templates with CloudFormation
 * modules</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::ModuleVersion}.
 */
public final class ModuleVersion extends Resource<ModuleVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ModuleVersion")
      .required("ModuleName", "ModulePackage")
      .constrain("ModuleName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::MODULE"))
      .refYields("Arn")
      .attributes("Arn", "Description", "DocumentationUrl", "IsDefaultVersion", "Schema",
          "TimeCreated", "VersionId", "Visibility")
      .build();

  public ModuleVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the module being registered.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::MODULE}. CloudFormation property
   * {@code ModuleName}.
   */
  public ModuleVersion moduleName(String value) {
    return set("ModuleName", Value.of(value));
  }

  /** Sets {@code ModuleName} to this value; see {@link #moduleName(String)}. */
  public ModuleVersion moduleName(Value<String> value) {
    return set("ModuleName", value);
  }

  /**
   * A URL to the S3 bucket for the package that contains the template fragment and schema files for
   * the module version to register.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/modules-structure.html">Module
   * structure and requirements</a> in the <em>CloudFormation Command Line Interface (CLI) User
   * Guide</em> .
   *
   * <p>To register the module version, you must have <code>s3:GetObject</code> permissions to
   * access the S3 objects.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ModulePackage}.
   */
  public ModuleVersion modulePackage(String value) {
    return set("ModulePackage", Value.of(value));
  }

  /** Sets {@code ModulePackage} to this value; see {@link #modulePackage(String)}. */
  public ModuleVersion modulePackage(Value<String> value) {
    return set("ModulePackage", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The description of the module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Description}.
   */
  public Value<String> description() {
    return getAtt("Description");
  }

  /**
   * The URL of a page providing detailed documentation for this module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DocumentationUrl}.
   */
  public Value<String> documentationUrl() {
    return getAtt("DocumentationUrl");
  }

  /**
   * Whether the specified module version is set as the default version.
   *
   * <p>This applies only to private extensions you have registered in your account, and extensions
   * published by AWS . For public third-party extensions, whether they are activated in your
   * account, CloudFormation returns <code>null</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefaultVersion}.
   */
  public Value<Boolean> isDefaultVersion() {
    return getAtt("IsDefaultVersion");
  }

  /**
   * The schema that defines the module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Schema}.
   */
  public Value<String> schemaAttribute() {
    return getAtt("Schema");
  }

  /**
   * When the specified private module version was registered or activated in your account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TimeCreated}.
   */
  public Value<String> timeCreated() {
    return getAtt("TimeCreated");
  }

  /**
   * The ID of this version of the module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * The visibility level that determines who can see and use this module in CloudFormation
   * operations:
   *
   * <ul> <li><code>PRIVATE</code> : The module is only visible and usable within the account where
   * it was registered. CloudFormation automatically marks any modules you register as
   * <code>PRIVATE</code> . <li><code>PUBLIC</code> : The module is publicly visible and usable
   * within any AWS account. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Visibility}.
   */
  public Value<String> visibility() {
    return getAtt("Visibility");
  }
}
