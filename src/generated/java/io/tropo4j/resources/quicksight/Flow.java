// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::QuickSight::Flow Resource Type
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Flow}.
 */
public final class Flow extends Resource<Flow> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Flow")
      .required("AwsAccountId", "FlowDefinition", "Name")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().pattern("^(?!\\s+$)[^{}\"\\\\<>]*$").minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^(?!\\s+$)[^{}\"\\\\<>]*$").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "FlowId", "LastUpdatedTime", "PublishState", "StepAliases")
      .build();

  public Flow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public Flow awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public Flow awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Length: 0 to 1024 characters. Pattern: {@code ^(?!&#92;s+$)[^{}"&#92;&#92;&lt;&gt;]*$}.
   * CloudFormation property {@code Description}.
   */
  public Flow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Flow description(Value<String> value) {
    return set("Description", value);
  }

  /** Required. CloudFormation property {@code FlowDefinition}. */
  public Flow flowDefinition(Value<Json> value) {
    return set("FlowDefinition", value);
  }

  /**
   * Required. Length: 1 to 128 characters. Pattern: {@code
   * ^(?!&#92;s+$)[^{}"&#92;&#92;&lt;&gt;]*$}. CloudFormation property {@code Name}.
   */
  public Flow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Flow name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Permissions}. */
  public Flow permissions(List<Permission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public Flow permissions(Value<List<Permission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public Flow permissions(Permission... values) {
    return set("Permissions", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTime}. */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code FlowId}. */
  public Value<String> flowId() {
    return getAtt("FlowId");
  }

  /** {@code Fn::GetAtt} attribute {@code LastUpdatedTime}. */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code PublishState}. */
  public Value<String> publishState() {
    return getAtt("PublishState");
  }

  /** {@code Fn::GetAtt} attribute {@code StepAliases}. */
  public Value<List<StepAliasMapping>> stepAliases() {
    return getAtt("StepAliases");
  }

  /** Property type {@code AWS::QuickSight::Flow.Permission}. */
  public static final class Permission extends Struct<Permission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Flow.Permission")
        .required("Actions", "Principal")
        .constrain("Actions", Constraint.of().minLength(1).maxLength(64))
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Permission() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 64 characters. CloudFormation property {@code Actions}. */
    public Permission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public Permission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}. */
    public Permission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public Permission principal(Value<String> value) {
      return set("Principal", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Flow.StepAliasMapping}. */
  public static final class StepAliasMapping extends Struct<StepAliasMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Flow.StepAliasMapping")
        .required("StepAlias", "StepId")
        .build();

    public StepAliasMapping() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code StepAlias}. */
    public StepAliasMapping stepAlias(String value) {
      return set("StepAlias", Value.of(value));
    }

    /** Sets {@code StepAlias} to this value; see {@link #stepAlias(String)}. */
    public StepAliasMapping stepAlias(Value<String> value) {
      return set("StepAlias", value);
    }

    /** Required. CloudFormation property {@code StepId}. */
    public StepAliasMapping stepId(String value) {
      return set("StepId", Value.of(value));
    }

    /** Sets {@code StepId} to this value; see {@link #stepId(String)}. */
    public StepAliasMapping stepId(Value<String> value) {
      return set("StepId", value);
    }
  }
}
