// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::HookTypeConfig</code> resource specifies the configuration of an
 * activated Hook.
 *
 * <p>For information about the CloudFormation registry, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry.html">Managing
 * extensions with the CloudFormation registry</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::HookTypeConfig}.
 */
public final class HookTypeConfig extends Resource<HookTypeConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::HookTypeConfig")
      .required("Configuration")
      .constrain("Configuration", Constraint.of().pattern("[\\s\\S]+"))
      .allowed("ConfigurationAlias", "default")
      .constrain("ConfigurationAlias", Constraint.of().pattern("^[a-zA-Z0-9]{1,256}$"))
      .constrain("TypeArn", Constraint.of().pattern("^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/hook/.+$"))
      .constrain("TypeName", Constraint.of().pattern("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .refYields("ConfigurationArn")
      .attributes("ConfigurationArn")
      .build();

  public HookTypeConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the activated Hook type configuration, in this AWS account and AWS Region .
   *
   * <p>You must specify either <code>TypeName</code> and <code>Configuration</code> or
   * <code>TypeArn</code> and <code>Configuration</code> .
   *
   * <p>Required. Pattern: {@code [&#92;s&#92;S]+}. CloudFormation property {@code Configuration}.
   */
  public HookTypeConfig configuration(String value) {
    return set("Configuration", Value.of(value));
  }

  /** Sets {@code Configuration} to this value; see {@link #configuration(String)}. */
  public HookTypeConfig configuration(Value<String> value) {
    return set("Configuration", value);
  }

  /**
   * An alias by which to refer to this configuration data.
   *
   * <p>Defaults to <code>default</code> alias. Hook types currently support default configuration
   * alias.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code default}. Pattern: {@code
   * ^[a-zA-Z0-9]{1,256}$}. Default: {@code "default"}. CloudFormation property {@code
   * ConfigurationAlias}.
   */
  public HookTypeConfig configurationAlias(String value) {
    return set("ConfigurationAlias", Value.of(value));
  }

  /** Sets {@code ConfigurationAlias} to this value; see {@link #configurationAlias(String)}. */
  public HookTypeConfig configurationAlias(Value<String> value) {
    return set("ConfigurationAlias", value);
  }

  /**
   * The Amazon Resource Number (ARN) for the Hook to set <code>Configuration</code> for.
   *
   * <p>You must specify either <code>TypeName</code> and <code>Configuration</code> or
   * <code>TypeArn</code> and <code>Configuration</code> .
   *
   * <p>Pattern: {@code
   * ^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/hook/.+$}.
   * CloudFormation property {@code TypeArn}.
   */
  public HookTypeConfig typeArn(String value) {
    return set("TypeArn", Value.of(value));
  }

  /** Sets {@code TypeArn} to this value; see {@link #typeArn(String)}. */
  public HookTypeConfig typeArn(Value<String> value) {
    return set("TypeArn", value);
  }

  /**
   * The unique name for your Hook. Specifies a three-part namespace for your Hook, with a
   * recommended pattern of <code>Organization::Service::Hook</code> .
   *
   * <p>You must specify either <code>TypeName</code> and <code>Configuration</code> or
   * <code>TypeArn</code> and <code>Configuration</code> .
   *
   * <p>Pattern: {@code ^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation
   * property {@code TypeName}.
   */
  public HookTypeConfig typeName(String value) {
    return set("TypeName", Value.of(value));
  }

  /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
  public HookTypeConfig typeName(Value<String> value) {
    return set("TypeName", value);
  }

  /**
   * The Amazon Resource Number (ARN) of the activated Hook type configuration in this account and
   * Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationArn}.
   */
  public Value<String> configurationArn() {
    return getAtt("ConfigurationArn");
  }
}
