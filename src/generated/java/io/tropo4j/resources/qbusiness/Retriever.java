// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds a retriever to your Amazon Q Business application.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::Retriever}.
 */
public final class Retriever extends Resource<Retriever> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Retriever")
      .required("ApplicationId", "Configuration", "DisplayName", "Type")
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .allowed("Type", "NATIVE_INDEX", "KENDRA_INDEX")
      .attributes("CreatedAt", "RetrieverArn", "RetrieverId", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Retriever(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon Q Business application using the retriever.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public Retriever applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Retriever applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Provides information on how the retriever used for your Amazon Q Business application is
   * configured.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public Retriever configuration(Value<RetrieverConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The name of your retriever.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public Retriever displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Retriever displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The ARN of an IAM role used by Amazon Q Business to access the basic authentication credentials
   * stored in a Secrets Manager secret.
   *
   * <p>Length: 0 to 1284 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Retriever roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Retriever roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A list of key-value pairs that identify or categorize the retriever. You can also use tags to
   * help control access to the retriever. Tag keys and values can consist of Unicode letters,
   * digits, white space, and any of the following symbols: _ . : / = + - &#64;.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Retriever tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Retriever tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Retriever tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of your retriever.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code NATIVE_INDEX}, {@code
   * KENDRA_INDEX}. CloudFormation property {@code Type}.
   */
  public Retriever typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Retriever typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Unix timestamp when the retriever was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role associated with the retriever.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RetrieverArn}.
   */
  public Value<String> retrieverArn() {
    return getAtt("RetrieverArn");
  }

  /**
   * The identifier of the retriever used by your Amazon Q Business application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RetrieverId}.
   */
  public Value<String> retrieverId() {
    return getAtt("RetrieverId");
  }

  /**
   * The status of your retriever.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Unix timestamp when the retriever was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Stores an Amazon Kendra index as a retriever.
   *
   * <p>Property type {@code AWS::QBusiness::Retriever.KendraIndexConfiguration}.
   */
  public static final class KendraIndexConfiguration extends Struct<KendraIndexConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Retriever.KendraIndexConfiguration")
        .required("IndexId")
        .build();

    public KendraIndexConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the Amazon Kendra index.
     *
     * <p>Required. CloudFormation property {@code IndexId}.
     */
    public KendraIndexConfiguration indexId(String value) {
      return set("IndexId", Value.of(value));
    }

    /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
    public KendraIndexConfiguration indexId(Value<String> value) {
      return set("IndexId", value);
    }
  }

  /**
   * Configuration information for an Amazon Q Business index.
   *
   * <p>Property type {@code AWS::QBusiness::Retriever.NativeIndexConfiguration}.
   */
  public static final class NativeIndexConfiguration extends Struct<NativeIndexConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Retriever.NativeIndexConfiguration")
        .required("IndexId")
        .build();

    public NativeIndexConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier for the Amazon Q Business index.
     *
     * <p>Required. CloudFormation property {@code IndexId}.
     */
    public NativeIndexConfiguration indexId(String value) {
      return set("IndexId", Value.of(value));
    }

    /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
    public NativeIndexConfiguration indexId(Value<String> value) {
      return set("IndexId", value);
    }
  }

  /**
   * Provides information on how the retriever used for your Amazon Q Business application is
   * configured.
   *
   * <p>Property type {@code AWS::QBusiness::Retriever.RetrieverConfiguration}.
   */
  public static final class RetrieverConfiguration extends Struct<RetrieverConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::Retriever.RetrieverConfiguration");

    public RetrieverConfiguration() {
      super(SCHEMA);
    }

    /**
     * Provides information on how the Amazon Kendra index used as a retriever for your Amazon Q
     * Business application is configured.
     *
     * <p>CloudFormation property {@code KendraIndexConfiguration}.
     */
    public RetrieverConfiguration kendraIndexConfiguration(Value<KendraIndexConfiguration> value) {
      return set("KendraIndexConfiguration", value);
    }

    /**
     * Provides information on how a Amazon Q Business index used as a retriever for your Amazon Q
     * Business application is configured.
     *
     * <p>CloudFormation property {@code NativeIndexConfiguration}.
     */
    public RetrieverConfiguration nativeIndexConfiguration(Value<NativeIndexConfiguration> value) {
      return set("NativeIndexConfiguration", value);
    }
  }
}
