// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an OpenSearch Serverless collection. For more information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-manage.html">Creating
 * and managing Amazon OpenSearch Serverless collections</a> in the <em>Amazon OpenSearch Service
 * Developer Guide</em> .
 *
 * <p>You must create a matching <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html">encryption
 * policy</a> in order for a collection to be created successfully. You can specify the policy
 * resource within the same CloudFormation template as the collection resource if you use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn</a>
 * attribute. See <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchserverless-collection.html#aws-resource-opensearchserverless-collection--examples">Examples</a>
 * for a sample template. Otherwise the encryption policy must already exist before you create the
 * collection.
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::Collection}.
 */
public final class Collection extends Resource<Collection> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::Collection")
      .required("Name")
      .constrain("CollectionGroupName", Constraint.of().pattern("^[a-z][a-z0-9-]+$").minLength(3).maxLength(32))
      .allowed("DeletionProtection", "ENABLED", "DISABLED")
      .constrain("Description", Constraint.of().maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9-]{2,63}$").minLength(3).maxLength(64))
      .allowed("StandbyReplicas", "ENABLED", "DISABLED")
      .allowed("Type", "SEARCH", "TIMESERIES", "VECTORSEARCH")
      .refYields("Id")
      .attributes("Arn", "CollectionEndpoint", "DashboardEndpoint", "FipsEndpoints", "Id",
          "KmsKeyArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Collection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the collection group to associate with the collection.
   *
   * <p>Changing it replaces the resource. Length: 3 to 32 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]+$}. CloudFormation property {@code CollectionGroupName}.
   */
  public Collection collectionGroupName(String value) {
    return set("CollectionGroupName", Value.of(value));
  }

  /** Sets {@code CollectionGroupName} to this value; see {@link #collectionGroupName(String)}. */
  public Collection collectionGroupName(Value<String> value) {
    return set("CollectionGroupName", value);
  }

  /**
   * The deletion protection state of the collection
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * DeletionProtection}.
   */
  public Collection deletionProtection(String value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(String)}. */
  public Collection deletionProtection(Value<String> value) {
    return set("DeletionProtection", value);
  }

  /**
   * A description of the collection.
   *
   * <p>Length: at most 1000 characters. CloudFormation property {@code Description}.
   */
  public Collection description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Collection description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Encryption settings for the collection
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfig}.
   */
  public Collection encryptionConfig(Value<EncryptionConfig> value) {
    return set("EncryptionConfig", value);
  }

  /**
   * The name of the collection.
   *
   * <p>Collection names must meet the following criteria:
   *
   * <ul> <li>Starts with a lowercase letter <li>Unique to your account and AWS Region <li>Contains
   * between 3 and 28 characters <li>Contains only lowercase letters a-z, the numbers 0-9, and the
   * hyphen (-) </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 64 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]{2,63}$}. CloudFormation property {@code Name}.
   */
  public Collection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Collection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Indicates whether to use standby replicas for the collection. You can't update this property
   * after the collection is already created. If you attempt to modify this property, the collection
   * continues to use the original value.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code DISABLED}.
   * CloudFormation property {@code StandbyReplicas}.
   */
  public Collection standbyReplicas(String value) {
    return set("StandbyReplicas", Value.of(value));
  }

  /** Sets {@code StandbyReplicas} to this value; see {@link #standbyReplicas(String)}. */
  public Collection standbyReplicas(Value<String> value) {
    return set("StandbyReplicas", value);
  }

  /**
   * An arbitrary set of tags (key–value pairs) to associate with the collection.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Collection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Collection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Collection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of collection. Possible values are <code>SEARCH</code> , <code>TIMESERIES</code> , and
   * <code>VECTORSEARCH</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-overview.html#serverless-usecase">Choosing
   * a collection type</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SEARCH}, {@code TIMESERIES},
   * {@code VECTORSEARCH}. CloudFormation property {@code Type}.
   */
  public Collection typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Collection typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Vector search configuration options for the collection
   *
   * <p>CloudFormation property {@code VectorOptions}.
   */
  public Collection vectorOptions(Value<VectorOptions> value) {
    return set("VectorOptions", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the collection. For example,
   * <code>arn:aws:aoss:us-east-1:123456789012:collection/07tjusf2h91cunochc</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Collection-specific endpoint used to submit index, search, and data upload requests to an
   * OpenSearch Serverless collection. For example,
   * <code>https://07tjusf2h91cunochc.us-east-1.aoss.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollectionEndpoint}.
   */
  public Value<String> collectionEndpoint() {
    return getAtt("CollectionEndpoint");
  }

  /**
   * The collection-specific endpoint used to access OpenSearch Dashboards. For example,
   * <code>https://07tjusf2h91cunochc.us-east-1.aoss.amazonaws.com/_dashboards</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DashboardEndpoint}.
   */
  public Value<String> dashboardEndpoint() {
    return getAtt("DashboardEndpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code FipsEndpoints}. */
  public Value<FipsEndpoints> fipsEndpoints() {
    return getAtt("FipsEndpoints");
  }

  /**
   * A unique identifier for the collection. For example, <code>07tjusf2h91cunochc</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the AWS KMS key used to encrypt the collection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyArn}.
   */
  public Value<String> kmsKeyArn() {
    return getAtt("KmsKeyArn");
  }

  /**
   * Encryption settings for the collection
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Collection.EncryptionConfig}.
   */
  public static final class EncryptionConfig extends Struct<EncryptionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::Collection.EncryptionConfig")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public EncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to use an AWS owned key for encryption.
     *
     * <p>CloudFormation property {@code AWSOwnedKey}.
     */
    public EncryptionConfig awsOwnedKey(boolean value) {
      return set("AWSOwnedKey", Value.of(value));
    }

    /** Sets {@code AWSOwnedKey} to this value; see {@link #awsOwnedKey(boolean)}. */
    public EncryptionConfig awsOwnedKey(Value<Boolean> value) {
      return set("AWSOwnedKey", value);
    }

    /**
     * Key Management Service key used to encrypt the collection.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public EncryptionConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /** Property type {@code AWS::OpenSearchServerless::Collection.FipsEndpoints}. */
  public static final class FipsEndpoints extends Struct<FipsEndpoints> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Collection.FipsEndpoints");

    public FipsEndpoints() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CollectionEndpoint}. */
    public FipsEndpoints collectionEndpoint(String value) {
      return set("CollectionEndpoint", Value.of(value));
    }

    /** Sets {@code CollectionEndpoint} to this value; see {@link #collectionEndpoint(String)}. */
    public FipsEndpoints collectionEndpoint(Value<String> value) {
      return set("CollectionEndpoint", value);
    }

    /** CloudFormation property {@code DashboardEndpoint}. */
    public FipsEndpoints dashboardEndpoint(String value) {
      return set("DashboardEndpoint", Value.of(value));
    }

    /** Sets {@code DashboardEndpoint} to this value; see {@link #dashboardEndpoint(String)}. */
    public FipsEndpoints dashboardEndpoint(Value<String> value) {
      return set("DashboardEndpoint", value);
    }
  }

  /**
   * Vector search configuration options for the collection
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Collection.VectorOptions}.
   */
  public static final class VectorOptions extends Struct<VectorOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::Collection.VectorOptions")
        .allowed("ServerlessVectorAcceleration", "ENABLED", "DISABLED", "ALLOWED")
        .build();

    public VectorOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether GPU acceleration is enabled for vector indexing
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}, {@code ALLOWED}. CloudFormation
     * property {@code ServerlessVectorAcceleration}.
     */
    public VectorOptions serverlessVectorAcceleration(String value) {
      return set("ServerlessVectorAcceleration", Value.of(value));
    }

    /**
     * Sets {@code ServerlessVectorAcceleration} to this value; see {@link
     * #serverlessVectorAcceleration(String)}.
     */
    public VectorOptions serverlessVectorAcceleration(Value<String> value) {
      return set("ServerlessVectorAcceleration", value);
    }
  }
}
