// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DevOpsAgent::AgentSpace</code> resource specifies an Agent Space for the AWS
 * DevOps Agent Service.
 *
 * <p>CloudFormation type {@code AWS::DevOpsAgent::AgentSpace}.
 */
public final class AgentSpace extends Resource<AgentSpace> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::AgentSpace")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("^[\\p{L}\\p{N}\\p{P}\\p{S}\\p{Z}]+$").minLength(1).maxLength(1000))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Locale", Constraint.of().pattern("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$").minLength(2).maxLength(35))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{N}\\p{P}\\p{S}\\p{Z}]+$").minLength(1).maxLength(255))
      .refYields("AgentSpaceId")
      .attributes("AgentSpaceId", "Arn", "CreatedAt", "OperatorApp.Iam.CreatedAt",
          "OperatorApp.Iam.UpdatedAt", "OperatorApp.Idc.CreatedAt",
          "OperatorApp.Idc.IdcApplicationArn", "OperatorApp.Idc.UpdatedAt", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AgentSpace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the Agent Space.
   *
   * <p>Length: 1 to 1000 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{N}&#92;p{P}&#92;p{S}&#92;p{Z}]+$}. CloudFormation property {@code
   * Description}.
   */
  public AgentSpace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AgentSpace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the KMS key to use for encryption.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public AgentSpace kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public AgentSpace kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The locale for the AgentSpace, which determines the language used in agent responses.
   *
   * <p>Length: 2 to 35 characters. Pattern: {@code ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$}.
   * CloudFormation property {@code Locale}.
   */
  public AgentSpace locale(String value) {
    return set("Locale", Value.of(value));
  }

  /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
  public AgentSpace locale(Value<String> value) {
    return set("Locale", value);
  }

  /**
   * The name of the Agent Space.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{N}&#92;p{P}&#92;p{S}&#92;p{Z}]+$}. CloudFormation property {@code Name}.
   */
  public AgentSpace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AgentSpace name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code OperatorApp}. */
  public AgentSpace operatorApp(Value<OperatorApp> value) {
    return set("OperatorApp", value);
  }

  /**
   * Preferences that configure behavior of this AgentSpace. This container fully owns the
   * AgentSpace preferences: the properties supplied here replace the stored preferences in their
   * entirety, and omitting the Preferences container reverts all preferences to their service
   * defaults.
   *
   * <p>CloudFormation property {@code Preferences}.
   */
  public AgentSpace preferences(Value<Preferences> value) {
    return set("Preferences", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AgentSpace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AgentSpace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AgentSpace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier of the Agent Space.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentSpaceId}.
   */
  public Value<String> agentSpaceId() {
    return getAtt("AgentSpaceId");
  }

  /**
   * The Amazon Resource Name (ARN) of the Agent Space.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code OperatorApp.Iam.CreatedAt}. */
  public Value<String> operatorAppIamCreatedAt() {
    return getAtt("OperatorApp.Iam.CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code OperatorApp.Iam.UpdatedAt}. */
  public Value<String> operatorAppIamUpdatedAt() {
    return getAtt("OperatorApp.Iam.UpdatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code OperatorApp.Idc.CreatedAt}. */
  public Value<String> operatorAppIdcCreatedAt() {
    return getAtt("OperatorApp.Idc.CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code OperatorApp.Idc.IdcApplicationArn}. */
  public Value<String> operatorAppIdcIdcApplicationArn() {
    return getAtt("OperatorApp.Idc.IdcApplicationArn");
  }

  /** {@code Fn::GetAtt} attribute {@code OperatorApp.Idc.UpdatedAt}. */
  public Value<String> operatorAppIdcUpdatedAt() {
    return getAtt("OperatorApp.Idc.UpdatedAt");
  }

  /**
   * The timestamp when the resource was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::DevOpsAgent::AgentSpace.IamAuthConfiguration}. */
  public static final class IamAuthConfiguration extends Struct<IamAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::AgentSpace.IamAuthConfiguration")
        .required("OperatorAppRoleArn")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("OperatorAppRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public IamAuthConfiguration() {
      super(SCHEMA);
    }

    /** Format: {@code date-time}. CloudFormation property {@code CreatedAt}. */
    public IamAuthConfiguration createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public IamAuthConfiguration createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * OperatorAppRoleArn}.
     */
    public IamAuthConfiguration operatorAppRoleArn(String value) {
      return set("OperatorAppRoleArn", Value.of(value));
    }

    /** Sets {@code OperatorAppRoleArn} to this value; see {@link #operatorAppRoleArn(String)}. */
    public IamAuthConfiguration operatorAppRoleArn(Value<String> value) {
      return set("OperatorAppRoleArn", value);
    }

    /** Format: {@code date-time}. CloudFormation property {@code UpdatedAt}. */
    public IamAuthConfiguration updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public IamAuthConfiguration updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /** Property type {@code AWS::DevOpsAgent::AgentSpace.IdcAuthConfiguration}. */
  public static final class IdcAuthConfiguration extends Struct<IdcAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::AgentSpace.IdcAuthConfiguration")
        .required("IdcInstanceArn", "OperatorAppRoleArn")
        .constrain("CreatedAt", Constraint.of().format("date-time"))
        .constrain("OperatorAppRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("UpdatedAt", Constraint.of().format("date-time"))
        .build();

    public IdcAuthConfiguration() {
      super(SCHEMA);
    }

    /** Format: {@code date-time}. CloudFormation property {@code CreatedAt}. */
    public IdcAuthConfiguration createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public IdcAuthConfiguration createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /** CloudFormation property {@code IdcApplicationArn}. */
    public IdcAuthConfiguration idcApplicationArn(String value) {
      return set("IdcApplicationArn", Value.of(value));
    }

    /** Sets {@code IdcApplicationArn} to this value; see {@link #idcApplicationArn(String)}. */
    public IdcAuthConfiguration idcApplicationArn(Value<String> value) {
      return set("IdcApplicationArn", value);
    }

    /** Required. CloudFormation property {@code IdcInstanceArn}. */
    public IdcAuthConfiguration idcInstanceArn(String value) {
      return set("IdcInstanceArn", Value.of(value));
    }

    /** Sets {@code IdcInstanceArn} to this value; see {@link #idcInstanceArn(String)}. */
    public IdcAuthConfiguration idcInstanceArn(Value<String> value) {
      return set("IdcInstanceArn", value);
    }

    /**
     * Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * OperatorAppRoleArn}.
     */
    public IdcAuthConfiguration operatorAppRoleArn(String value) {
      return set("OperatorAppRoleArn", Value.of(value));
    }

    /** Sets {@code OperatorAppRoleArn} to this value; see {@link #operatorAppRoleArn(String)}. */
    public IdcAuthConfiguration operatorAppRoleArn(Value<String> value) {
      return set("OperatorAppRoleArn", value);
    }

    /** Format: {@code date-time}. CloudFormation property {@code UpdatedAt}. */
    public IdcAuthConfiguration updatedAt(String value) {
      return set("UpdatedAt", Value.of(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(String)}. */
    public IdcAuthConfiguration updatedAt(Value<String> value) {
      return set("UpdatedAt", value);
    }
  }

  /** Property type {@code AWS::DevOpsAgent::AgentSpace.OperatorApp}. */
  public static final class OperatorApp extends Struct<OperatorApp> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::AgentSpace.OperatorApp");

    public OperatorApp() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Iam}. */
    public OperatorApp iam(Value<IamAuthConfiguration> value) {
      return set("Iam", value);
    }

    /** CloudFormation property {@code Idc}. */
    public OperatorApp idc(Value<IdcAuthConfiguration> value) {
      return set("Idc", value);
    }
  }

  /**
   * Preferences that configure behavior of this AgentSpace. This container fully owns the
   * AgentSpace preferences: the properties supplied here replace the stored preferences in their
   * entirety, and omitting the Preferences container reverts all preferences to their service
   * defaults.
   *
   * <p>Property type {@code AWS::DevOpsAgent::AgentSpace.Preferences}.
   */
  public static final class Preferences extends Struct<Preferences> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::AgentSpace.Preferences");

    public Preferences() {
      super(SCHEMA);
    }

    /**
     * Indicates whether elevated directed actions are permitted in this AgentSpace. Defaults to
     * false when not set.
     *
     * <p>CloudFormation property {@code ElevatedActionsEnabled}.
     */
    public Preferences elevatedActionsEnabled(boolean value) {
      return set("ElevatedActionsEnabled", Value.of(value));
    }

    /**
     * Sets {@code ElevatedActionsEnabled} to this value; see {@link
     * #elevatedActionsEnabled(boolean)}.
     */
    public Preferences elevatedActionsEnabled(Value<Boolean> value) {
      return set("ElevatedActionsEnabled", value);
    }
  }
}
