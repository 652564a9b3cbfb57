// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.auditmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom framework in AWS Audit Manager.
 *
 * <p>CloudFormation type {@code AWS::AuditManager::AssessmentFramework}.
 */
public final class AssessmentFramework extends Resource<AssessmentFramework> {
  private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::AssessmentFramework")
      .required("ControlSets", "Name")
      .constrain("ComplianceType", Constraint.of().pattern("^[\\w\\W\\s\\S]*$").minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().pattern("^[\\w\\W\\s\\S]*$").minLength(1).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[^\\\\]*$").minLength(1).maxLength(300))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "FrameworkId", "LastUpdatedAt", "LastUpdatedBy",
          "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AssessmentFramework(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The compliance type that the framework supports, such as CIS or HIPAA.
   *
   * <p>Length: 0 to 100 characters. Pattern: {@code ^[&#92;w&#92;W&#92;s&#92;S]*$}. CloudFormation
   * property {@code ComplianceType}.
   */
  public AssessmentFramework complianceType(String value) {
    return set("ComplianceType", Value.of(value));
  }

  /** Sets {@code ComplianceType} to this value; see {@link #complianceType(String)}. */
  public AssessmentFramework complianceType(Value<String> value) {
    return set("ComplianceType", value);
  }

  /**
   * The control sets that are associated with the framework.
   *
   * <p>Required. CloudFormation property {@code ControlSets}.
   */
  public AssessmentFramework controlSets(List<ControlSet> value) {
    return set("ControlSets", Value.listOf(value));
  }

  /** Sets {@code ControlSets} to this value; see {@link #controlSets(List)}. */
  public AssessmentFramework controlSets(Value<List<ControlSet>> value) {
    return set("ControlSets", value);
  }

  /** Sets {@code ControlSets} to a list of these; see {@link #controlSets(List)}. */
  public AssessmentFramework controlSets(ControlSet... values) {
    return set("ControlSets", Value.list(values));
  }

  /**
   * The description of the framework.
   *
   * <p>Length: 1 to 1000 characters. Pattern: {@code ^[&#92;w&#92;W&#92;s&#92;S]*$}. CloudFormation
   * property {@code Description}.
   */
  public AssessmentFramework description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AssessmentFramework description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the framework.
   *
   * <p>Required. Length: 1 to 300 characters. Pattern: {@code ^[^&#92;&#92;]*$}. CloudFormation
   * property {@code Name}.
   */
  public AssessmentFramework name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AssessmentFramework name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags associated with the framework.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AssessmentFramework tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AssessmentFramework tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AssessmentFramework tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the framework was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The user or role that created the framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The unique identifier for the framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FrameworkId}.
   */
  public Value<String> frameworkId() {
    return getAtt("FrameworkId");
  }

  /**
   * The time when the framework was most recently updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The user or role that most recently updated the framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedBy}.
   */
  public Value<String> lastUpdatedBy() {
    return getAtt("LastUpdatedBy");
  }

  /**
   * The framework type, such as a standard framework or a custom framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * A control set entity that represents a collection of controls in Audit Manager.
   *
   * <p>Property type {@code AWS::AuditManager::AssessmentFramework.ControlSet}.
   */
  public static final class ControlSet extends Struct<ControlSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::AssessmentFramework.ControlSet")
        .required("Controls", "Name")
        .constrain("Name", Constraint.of().pattern("^[^\\\\_]*$").minLength(1).maxLength(300))
        .build();

    public ControlSet() {
      super(SCHEMA);
    }

    /**
     * The list of controls within the control set.
     *
     * <p>Required. CloudFormation property {@code Controls}.
     */
    public ControlSet controls(List<ControlSetControl> value) {
      return set("Controls", Value.listOf(value));
    }

    /** Sets {@code Controls} to this value; see {@link #controls(List)}. */
    public ControlSet controls(Value<List<ControlSetControl>> value) {
      return set("Controls", value);
    }

    /** Sets {@code Controls} to a list of these; see {@link #controls(List)}. */
    public ControlSet controls(ControlSetControl... values) {
      return set("Controls", Value.list(values));
    }

    /**
     * The name of the control set.
     *
     * <p>Required. Length: 1 to 300 characters. Pattern: {@code ^[^&#92;&#92;_]*$}. CloudFormation
     * property {@code Name}.
     */
    public ControlSet name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ControlSet name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A reference to an existing control by ID.
   *
   * <p>Property type {@code AWS::AuditManager::AssessmentFramework.ControlSetControl}.
   */
  public static final class ControlSetControl extends Struct<ControlSetControl> {
    private static final Schema SCHEMA = Schema.builder("AWS::AuditManager::AssessmentFramework.ControlSetControl")
        .required("Id")
        .constrain("Id", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
        .build();

    public ControlSetControl() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the control.
     *
     * <p>Required. Length: 36 to 36 characters. Pattern: {@code
     * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public ControlSetControl id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ControlSetControl id(Value<String> value) {
      return set("Id", value);
    }
  }
}
