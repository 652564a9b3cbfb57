// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::TypeActivation</code> resource activates a public third-party
 * extension, making it available for use in stack templates.
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::TypeActivation}.
 */
public final class TypeActivation extends Resource<TypeActivation> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::TypeActivation")
      .constrain("ExecutionRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("MajorVersion", Constraint.of().minLength(1).maxLength(100000))
      .constrain("PublicTypeArn", Constraint.of().pattern("arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/.+").maxLength(1024))
      .constrain("PublisherId", Constraint.of().pattern("[0-9a-zA-Z-]{1,40}").minLength(1).maxLength(40))
      .allowed("Type", "RESOURCE", "MODULE", "HOOK")
      .constrain("TypeName", Constraint.of().pattern("[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}"))
      .constrain("TypeNameAlias", Constraint.of().pattern("[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}").minLength(10).maxLength(204))
      .allowed("VersionBump", "MAJOR", "MINOR")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public TypeActivation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to automatically update the extension in this account and Region when a new
   * <em>minor</em> version is published by the extension publisher. Major versions released by the
   * publisher must be manually updated.
   *
   * <p>The default is <code>true</code> .
   *
   * <p>CloudFormation property {@code AutoUpdate}.
   */
  public TypeActivation autoUpdate(boolean value) {
    return set("AutoUpdate", Value.of(value));
  }

  /** Sets {@code AutoUpdate} to this value; see {@link #autoUpdate(boolean)}. */
  public TypeActivation autoUpdate(Value<Boolean> value) {
    return set("AutoUpdate", value);
  }

  /**
   * The name of the IAM execution role to use to activate the extension.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public TypeActivation executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public TypeActivation executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Specifies logging configuration information for an extension.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoggingConfig}.
   */
  public TypeActivation loggingConfig(Value<LoggingConfig> value) {
    return set("LoggingConfig", value);
  }

  /**
   * The major version of this extension you want to activate, if multiple major versions are
   * available. The default is the latest major version. CloudFormation uses the latest available
   * <em>minor</em> version of the major version selected.
   *
   * <p>You can specify <code>MajorVersion</code> or <code>VersionBump</code> , but not both.
   *
   * <p>Length: 1 to 100000 characters. CloudFormation property {@code MajorVersion}.
   */
  public TypeActivation majorVersion(String value) {
    return set("MajorVersion", Value.of(value));
  }

  /** Sets {@code MajorVersion} to this value; see {@link #majorVersion(String)}. */
  public TypeActivation majorVersion(Value<String> value) {
    return set("MajorVersion", value);
  }

  /**
   * The Amazon Resource Number (ARN) of the public extension.
   *
   * <p>Conditional: You must specify <code>PublicTypeArn</code> , or <code>TypeName</code> ,
   * <code>Type</code> , and <code>PublisherId</code> .
   *
   * <p>Length: at most 1024 characters. Pattern: {@code
   * arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/.+}.
   * CloudFormation property {@code PublicTypeArn}.
   */
  public TypeActivation publicTypeArn(String value) {
    return set("PublicTypeArn", Value.of(value));
  }

  /** Sets {@code PublicTypeArn} to this value; see {@link #publicTypeArn(String)}. */
  public TypeActivation publicTypeArn(Value<String> value) {
    return set("PublicTypeArn", value);
  }

  /**
   * The ID of the extension publisher.
   *
   * <p>Conditional: You must specify <code>PublicTypeArn</code> , or <code>TypeName</code> ,
   * <code>Type</code> , and <code>PublisherId</code> .
   *
   * <p>Length: 1 to 40 characters. Pattern: {@code [0-9a-zA-Z-]{1,40}}. CloudFormation property
   * {@code PublisherId}.
   */
  public TypeActivation publisherId(String value) {
    return set("PublisherId", Value.of(value));
  }

  /** Sets {@code PublisherId} to this value; see {@link #publisherId(String)}. */
  public TypeActivation publisherId(Value<String> value) {
    return set("PublisherId", value);
  }

  /**
   * The extension type.
   *
   * <p>Conditional: You must specify <code>PublicTypeArn</code> , or <code>TypeName</code> ,
   * <code>Type</code> , and <code>PublisherId</code> .
   *
   * <p>Allowed values: {@code RESOURCE}, {@code MODULE}, {@code HOOK}. CloudFormation property
   * {@code Type}.
   */
  public TypeActivation typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public TypeActivation typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The name of the extension.
   *
   * <p>Conditional: You must specify <code>PublicTypeArn</code> , or <code>TypeName</code> ,
   * <code>Type</code> , and <code>PublisherId</code> .
   *
   * <p>Pattern: {@code [A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}}.
   * CloudFormation property {@code TypeName}.
   */
  public TypeActivation typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public TypeActivation typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * An alias to assign to the public extension in this account and Region. If you specify an alias
   * for the extension, CloudFormation treats the alias as the extension type name within this
   * account and Region. You must use the alias to refer to the extension in your templates, API
   * calls, and CloudFormation console.
   *
   * <p>An extension alias must be unique within a given account and Region. You can activate the
   * same public resource multiple times in the same account and Region, using different type name
   * aliases.
   *
   * <p>Length: 10 to 204 characters. Pattern: {@code
   * [A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}}. CloudFormation
   * property {@code TypeNameAlias}.
   */
  public TypeActivation typeNameAlias(String value) {
    return set("TypeNameAlias", Value.of(value));
  }

  /** Sets {@code TypeNameAlias} to this value; see {@link #typeNameAlias(String)}. */
  public TypeActivation typeNameAlias(Value<String> value) {
    return set("TypeNameAlias", value);
  }

  /**
   * Manually updates a previously-activated type to a new major or minor version, if available. You
   * can also use this parameter to update the value of <code>AutoUpdate</code> .
   *
   * <ul> <li><code>MAJOR</code> : CloudFormation updates the extension to the newest major version,
   * if one is available. <li><code>MINOR</code> : CloudFormation updates the extension to the
   * newest minor version, if one is available. </ul>
   *
   * <p>Allowed values: {@code MAJOR}, {@code MINOR}. CloudFormation property {@code VersionBump}.
   */
  public TypeActivation versionBump(String value) {
    return set("VersionBump", Value.of(value));
  }

  /** Sets {@code VersionBump} to this value; see {@link #versionBump(String)}. */
  public TypeActivation versionBump(Value<String> value) {
    return set("VersionBump", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the activated extension in this account and Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains logging configuration information for an extension.
   *
   * <p>Property type {@code AWS::CloudFormation::TypeActivation.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::TypeActivation.LoggingConfig")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogRoleArn", Constraint.of().minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
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
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code LogRoleArn}.
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
