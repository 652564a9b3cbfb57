// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.healthlake;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Data Store that can ingest and export FHIR formatted data.
 *
 * <p>Please note that when a user tries to do an Update operation via CloudFormation, changes to
 * the Data Store name, Type Version, PreloadDataConfig, or SSEConfiguration will delete their
 * existing Data Store for the stack and create a new one. This will lead to potential loss of data.
 *
 * <p>CloudFormation type {@code AWS::HealthLake::FHIRDatastore}.
 */
public final class FHIRDatastore extends Resource<FHIRDatastore> {
  private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::FHIRDatastore")
      .required("DatastoreTypeVersion")
      .constrain("DatastoreName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$").minLength(1).maxLength(256))
      .allowed("DatastoreTypeVersion", "R4")
      .refYields("DatastoreId")
      .attributes("CreatedAt", "CreatedAt.Nanos", "CreatedAt.Seconds", "DatastoreArn",
          "DatastoreEndpoint", "DatastoreId", "DatastoreStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FHIRDatastore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The data store name (user-generated).
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-%&#64;]*)$}. CloudFormation property {@code
   * DatastoreName}.
   */
  public FHIRDatastore datastoreName(String value) {
    return set("DatastoreName", Value.of(value));
  }

  /** Sets {@code DatastoreName} to this value; see {@link #datastoreName(String)}. */
  public FHIRDatastore datastoreName(Value<String> value) {
    return set("DatastoreName", value);
  }

  /**
   * The FHIR release version supported by the data store. Current support is for version
   * <code>R4</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code R4}. CloudFormation
   * property {@code DatastoreTypeVersion}.
   */
  public FHIRDatastore datastoreTypeVersion(String value) {
    return set("DatastoreTypeVersion", Value.of(value));
  }

  /** Sets {@code DatastoreTypeVersion} to this value; see {@link #datastoreTypeVersion(String)}. */
  public FHIRDatastore datastoreTypeVersion(Value<String> value) {
    return set("DatastoreTypeVersion", value);
  }

  /**
   * The identity provider configuration selected when the data store was created.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * IdentityProviderConfiguration}.
   */
  public FHIRDatastore identityProviderConfiguration(Value<IdentityProviderConfiguration> value) {
    return set("IdentityProviderConfiguration", value);
  }

  /**
   * The preloaded Synthea data configuration for the data store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PreloadDataConfig}.
   */
  public FHIRDatastore preloadDataConfig(Value<PreloadDataConfig> value) {
    return set("PreloadDataConfig", value);
  }

  /**
   * The server-side encryption key configuration for a customer-provided encryption key specified
   * for creating a data store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SseConfiguration}.
   */
  public FHIRDatastore sseConfiguration(Value<SseConfiguration> value) {
    return set("SseConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FHIRDatastore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FHIRDatastore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FHIRDatastore tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time that a Data Store was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<CreatedAt> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt.Nanos}. */
  public Value<Integer> createdAtNanos() {
    return getAtt("CreatedAt.Nanos");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt.Seconds}. */
  public Value<String> createdAtSeconds() {
    return getAtt("CreatedAt.Seconds");
  }

  /**
   * The Data Store ARN is generated during the creation of the Data Store and can be found in the
   * output from the initial Data Store creation request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreArn}.
   */
  public Value<String> datastoreArn() {
    return getAtt("DatastoreArn");
  }

  /**
   * The endpoint for the created Data Store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreEndpoint}.
   */
  public Value<String> datastoreEndpoint() {
    return getAtt("DatastoreEndpoint");
  }

  /**
   * The Amazon generated Data Store id. This id is in the output from the initial Data Store
   * creation call.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreId}.
   */
  public Value<String> datastoreId() {
    return getAtt("DatastoreId");
  }

  /**
   * The status of the FHIR Data Store. Possible statuses are ‘CREATING’, ‘ACTIVE’, ‘DELETING’,
   * ‘DELETED’.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreStatus}.
   */
  public Value<String> datastoreStatus() {
    return getAtt("DatastoreStatus");
  }

  /**
   * The time that a Data Store was created.
   *
   * <p>Property type {@code AWS::HealthLake::FHIRDatastore.CreatedAt}.
   */
  public static final class CreatedAt extends Struct<CreatedAt> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::FHIRDatastore.CreatedAt")
        .required("Nanos", "Seconds")
        .build();

    public CreatedAt() {
      super(SCHEMA);
    }

    /**
     * Nanoseconds.
     *
     * <p>Required. CloudFormation property {@code Nanos}.
     */
    public CreatedAt nanos(int value) {
      return set("Nanos", Value.of(value));
    }

    /** Sets {@code Nanos} to this value; see {@link #nanos(int)}. */
    public CreatedAt nanos(Value<Integer> value) {
      return set("Nanos", value);
    }

    /**
     * Seconds since epoch.
     *
     * <p>Required. CloudFormation property {@code Seconds}.
     */
    public CreatedAt seconds(String value) {
      return set("Seconds", Value.of(value));
    }

    /** Sets {@code Seconds} to this value; see {@link #seconds(String)}. */
    public CreatedAt seconds(Value<String> value) {
      return set("Seconds", value);
    }
  }

  /**
   * The identity provider configuration selected when the data store was created.
   *
   * <p>Property type {@code AWS::HealthLake::FHIRDatastore.IdentityProviderConfiguration}.
   */
  public static final class IdentityProviderConfiguration extends Struct<IdentityProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::FHIRDatastore.IdentityProviderConfiguration")
        .required("AuthorizationStrategy")
        .allowed("AuthorizationStrategy", "SMART_ON_FHIR_V1", "AWS_AUTH", "SMART_ON_FHIR")
        .constrain("IdpLambdaArn", Constraint.of().pattern("arn:aws[-a-z]*:lambda:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9\\-_\\.]+(:(\\$LATEST|[a-zA-Z0-9\\-_]+))?").minLength(49).maxLength(256))
        .build();

    public IdentityProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The authorization strategy selected when the HealthLake data store is created.
     *
     * <p>HealthLake provides support for both SMART on FHIR V1 and V2 as described below. -
     * <code>SMART_ON_FHIR_V1</code> – Support for only SMART on FHIR V1, which includes
     * <code>read</code> (read/search) and <code>write</code> (create/update/delete) permissions. -
     * <code>SMART_ON_FHIR</code> – Support for both SMART on FHIR V1 and V2, which includes
     * <code>create</code> , <code>read</code> , <code>update</code> , <code>delete</code> , and
     * <code>search</code> permissions. - <code>AWS_AUTH</code> – The default HealthLake
     * authorization strategy; not affiliated with SMART on FHIR.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code SMART_ON_FHIR_V1},
     * {@code AWS_AUTH}, {@code SMART_ON_FHIR}. CloudFormation property {@code
     * AuthorizationStrategy}.
     */
    public IdentityProviderConfiguration authorizationStrategy(String value) {
      return set("AuthorizationStrategy", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationStrategy} to this value; see {@link #authorizationStrategy(String)}.
     */
    public IdentityProviderConfiguration authorizationStrategy(Value<String> value) {
      return set("AuthorizationStrategy", value);
    }

    /**
     * The parameter to enable SMART on FHIR fine-grained authorization for the data store.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * FineGrainedAuthorizationEnabled}.
     */
    public IdentityProviderConfiguration fineGrainedAuthorizationEnabled(boolean value) {
      return set("FineGrainedAuthorizationEnabled", Value.of(value));
    }

    /**
     * Sets {@code FineGrainedAuthorizationEnabled} to this value; see {@link
     * #fineGrainedAuthorizationEnabled(boolean)}.
     */
    public IdentityProviderConfiguration fineGrainedAuthorizationEnabled(Value<Boolean> value) {
      return set("FineGrainedAuthorizationEnabled", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function to use to decode the access token
     * created by the authorization server.
     *
     * <p>Changing it replaces the resource. Length: 49 to 256 characters. Pattern: {@code
     * arn:aws[-a-z]*:lambda:[a-z]{2}-[a-z]+-&#92;d{1}:&#92;d{12}:function:[a-zA-Z0-9&#92;-_&#92;.]+(:(&#92;$LATEST|[a-zA-Z0-9&#92;-_]+))?}.
     * CloudFormation property {@code IdpLambdaArn}.
     */
    public IdentityProviderConfiguration idpLambdaArn(String value) {
      return set("IdpLambdaArn", Value.of(value));
    }

    /** Sets {@code IdpLambdaArn} to this value; see {@link #idpLambdaArn(String)}. */
    public IdentityProviderConfiguration idpLambdaArn(Value<String> value) {
      return set("IdpLambdaArn", value);
    }

    /**
     * The JSON metadata elements to use in your identity provider configuration. Required elements
     * are listed based on the launch specification of the SMART application. For more information
     * on all possible elements, see <a
     * href="https://docs.aws.amazon.com/https://build.fhir.org/ig/HL7/smart-app-launch/conformance.html#metadata">Metadata</a>
     * in SMART's App Launch specification.
     *
     * <p><code>authorization_endpoint</code> : The URL to the OAuth2 authorization endpoint.
     *
     * <p><code>grant_types_supported</code> : An array of grant types that are supported at the
     * token endpoint. You must provide at least one grant type option. Valid options are
     * <code>authorization_code</code> and <code>client_credentials</code> .
     *
     * <p><code>token_endpoint</code> : The URL to the OAuth2 token endpoint.
     *
     * <p><code>capabilities</code> : An array of strings of the SMART capabilities that the
     * authorization server supports.
     *
     * <p><code>code_challenge_methods_supported</code> : An array of strings of supported PKCE code
     * challenge methods. You must include the <code>S256</code> method in the array of PKCE code
     * challenge methods.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Metadata}.
     */
    public IdentityProviderConfiguration metadata(String value) {
      return set("Metadata", Value.of(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(String)}. */
    public IdentityProviderConfiguration metadata(Value<String> value) {
      return set("Metadata", value);
    }
  }

  /**
   * The customer-managed-key(CMK) used when creating a Data Store. If a customer owned key is not
   * specified, an Amazon owned key will be used for encryption.
   *
   * <p>Property type {@code AWS::HealthLake::FHIRDatastore.KmsEncryptionConfig}.
   */
  public static final class KmsEncryptionConfig extends Struct<KmsEncryptionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::FHIRDatastore.KmsEncryptionConfig")
        .required("CmkType")
        .allowed("CmkType", "CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KMS_KEY")
        .build();

    public KmsEncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * The type of customer-managed-key(CMK) used for encryption. The two types of supported CMKs
     * are customer owned CMKs and Amazon owned CMKs. For more information on CMK types, see <a
     * href="https://docs.aws.amazon.com/healthlake/latest/APIReference/API_KmsEncryptionConfig.html#HealthLake-Type-KmsEncryptionConfig-CmkType">KmsEncryptionConfig</a>
     * .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code
     * CUSTOMER_MANAGED_KMS_KEY}, {@code AWS_OWNED_KMS_KEY}. CloudFormation property {@code
     * CmkType}.
     */
    public KmsEncryptionConfig cmkType(String value) {
      return set("CmkType", Value.of(value));
    }

    /** Sets {@code CmkType} to this value; see {@link #cmkType(String)}. */
    public KmsEncryptionConfig cmkType(Value<String> value) {
      return set("CmkType", value);
    }

    /**
     * The Key Management Service (KMS) encryption key id/alias used to encrypt the data store
     * contents at rest.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public KmsEncryptionConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public KmsEncryptionConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * An optional parameter to preload (import) open source Synthea FHIR data upon creation of the
   * data store.
   *
   * <p>Property type {@code AWS::HealthLake::FHIRDatastore.PreloadDataConfig}.
   */
  public static final class PreloadDataConfig extends Struct<PreloadDataConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::FHIRDatastore.PreloadDataConfig")
        .required("PreloadDataType")
        .allowed("PreloadDataType", "SYNTHEA")
        .build();

    public PreloadDataConfig() {
      super(SCHEMA);
    }

    /**
     * The type of preloaded data. Only Synthea preloaded data is supported.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code SYNTHEA}.
     * CloudFormation property {@code PreloadDataType}.
     */
    public PreloadDataConfig preloadDataType(String value) {
      return set("PreloadDataType", Value.of(value));
    }

    /** Sets {@code PreloadDataType} to this value; see {@link #preloadDataType(String)}. */
    public PreloadDataConfig preloadDataType(Value<String> value) {
      return set("PreloadDataType", value);
    }
  }

  /**
   * The server-side encryption key configuration for a customer-provided encryption key.
   *
   * <p>Property type {@code AWS::HealthLake::FHIRDatastore.SseConfiguration}.
   */
  public static final class SseConfiguration extends Struct<SseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::HealthLake::FHIRDatastore.SseConfiguration")
        .required("KmsEncryptionConfig")
        .build();

    public SseConfiguration() {
      super(SCHEMA);
    }

    /**
     * The server-side encryption key configuration for a customer provided encryption key.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * KmsEncryptionConfig}.
     */
    public SseConfiguration kmsEncryptionConfig(Value<KmsEncryptionConfig> value) {
      return set("KmsEncryptionConfig", value);
    }
  }
}
