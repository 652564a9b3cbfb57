// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::ResourceVersion</code> resource registers a resource version with
 * the CloudFormation registry. Registering a resource version makes it available for use in
 * CloudFormation templates in your AWS account , and includes:
 *
 * <ul> <li>Validating the resource schema. <li>Determining which handlers, if any, have been
 * specified for the resource. <li>Making the resource available for use in your account. </ul>
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>You can have a maximum of 50 resource versions registered at a time. This maximum is per
 * account and per Region.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::ResourceVersion}.
 */
public final class ResourceVersion extends Resource<ResourceVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ResourceVersion")
      .required("SchemaHandlerPackage", "TypeName")
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:.+:iam::[0-9]{12}:role/.+$").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .constrain("SchemaHandlerPackage", Constraint.of().minLength(1).maxLength(4096))
      .constrain("TypeName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .refYields("Arn")
      .attributes("Arn", "IsDefaultVersion", "ProvisioningType", "TypeArn", "VersionId",
          "Visibility")
      .build();

  public ResourceVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role for CloudFormation to assume when invoking the
   * resource. If your resource calls AWS APIs in any of its handlers, you must create an IAM
   * execution role that includes the necessary permissions to call those AWS APIs, and provision
   * that execution role in your account. When CloudFormation needs to invoke the resource type
   * handler, CloudFormation assumes this execution role to create a temporary session token, which
   * it then passes to the resource type handler, thereby supplying your resource type with the
   * appropriate credentials.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:.+:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code ExecutionRoleArn}.
   */
  public ResourceVersion executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public ResourceVersion executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Logging configuration information for a resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoggingConfig}.
   */
  public ResourceVersion loggingConfig(Value<LoggingConfig> value) {
    return set("LoggingConfig", value);
  }

  /**
   * A URL to the S3 bucket for the resource project package that contains the necessary files for
   * the resource you want to register.
   *
   * <p>For information on generating a schema handler package, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-model.html">Modeling
   * resource types to use with CloudFormation</a> in the <em>CloudFormation Command Line Interface
   * (CLI) User Guide</em> .
   *
   * <p>To register the resource version, you must have <code>s3:GetObject</code> permissions to
   * access the S3 objects.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 4096 characters. CloudFormation
   * property {@code SchemaHandlerPackage}.
   */
  public ResourceVersion schemaHandlerPackage(String value) {
    return set("SchemaHandlerPackage", Value.of(value));
  }

  /** Sets {@code SchemaHandlerPackage} to this value; see {@link #schemaHandlerPackage(String)}. */
  public ResourceVersion schemaHandlerPackage(Value<String> value) {
    return set("SchemaHandlerPackage", value);
  }

  /**
   * The name of the resource being registered.
   *
   * <p>We recommend that resource names adhere to the following pattern:
   * <em>company_or_organization</em> :: <em>service</em> :: <em>type</em> .
   *
   * <p>The following organization namespaces are reserved and can't be used in your resource names:
   * - <code>Alexa</code> - <code>AMZN</code> - <code>Amazon</code> - <code>AWS</code> -
   * <code>Custom</code> - <code>Dev</code>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation property {@code
   * TypeName}.
   */
  public ResourceVersion typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public ResourceVersion typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Whether the specified resource version is set as the default version.
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
   * For resource type extensions, the provisioning behavior of the resource type. CloudFormation
   * determines the provisioning type during registration, based on the types of handlers in the
   * schema handler package submitted.
   *
   * <p>Possible values:
   *
   * <ul> <li><code>FULLY_MUTABLE</code> : The resource type includes an update handler to process
   * updates to the type during stack update operations. <li><code>IMMUTABLE</code> : The resource
   * type doesn't include an update handler, so the type can't be updated and must instead be
   * replaced during stack update operations. <li><code>NON_PROVISIONABLE</code> : The resource type
   * doesn't include all the following handlers, and therefore can't actually be provisioned. </ul>
   *
   * <ul> <li>create <li>read <li>delete </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProvisioningType}.
   */
  public Value<String> provisioningType() {
    return getAtt("ProvisioningType");
  }

  /**
   * The Amazon Resource Name (ARN) for the extension.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TypeArn}.
   */
  public Value<String> typeArn() {
    return getAtt("TypeArn");
  }

  /**
   * The ID of a specific version of the resource. The version ID is the value at the end of the
   * Amazon Resource Name (ARN) assigned to the resource version when it is registered.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * The visibility level that determines who can see and use this resource in CloudFormation
   * operations:
   *
   * <ul> <li><code>PRIVATE</code> : The resource is only visible and usable within the account
   * where it was registered. CloudFormation automatically marks any resources you register as
   * <code>PRIVATE</code> . <li><code>PUBLIC</code> : The resource is publicly visible and usable
   * within any AWS account. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Visibility}.
   */
  public Value<String> visibility() {
    return getAtt("Visibility");
  }

  /**
   * Logging configuration information for a resource.
   *
   * <p>Property type {@code AWS::CloudFormation::ResourceVersion.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ResourceVersion.LoggingConfig")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogRoleArn", Constraint.of().pattern("^arn:.+:iam::[0-9]{12}:role/.+$").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
        .build();

    public LoggingConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon CloudWatch logs group to which CloudFormation sends error logging information when
     * invoking the type's handlers.
     *
     * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * ^[&#92;.&#92;-_/#A-Za-z0-9]+$}. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation
     * property {@code LogGroupName}.
     */
    public LoggingConfig logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public LoggingConfig logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The ARN of the role that CloudFormation should assume when sending log entries to CloudWatch
     * logs.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^arn:.+:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code LogRoleArn}.
     */
    public LoggingConfig logRoleArn(String value) {
      return set("LogRoleArn", Value.of(value));
    }

    /** Sets {@code LogRoleArn} to this value; see {@link #logRoleArn(String)}. */
    public LoggingConfig logRoleArn(Value<String> value) {
      return set("LogRoleArn", value);
    }
  }
}
