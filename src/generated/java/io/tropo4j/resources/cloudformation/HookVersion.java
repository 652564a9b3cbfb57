// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::HookVersion</code> resource publishes new or first version of a
 * Hook to the CloudFormation registry.
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>This resource type is not compatible with Guard and Lambda Hooks.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::HookVersion}.
 */
public final class HookVersion extends Resource<HookVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::HookVersion")
      .required("SchemaHandlerPackage", "TypeName")
      .constrain("ExecutionRoleArn", Constraint.of().pattern("arn:.+:iam::[0-9]{12}:role/.+").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .constrain("SchemaHandlerPackage", Constraint.of().minLength(1).maxLength(4096))
      .constrain("TypeName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .refYields("Arn")
      .attributes("Arn", "IsDefaultVersion", "TypeArn", "VersionId", "Visibility")
      .build();

  public HookVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the task execution role that grants the Hook permission.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * arn:.+:iam::[0-9]{12}:role/.+}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code ExecutionRoleArn}.
   */
  public HookVersion executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public HookVersion executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Contains logging configuration information for an extension.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoggingConfig}.
   */
  public HookVersion loggingConfig(Value<LoggingConfig> value) {
    return set("LoggingConfig", value);
  }

  /**
   * A URL to the Amazon S3 bucket for the Hook project package that contains the necessary files
   * for the Hook you want to register.
   *
   * <p>For information on generating a schema handler package, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-model.html">Modeling
   * custom CloudFormation Hooks</a> in the <em>CloudFormation Hooks User Guide</em> .
   *
   * <p>To register the Hook, you must have <code>s3:GetObject</code> permissions to access the S3
   * objects.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 4096 characters. CloudFormation
   * property {@code SchemaHandlerPackage}.
   */
  public HookVersion schemaHandlerPackage(String value) {
    return set("SchemaHandlerPackage", Value.of(value));
  }

  /** Sets {@code SchemaHandlerPackage} to this value; see {@link #schemaHandlerPackage(String)}. */
  public HookVersion schemaHandlerPackage(Value<String> value) {
    return set("SchemaHandlerPackage", value);
  }

  /**
   * The unique name for your Hook. Specifies a three-part namespace for your Hook, with a
   * recommended pattern of <code>Organization::Service::Hook</code> .
   *
   * <p>The following organization namespaces are reserved and can't be used in your Hook type
   * names: - <code>Alexa</code> - <code>AMZN</code> - <code>Amazon</code> - <code>ASK</code> -
   * <code>AWS</code> - <code>Custom</code> - <code>Dev</code>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation property {@code
   * TypeName}.
   */
  public HookVersion typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public HookVersion typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Hook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Whether the specified Hook version is set as the default version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefaultVersion}.
   */
  public Value<Boolean> isDefaultVersion() {
    return getAtt("IsDefaultVersion");
  }

  /**
   * The Amazon Resource Number (ARN) assigned to this version of the Hook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TypeArn}.
   */
  public Value<String> typeArn() {
    return getAtt("TypeArn");
  }

  /**
   * The ID of this version of the Hook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * The visibility level that determines who can see and use this Hook in CloudFormation
   * operations:
   *
   * <ul> <li><code>PRIVATE</code> : The Hook is only visible and usable within the account where it
   * was registered. CloudFormation automatically marks any Hooks you register as
   * <code>PRIVATE</code> . <li><code>PUBLIC</code> : The Hook is publicly visible and usable within
   * any AWS account. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Visibility}.
   */
  public Value<String> visibility() {
    return getAtt("Visibility");
  }

  /**
   * The <code>LoggingConfig</code> property type specifies logging configuration information for an
   * extension.
   *
   * <p>Property type {@code AWS::CloudFormation::HookVersion.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::HookVersion.LoggingConfig")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogRoleArn", Constraint.of().pattern("^arn:.+:iam::[0-9]{12}:role/.+$").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
        .build();

    public LoggingConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon CloudWatch Logs group to which CloudFormation sends error logging information when
     * invoking the extension's handlers.
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
     * The Amazon Resource Name (ARN) of the role that CloudFormation should assume when sending log
     * entries to CloudWatch Logs.
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
