// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies the default version of a module. The default version of the module will be used in
 * CloudFormation operations for this account and Region.
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
 * <p>CloudFormation type {@code AWS::CloudFormation::ModuleDefaultVersion}.
 */
public final class ModuleDefaultVersion extends Resource<ModuleDefaultVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ModuleDefaultVersion")
      .constrain("Arn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/module/.+/[0-9]{8}$"))
      .references("Arn", "AWS::CloudFormation::ModuleVersion.Ref")
      .constrain("ModuleName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::MODULE"))
      .constrain("VersionId", Constraint.of().pattern("^[0-9]{8}$"))
      .refYields("Arn")
      .build();

  public ModuleDefaultVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the module version to set as the default version.
   *
   * <p>Conditional: You must specify either <code>Arn</code> , or <code>ModuleName</code> and
   * <code>VersionId</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/module/.+/[0-9]{8}$}.
   * CloudFormation property {@code Arn}.
   */
  public ModuleDefaultVersion arn(String value) {
    return set("Arn", Value.of(value));
  }

  /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
  public ModuleDefaultVersion arn(Value<String> value) {
    return set("Arn", value);
  }

  /**
   * Sets {@code Arn} to the Ref of {@code AWS::CloudFormation::ModuleVersion}; see {@link
   * #arn(String)}.
   */
  public ModuleDefaultVersion arn(ModuleVersion resource) {
    return set("Arn", resource.ref());
  }

  /**
   * The name of the module.
   *
   * <p>Conditional: You must specify either <code>Arn</code> , or <code>ModuleName</code> and
   * <code>VersionId</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::MODULE}. CloudFormation property
   * {@code ModuleName}.
   */
  public ModuleDefaultVersion moduleName(String value) {
    return set("ModuleName", Value.of(value));
  }

  /** Sets {@code ModuleName} to this value; see {@link #moduleName(String)}. */
  public ModuleDefaultVersion moduleName(Value<String> value) {
    return set("ModuleName", value);
  }

  /**
   * The ID for the specific version of the module.
   *
   * <p>Conditional: You must specify either <code>Arn</code> , or <code>ModuleName</code> and
   * <code>VersionId</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9]{8}$}. CloudFormation property
   * {@code VersionId}.
   */
  public ModuleDefaultVersion versionId(String value) {
    return set("VersionId", Value.of(value));
  }

  /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
  public ModuleDefaultVersion versionId(Value<String> value) {
    return set("VersionId", value);
  }
}
