// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::PublicTypeVersion</code> resource tests and publishes a registered
 * extension as a public, third-party extension.
 *
 * <p>CloudFormation first tests the extension to make sure it meets all necessary requirements for
 * being published in the CloudFormation registry. If it does, CloudFormation then publishes it to
 * the registry as a public third-party extension in this Region. Public extensions are available
 * for use by all CloudFormation users.
 *
 * <ul> <li>For resource types, testing includes passing all contracts tests defined for the type.
 * <li>For modules, testing includes determining if the module's model meets all necessary
 * requirements. </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/publish-extension.html#publish-extension-testing">Testing
 * your public extension prior to publishing</a> in the <em>CloudFormation Command Line Interface
 * (CLI) User Guide</em> .
 *
 * <p>If you don't specify a version, CloudFormation uses the default version of the extension in
 * your account and Region for testing.
 *
 * <p>To perform testing, CloudFormation assumes the execution role specified when the type was
 * registered.
 *
 * <p>An extension must have a test status of <code>PASSED</code> before it can be published. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/publish-extension.html">Publishing
 * extensions to make them available for public use</a> in the <em>CloudFormation Command Line
 * Interface (CLI) User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::PublicTypeVersion}.
 */
public final class PublicTypeVersion extends Resource<PublicTypeVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::PublicTypeVersion")
      .constrain("Arn", Constraint.of().pattern("arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:[0-9]{12}:type/.+").minLength(0).maxLength(1024))
      .constrain("PublicVersionNumber", Constraint.of().pattern("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(.*)$").minLength(5).maxLength(64))
      .allowed("Type", "RESOURCE", "MODULE", "HOOK")
      .constrain("TypeName", Constraint.of().pattern("[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}"))
      .refYields("PublicTypeArn")
      .attributes("PublicTypeArn", "PublisherId", "TypeVersionArn")
      .build();

  public PublicTypeVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Number (ARN) of the extension.
   *
   * <p>Conditional: You must specify <code>Arn</code> , or <code>TypeName</code> and
   * <code>Type</code> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:[0-9]{12}:type/.+}. CloudFormation
   * property {@code Arn}.
   */
  public PublicTypeVersion arn(String value) {
    return set("Arn", Value.of(value));
  }

  /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
  public PublicTypeVersion arn(Value<String> value) {
    return set("Arn", value);
  }

  /**
   * The S3 bucket to which CloudFormation delivers the contract test execution logs.
   *
   * <p>CloudFormation delivers the logs by the time contract testing has completed and the
   * extension has been assigned a test type status of <code>PASSED</code> or <code>FAILED</code> .
   *
   * <p>The user initiating the stack operation must be able to access items in the specified S3
   * bucket. Specifically, the user needs the following permissions:
   *
   * <ul> <li>s3:GetObject <li>s3:PutObject </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogDeliveryBucket}.
   */
  public PublicTypeVersion logDeliveryBucket(String value) {
    return set("LogDeliveryBucket", Value.of(value));
  }

  /** Sets {@code LogDeliveryBucket} to this value; see {@link #logDeliveryBucket(String)}. */
  public PublicTypeVersion logDeliveryBucket(Value<String> value) {
    return set("LogDeliveryBucket", value);
  }

  /**
   * The version number to assign to this version of the extension.
   *
   * <p>Use the following format, and adhere to semantic versioning when assigning a version number
   * to your extension:
   *
   * <p><code>MAJOR.MINOR.PATCH</code>
   *
   * <p>For more information, see <a href="https://docs.aws.amazon.com/https://semver.org/">Semantic
   * Versioning 2.0.0</a> .
   *
   * <p>If you don't specify a version number, CloudFormation increments the version number by one
   * minor version release.
   *
   * <p>You cannot specify a version number the first time you publish a type. CloudFormation
   * automatically sets the first version number to be <code>1.0.0</code> .
   *
   * <p>Changing it replaces the resource. Length: 5 to 64 characters. Pattern: {@code
   * ^(0|[1-9]&#92;d*)&#92;.(0|[1-9]&#92;d*)&#92;.(.*)$}. CloudFormation property {@code
   * PublicVersionNumber}.
   */
  public PublicTypeVersion publicVersionNumber(String value) {
    return set("PublicVersionNumber", Value.of(value));
  }

  /** Sets {@code PublicVersionNumber} to this value; see {@link #publicVersionNumber(String)}. */
  public PublicTypeVersion publicVersionNumber(Value<String> value) {
    return set("PublicVersionNumber", value);
  }

  /**
   * The type of the extension to test.
   *
   * <p>Conditional: You must specify <code>Arn</code> , or <code>TypeName</code> and
   * <code>Type</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RESOURCE}, {@code MODULE}, {@code
   * HOOK}. CloudFormation property {@code Type}.
   */
  public PublicTypeVersion typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public PublicTypeVersion typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The name of the extension to test.
   *
   * <p>Conditional: You must specify <code>Arn</code> , or <code>TypeName</code> and
   * <code>Type</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * [A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}}. CloudFormation
   * property {@code TypeName}.
   */
  public PublicTypeVersion typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public PublicTypeVersion typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The Amazon Resource Number (ARN) assigned to the public extension upon publication.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicTypeArn}.
   */
  public Value<String> publicTypeArn() {
    return getAtt("PublicTypeArn");
  }

  /**
   * The publisher ID of the extension publisher.
   *
   * <p>This applies only to public third-party extensions. For private registered extensions, and
   * extensions provided by AWS , CloudFormation returns <code>null</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublisherId}.
   */
  public Value<String> publisherId() {
    return getAtt("PublisherId");
  }

  /**
   * The Amazon Resource Number (ARN) assigned to this version of the extension.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TypeVersionArn}.
   */
  public Value<String> typeVersionArn() {
    return getAtt("TypeVersionArn");
  }
}
