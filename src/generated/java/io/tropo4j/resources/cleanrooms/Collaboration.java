// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new collaboration.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::Collaboration}.
 */
public final class Collaboration extends Resource<Collaboration> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration")
      .required("CreatorDisplayName", "Description", "Name", "QueryLogStatus")
      .allowed("AllowedResultRegions", "us-west-1", "us-west-2", "us-east-1", "us-east-2",
          "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-1", "ap-southeast-2",
          "ap-southeast-3", "ap-southeast-5", "ap-southeast-4", "ap-southeast-7", "ap-south-1",
          "ap-northeast-3", "ap-northeast-1", "ap-northeast-2", "ca-central-1", "ca-west-1",
          "eu-south-1", "eu-west-3", "eu-south-2", "eu-central-2", "eu-central-1", "eu-north-1",
          "eu-west-1", "eu-west-2", "me-south-1", "me-central-1", "il-central-1", "sa-east-1",
          "mx-central-1")
      .allowed("AnalyticsEngine", "CLEAN_ROOMS_SQL", "SPARK")
      .allowed("AutoApprovedChangeTypes", "ADD_MEMBER", "GRANT_RECEIVE_RESULTS_ABILITY",
          "REVOKE_RECEIVE_RESULTS_ABILITY")
      .constrain("CreatorDisplayName", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(100))
      .allowed("CreatorMemberAbilities", "CAN_QUERY", "CAN_RUN_JOB", "CAN_RECEIVE_RESULTS")
      .constrain("Description", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").minLength(1).maxLength(255))
      .allowed("JobLogStatus", "ENABLED", "DISABLED")
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(100))
      .allowed("QueryLogStatus", "ENABLED", "DISABLED")
      .refYields("CollaborationIdentifier")
      .attributes("Arn", "CollaborationIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Collaboration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS Regions where collaboration query results can be stored. Returns the list of Region
   * identifiers that were specified when the collaboration was created. This list is used to
   * enforce regional storage policies and compliance requirements.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code us-west-1}, {@code us-west-2},
   * {@code us-east-1}, {@code us-east-2}, {@code af-south-1}, {@code ap-east-1}, {@code ap-east-2},
   * {@code ap-south-2}, {@code ap-southeast-1}, {@code ap-southeast-2}, {@code ap-southeast-3},
   * {@code ap-southeast-5}, {@code ap-southeast-4}, {@code ap-southeast-7}, {@code ap-south-1},
   * {@code ap-northeast-3}, {@code ap-northeast-1}, {@code ap-northeast-2}, {@code ca-central-1},
   * {@code ca-west-1}, {@code eu-south-1}, {@code eu-west-3}, {@code eu-south-2}, {@code
   * eu-central-2}, {@code eu-central-1}, {@code eu-north-1}, {@code eu-west-1}, {@code eu-west-2},
   * {@code me-south-1}, {@code me-central-1}, {@code il-central-1}, {@code sa-east-1}, {@code
   * mx-central-1}. CloudFormation property {@code AllowedResultRegions}.
   */
  public Collaboration allowedResultRegions(List<String> value) {
    return set("AllowedResultRegions", Value.listOf(value));
  }

  /** Sets {@code AllowedResultRegions} to this value; see {@link #allowedResultRegions(List)}. */
  public Collaboration allowedResultRegions(Value<List<String>> value) {
    return set("AllowedResultRegions", value);
  }

  /**
   * The analytics engine for the collaboration.
   *
   * <p>After July 16, 2025, the <code>CLEAN_ROOMS_SQL</code> parameter will no longer be available.
   *
   * <p>Allowed values: {@code CLEAN_ROOMS_SQL}, {@code SPARK}. CloudFormation property {@code
   * AnalyticsEngine}.
   */
  public Collaboration analyticsEngine(String value) {
    return set("AnalyticsEngine", Value.of(value));
  }

  /** Sets {@code AnalyticsEngine} to this value; see {@link #analyticsEngine(String)}. */
  public Collaboration analyticsEngine(Value<String> value) {
    return set("AnalyticsEngine", value);
  }

  /**
   * The types of change requests that are automatically approved for this collaboration.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ADD_MEMBER}, {@code
   * GRANT_RECEIVE_RESULTS_ABILITY}, {@code REVOKE_RECEIVE_RESULTS_ABILITY}. CloudFormation property
   * {@code AutoApprovedChangeTypes}.
   */
  public Collaboration autoApprovedChangeTypes(List<String> value) {
    return set("AutoApprovedChangeTypes", Value.listOf(value));
  }

  /**
   * Sets {@code AutoApprovedChangeTypes} to this value; see {@link #autoApprovedChangeTypes(List)}.
   */
  public Collaboration autoApprovedChangeTypes(Value<List<String>> value) {
    return set("AutoApprovedChangeTypes", value);
  }

  /**
   * A display name of the collaboration creator.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code CreatorDisplayName}.
   */
  public Collaboration creatorDisplayName(String value) {
    return set("CreatorDisplayName", Value.of(value));
  }

  /** Sets {@code CreatorDisplayName} to this value; see {@link #creatorDisplayName(String)}. */
  public Collaboration creatorDisplayName(Value<String> value) {
    return set("CreatorDisplayName", value);
  }

  /**
   * The ML member abilities for a collaboration member.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CreatorMLMemberAbilities}.
   */
  public Collaboration creatorMLMemberAbilities(Value<MLMemberAbilities> value) {
    return set("CreatorMLMemberAbilities", value);
  }

  /**
   * The abilities granted to the collaboration creator.
   *
   * <p><em>Allowed values</em> <code>CAN_QUERY</code> | <code>CAN_RECEIVE_RESULTS</code> |
   * <code>CAN_RUN_JOB</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CAN_QUERY}, {@code CAN_RUN_JOB},
   * {@code CAN_RECEIVE_RESULTS}. CloudFormation property {@code CreatorMemberAbilities}.
   */
  public Collaboration creatorMemberAbilities(List<String> value) {
    return set("CreatorMemberAbilities", Value.listOf(value));
  }

  /**
   * Sets {@code CreatorMemberAbilities} to this value; see {@link #creatorMemberAbilities(List)}.
   */
  public Collaboration creatorMemberAbilities(Value<List<String>> value) {
    return set("CreatorMemberAbilities", value);
  }

  /**
   * An object representing the collaboration member's payment responsibilities set by the
   * collaboration creator.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * CreatorPaymentConfiguration}.
   */
  public Collaboration creatorPaymentConfiguration(Value<PaymentConfiguration> value) {
    return set("CreatorPaymentConfiguration", value);
  }

  /**
   * The settings for client-side encryption for cryptographic computing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataEncryptionMetadata}.
   */
  public Collaboration dataEncryptionMetadata(Value<DataEncryptionMetadata> value) {
    return set("DataEncryptionMetadata", value);
  }

  /**
   * A description of the collaboration provided by the collaboration owner.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public Collaboration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Collaboration description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code IsMetricsEnabled}. */
  public Collaboration isMetricsEnabled(boolean value) {
    return set("IsMetricsEnabled", Value.of(value));
  }

  /** Sets {@code IsMetricsEnabled} to this value; see {@link #isMetricsEnabled(boolean)}. */
  public Collaboration isMetricsEnabled(Value<Boolean> value) {
    return set("IsMetricsEnabled", value);
  }

  /**
   * An indicator as to whether job logging has been enabled or disabled for the collaboration.
   *
   * <p>When <code>ENABLED</code> , AWS Clean Rooms logs details about jobs run within this
   * collaboration and those logs can be viewed in Amazon CloudWatch Logs. The default value is
   * <code>DISABLED</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code DISABLED}.
   * CloudFormation property {@code JobLogStatus}.
   */
  public Collaboration jobLogStatus(String value) {
    return set("JobLogStatus", Value.of(value));
  }

  /** Sets {@code JobLogStatus} to this value; see {@link #jobLogStatus(String)}. */
  public Collaboration jobLogStatus(Value<String> value) {
    return set("JobLogStatus", value);
  }

  /**
   * A list of initial members, not including the creator. This list is immutable.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Members}.
   */
  public Collaboration members(List<MemberSpecification> value) {
    return set("Members", Value.listOf(value));
  }

  /** Sets {@code Members} to this value; see {@link #members(List)}. */
  public Collaboration members(Value<List<MemberSpecification>> value) {
    return set("Members", value);
  }

  /** Sets {@code Members} to a list of these; see {@link #members(List)}. */
  public Collaboration members(MemberSpecification... values) {
    return set("Members", Value.list(values));
  }

  /**
   * A human-readable identifier provided by the collaboration owner. Display names are not unique.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public Collaboration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Collaboration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An indicator as to whether query logging has been enabled or disabled for the collaboration.
   *
   * <p>When <code>ENABLED</code> , AWS Clean Rooms logs details about queries run within this
   * collaboration and those logs can be viewed in Amazon CloudWatch Logs. The default value is
   * <code>DISABLED</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code
   * DISABLED}. CloudFormation property {@code QueryLogStatus}.
   */
  public Collaboration queryLogStatus(String value) {
    return set("QueryLogStatus", Value.of(value));
  }

  /** Sets {@code QueryLogStatus} to this value; see {@link #queryLogStatus(String)}. */
  public Collaboration queryLogStatus(Value<String> value) {
    return set("QueryLogStatus", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Collaboration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Collaboration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Collaboration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified collaboration.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:collaboration/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the unique identifier of the specified collaboration.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationIdentifier}.
   */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /**
   * The settings for client-side encryption for cryptographic computing.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.DataEncryptionMetadata}.
   */
  public static final class DataEncryptionMetadata extends Struct<DataEncryptionMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.DataEncryptionMetadata")
        .required("AllowCleartext", "AllowDuplicates", "AllowJoinsOnColumnsWithDifferentNames",
            "PreserveNulls")
        .build();

    public DataEncryptionMetadata() {
      super(SCHEMA);
    }

    /**
     * Indicates whether encrypted tables can contain cleartext data ( <code>TRUE</code> ) or are to
     * cryptographically process every column ( <code>FALSE</code> ).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AllowCleartext}.
     */
    public DataEncryptionMetadata allowCleartext(boolean value) {
      return set("AllowCleartext", Value.of(value));
    }

    /** Sets {@code AllowCleartext} to this value; see {@link #allowCleartext(boolean)}. */
    public DataEncryptionMetadata allowCleartext(Value<Boolean> value) {
      return set("AllowCleartext", value);
    }

    /**
     * Indicates whether Fingerprint columns can contain duplicate entries ( <code>TRUE</code> ) or
     * are to contain only non-repeated values ( <code>FALSE</code> ).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AllowDuplicates}.
     */
    public DataEncryptionMetadata allowDuplicates(boolean value) {
      return set("AllowDuplicates", Value.of(value));
    }

    /** Sets {@code AllowDuplicates} to this value; see {@link #allowDuplicates(boolean)}. */
    public DataEncryptionMetadata allowDuplicates(Value<Boolean> value) {
      return set("AllowDuplicates", value);
    }

    /**
     * Indicates whether Fingerprint columns can be joined on any other Fingerprint column with a
     * different name ( <code>TRUE</code> ) or can only be joined on Fingerprint columns of the same
     * name ( <code>FALSE</code> ).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AllowJoinsOnColumnsWithDifferentNames}.
     */
    public DataEncryptionMetadata allowJoinsOnColumnsWithDifferentNames(boolean value) {
      return set("AllowJoinsOnColumnsWithDifferentNames", Value.of(value));
    }

    /**
     * Sets {@code AllowJoinsOnColumnsWithDifferentNames} to this value; see {@link
     * #allowJoinsOnColumnsWithDifferentNames(boolean)}.
     */
    public DataEncryptionMetadata allowJoinsOnColumnsWithDifferentNames(Value<Boolean> value) {
      return set("AllowJoinsOnColumnsWithDifferentNames", value);
    }

    /**
     * Indicates whether NULL values are to be copied as NULL to encrypted tables (
     * <code>TRUE</code> ) or cryptographically processed ( <code>FALSE</code> ).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * PreserveNulls}.
     */
    public DataEncryptionMetadata preserveNulls(boolean value) {
      return set("PreserveNulls", Value.of(value));
    }

    /** Sets {@code PreserveNulls} to this value; see {@link #preserveNulls(boolean)}. */
    public DataEncryptionMetadata preserveNulls(Value<Boolean> value) {
      return set("PreserveNulls", value);
    }
  }

  /**
   * An object representing the collaboration member's payment responsibilities set by the
   * collaboration creator for query and job compute costs.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.JobComputePaymentConfig}.
   */
  public static final class JobComputePaymentConfig extends Struct<JobComputePaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.JobComputePaymentConfig")
        .required("IsResponsible")
        .build();

    public JobComputePaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration creator has configured the collaboration member to pay
     * for query and job compute costs ( <code>TRUE</code> ) or has not configured the collaboration
     * member to pay for query and job compute costs ( <code>FALSE</code> ).
     *
     * <p>Exactly one member can be configured to pay for query and job compute costs. An error is
     * returned if the collaboration creator sets a <code>TRUE</code> value for more than one member
     * in the collaboration.
     *
     * <p>An error is returned if the collaboration creator sets a <code>FALSE</code> value for the
     * member who can run queries and jobs.
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public JobComputePaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public JobComputePaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * The ML member abilities for a collaboration member.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.MLMemberAbilities}.
   */
  public static final class MLMemberAbilities extends Struct<MLMemberAbilities> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.MLMemberAbilities")
        .required("CustomMLMemberAbilities")
        .allowed("CustomMLMemberAbilities", "CAN_RECEIVE_MODEL_OUTPUT",
            "CAN_RECEIVE_INFERENCE_OUTPUT")
        .build();

    public MLMemberAbilities() {
      super(SCHEMA);
    }

    /**
     * The custom ML member abilities for a collaboration member.
     *
     * <p>Required. Allowed values: {@code CAN_RECEIVE_MODEL_OUTPUT}, {@code
     * CAN_RECEIVE_INFERENCE_OUTPUT}. CloudFormation property {@code CustomMLMemberAbilities}.
     */
    public MLMemberAbilities customMLMemberAbilities(List<String> value) {
      return set("CustomMLMemberAbilities", Value.listOf(value));
    }

    /**
     * Sets {@code CustomMLMemberAbilities} to this value; see {@link
     * #customMLMemberAbilities(List)}.
     */
    public MLMemberAbilities customMLMemberAbilities(Value<List<String>> value) {
      return set("CustomMLMemberAbilities", value);
    }
  }

  /**
   * An object representing the collaboration member's machine learning payment responsibilities set
   * by the collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.MLPaymentConfig}.
   */
  public static final class MLPaymentConfig extends Struct<MLPaymentConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::Collaboration.MLPaymentConfig");

    public MLPaymentConfig() {
      super(SCHEMA);
    }

    /**
     * The payment responsibilities accepted by the member for model inference.
     *
     * <p>CloudFormation property {@code ModelInference}.
     */
    public MLPaymentConfig modelInference(Value<ModelInferencePaymentConfig> value) {
      return set("ModelInference", value);
    }

    /**
     * The payment responsibilities accepted by the member for model training.
     *
     * <p>CloudFormation property {@code ModelTraining}.
     */
    public MLPaymentConfig modelTraining(Value<ModelTrainingPaymentConfig> value) {
      return set("ModelTraining", value);
    }

    /**
     * The payment configuration for machine learning synthetic data generation.
     *
     * <p>CloudFormation property {@code SyntheticDataGeneration}.
     */
    public MLPaymentConfig syntheticDataGeneration(Value<SyntheticDataGenerationPaymentConfig> value) {
      return set("SyntheticDataGeneration", value);
    }
  }

  /**
   * Basic metadata used to construct a new member.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.MemberSpecification}.
   */
  public static final class MemberSpecification extends Struct<MemberSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.MemberSpecification")
        .required("AccountId", "DisplayName")
        .constrain("AccountId", Constraint.of().pattern("^\\d+$").minLength(12).maxLength(12))
        .constrain("DisplayName", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(100))
        .allowed("MemberAbilities", "CAN_QUERY", "CAN_RUN_JOB", "CAN_RECEIVE_RESULTS")
        .build();

    public MemberSpecification() {
      super(SCHEMA);
    }

    /**
     * The identifier used to reference members of the collaboration. Currently only supports AWS
     * account ID.
     *
     * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
     * ^&#92;d+$}. CloudFormation property {@code AccountId}.
     */
    public MemberSpecification accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public MemberSpecification accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * The member's display name.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
     * CloudFormation property {@code DisplayName}.
     */
    public MemberSpecification displayName(String value) {
      return set("DisplayName", Value.of(value));
    }

    /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
    public MemberSpecification displayName(Value<String> value) {
      return set("DisplayName", value);
    }

    /**
     * The ML abilities granted to the collaboration member.
     *
     * <p>CloudFormation property {@code MLMemberAbilities}.
     */
    public MemberSpecification mlMemberAbilities(Value<MLMemberAbilities> value) {
      return set("MLMemberAbilities", value);
    }

    /**
     * The abilities granted to the collaboration member.
     *
     * <p><em>Allowed Values</em> : <code>CAN_QUERY</code> | <code>CAN_RECEIVE_RESULTS</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code CAN_QUERY}, {@code CAN_RUN_JOB},
     * {@code CAN_RECEIVE_RESULTS}. CloudFormation property {@code MemberAbilities}.
     */
    public MemberSpecification memberAbilities(List<String> value) {
      return set("MemberAbilities", Value.listOf(value));
    }

    /** Sets {@code MemberAbilities} to this value; see {@link #memberAbilities(List)}. */
    public MemberSpecification memberAbilities(Value<List<String>> value) {
      return set("MemberAbilities", value);
    }

    /**
     * The collaboration member's payment responsibilities set by the collaboration creator.
     *
     * <p>If the collaboration creator hasn't speciﬁed anyone as the member paying for query compute
     * costs, then the member who can query is the default payer.
     *
     * <p>CloudFormation property {@code PaymentConfiguration}.
     */
    public MemberSpecification paymentConfiguration(Value<PaymentConfiguration> value) {
      return set("PaymentConfiguration", value);
    }
  }

  /**
   * An object representing the collaboration member's model inference payment responsibilities set
   * by the collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.ModelInferencePaymentConfig}.
   */
  public static final class ModelInferencePaymentConfig extends Struct<ModelInferencePaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.ModelInferencePaymentConfig")
        .required("IsResponsible")
        .build();

    public ModelInferencePaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration creator has configured the collaboration member to pay
     * for model inference costs ( <code>TRUE</code> ) or has not configured the collaboration
     * member to pay for model inference costs ( <code>FALSE</code> ).
     *
     * <p>Exactly one member can be configured to pay for model inference costs. An error is
     * returned if the collaboration creator sets a <code>TRUE</code> value for more than one member
     * in the collaboration.
     *
     * <p>If the collaboration creator hasn't specified anyone as the member paying for model
     * inference costs, then the member who can query is the default payer. An error is returned if
     * the collaboration creator sets a <code>FALSE</code> value for the member who can query.
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public ModelInferencePaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public ModelInferencePaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * An object representing the collaboration member's model training payment responsibilities set
   * by the collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.ModelTrainingPaymentConfig}.
   */
  public static final class ModelTrainingPaymentConfig extends Struct<ModelTrainingPaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.ModelTrainingPaymentConfig")
        .required("IsResponsible")
        .build();

    public ModelTrainingPaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration creator has configured the collaboration member to pay
     * for model training costs ( <code>TRUE</code> ) or has not configured the collaboration member
     * to pay for model training costs ( <code>FALSE</code> ).
     *
     * <p>Exactly one member can be configured to pay for model training costs. An error is returned
     * if the collaboration creator sets a <code>TRUE</code> value for more than one member in the
     * collaboration.
     *
     * <p>If the collaboration creator hasn't specified anyone as the member paying for model
     * training costs, then the member who can query is the default payer. An error is returned if
     * the collaboration creator sets a <code>FALSE</code> value for the member who can query.
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public ModelTrainingPaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public ModelTrainingPaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * An object representing the collaboration member's payment responsibilities set by the
   * collaboration creator.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.PaymentConfiguration}.
   */
  public static final class PaymentConfiguration extends Struct<PaymentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.PaymentConfiguration")
        .required("QueryCompute")
        .build();

    public PaymentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The compute configuration for the job.
     *
     * <p>CloudFormation property {@code JobCompute}.
     */
    public PaymentConfiguration jobCompute(Value<JobComputePaymentConfig> value) {
      return set("JobCompute", value);
    }

    /**
     * An object representing the collaboration member's machine learning payment responsibilities
     * set by the collaboration creator.
     *
     * <p>CloudFormation property {@code MachineLearning}.
     */
    public PaymentConfiguration machineLearning(Value<MLPaymentConfig> value) {
      return set("MachineLearning", value);
    }

    /**
     * The collaboration member's payment responsibilities set by the collaboration creator for
     * query compute costs.
     *
     * <p>Required. CloudFormation property {@code QueryCompute}.
     */
    public PaymentConfiguration queryCompute(Value<QueryComputePaymentConfig> value) {
      return set("QueryCompute", value);
    }
  }

  /**
   * An object representing the collaboration member's payment responsibilities set by the
   * collaboration creator for query compute costs.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.QueryComputePaymentConfig}.
   */
  public static final class QueryComputePaymentConfig extends Struct<QueryComputePaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.QueryComputePaymentConfig")
        .required("IsResponsible")
        .build();

    public QueryComputePaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the collaboration creator has configured the collaboration member to pay
     * for query compute costs ( <code>TRUE</code> ) or has not configured the collaboration member
     * to pay for query compute costs ( <code>FALSE</code> ).
     *
     * <p>Exactly one member can be configured to pay for query compute costs. An error is returned
     * if the collaboration creator sets a <code>TRUE</code> value for more than one member in the
     * collaboration.
     *
     * <p>If the collaboration creator hasn't specified anyone as the member paying for query
     * compute costs, then the member who can query is the default payer. An error is returned if
     * the collaboration creator sets a <code>FALSE</code> value for the member who can query.
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public QueryComputePaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public QueryComputePaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }

  /**
   * Payment configuration for synthetic data generation.
   *
   * <p>Property type {@code AWS::CleanRooms::Collaboration.SyntheticDataGenerationPaymentConfig}.
   */
  public static final class SyntheticDataGenerationPaymentConfig extends Struct<SyntheticDataGenerationPaymentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::Collaboration.SyntheticDataGenerationPaymentConfig")
        .required("IsResponsible")
        .build();

    public SyntheticDataGenerationPaymentConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates who is responsible for paying for synthetic data generation.
     *
     * <p>Required. CloudFormation property {@code IsResponsible}.
     */
    public SyntheticDataGenerationPaymentConfig isResponsible(boolean value) {
      return set("IsResponsible", Value.of(value));
    }

    /** Sets {@code IsResponsible} to this value; see {@link #isResponsible(boolean)}. */
    public SyntheticDataGenerationPaymentConfig isResponsible(Value<Boolean> value) {
      return set("IsResponsible", value);
    }
  }
}
