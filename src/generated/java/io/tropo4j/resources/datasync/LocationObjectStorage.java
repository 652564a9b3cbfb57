// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationObjectStorage</code> resource specifies an endpoint for a
 * self-managed object storage bucket. For more information about self-managed object storage
 * locations, see <a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-object-location.html">Creating
 * a Location for Object Storage</a> .
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationObjectStorage}.
 */
public final class LocationObjectStorage extends Resource<LocationObjectStorage> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationObjectStorage")
      .constrain("AccessKey", Constraint.of().pattern("^.+$").minLength(1).maxLength(200))
      .constrain("AgentArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$").minLength(0).maxLength(128))
      .constrain("BucketName", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
      .constrain("SecretKey", Constraint.of().pattern("^.+$").minLength(8).maxLength(200))
      .constrain("ServerCertificate", Constraint.of().maxLength(32768))
      .constrain("ServerHostname", Constraint.of().pattern("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$").minLength(0).maxLength(255))
      .constrain("ServerPort", Constraint.of().minimum(1).maximum(65536))
      .allowed("ServerProtocol", "HTTPS", "HTTP")
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\p{Zs}]*$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("CmkSecretConfig.SecretArn", "LocationArn", "LocationUri", "ManagedSecretConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationObjectStorage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the access key (for example, a user name) if credentials are required to authenticate
   * with the object storage server.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * AccessKey}.
   */
  public LocationObjectStorage accessKey(String value) {
    return set("AccessKey", Value.of(value));
  }

  /** Sets {@code AccessKey} to this value; see {@link #accessKey(String)}. */
  public LocationObjectStorage accessKey(Value<String> value) {
    return set("AccessKey", value);
  }

  /**
   * (Optional) Specifies the Amazon Resource Names (ARNs) of the DataSync agents that can connect
   * with your object storage system. If you are setting up an agentless cross-cloud transfer, you
   * do not need to specify a value for this parameter.
   *
   * <p>Make sure you configure this parameter correctly when you first create your storage
   * location. You cannot add or remove agents from a storage location after you create it.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$}.
   * CloudFormation property {@code AgentArns}.
   */
  public LocationObjectStorage agentArns(List<String> value) {
    return set("AgentArns", Value.listOf(value));
  }

  /** Sets {@code AgentArns} to this value; see {@link #agentArns(List)}. */
  public LocationObjectStorage agentArns(Value<List<String>> value) {
    return set("AgentArns", value);
  }

  /**
   * Specifies the name of the object storage bucket involved in the transfer.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. Format: {@code
   * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
   */
  public LocationObjectStorage bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public LocationObjectStorage bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, which includes the
   * <code>SecretKey</code> that DataSync uses to access a specific object storage location, with a
   * customer-managed AWS KMS key .
   *
   * <p>When you include this parameter as part of a <code>CreateLocationObjectStorage</code>
   * request, you provide only the KMS key ARN. DataSync uses this KMS key together with the value
   * you specify for the <code>SecretKey</code> parameter to create a DataSync-managed secret to
   * store the location access credentials.
   *
   * <p>Make sure that DataSync has permission to access the KMS key that you specify.
   *
   * <p>You can use either <code>CmkSecretConfig</code> (with <code>SecretKey</code> ) or
   * <code>CustomSecretConfig</code> (without <code>SecretKey</code> ) to provide credentials for a
   * <code>CreateLocationObjectStorage</code> request. Do not provide both parameters for the same
   * request.
   *
   * <p>CloudFormation property {@code CmkSecretConfig}.
   */
  public LocationObjectStorage cmkSecretConfig(Value<CmkSecretConfig> value) {
    return set("CmkSecretConfig", value);
  }

  /**
   * Specifies configuration information for a customer-managed Secrets Manager secret where the
   * secret key for a specific object storage location is stored in plain text, in Secrets Manager.
   * This configuration includes the secret ARN, and the ARN for an IAM role that provides access to
   * the secret.
   *
   * <p>You can use either <code>CmkSecretConfig</code> (with <code>SecretKey</code> ) or
   * <code>CustomSecretConfig</code> (without <code>SecretKey</code> ) to provide credentials for a
   * <code>CreateLocationObjectStorage</code> request. Do not provide both parameters for the same
   * request.
   *
   * <p>CloudFormation property {@code CustomSecretConfig}.
   */
  public LocationObjectStorage customSecretConfig(Value<CustomSecretConfig> value) {
    return set("CustomSecretConfig", value);
  }

  /**
   * Specifies the identity federation configuration that DataSync uses to access your object
   * storage location using an OpenID Connect (OIDC) token.
   *
   * <p>CloudFormation property {@code FederatedIdentity}.
   */
  public LocationObjectStorage federatedIdentity(Value<ObjectStorageFederatedIdentityConfig> value) {
    return set("FederatedIdentity", value);
  }

  /**
   * Specifies the secret key (for example, a password) if credentials are required to authenticate
   * with the object storage server.
   *
   * <p>If you provide a secret using <code>SecretKey</code> , but do not provide secret
   * configuration details using <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> ,
   * then DataSync stores the token using your AWS account's Secrets Manager secret.
   *
   * <p>Length: 8 to 200 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * SecretKey}.
   */
  public LocationObjectStorage secretKey(String value) {
    return set("SecretKey", Value.of(value));
  }

  /** Sets {@code SecretKey} to this value; see {@link #secretKey(String)}. */
  public LocationObjectStorage secretKey(Value<String> value) {
    return set("SecretKey", value);
  }

  /**
   * Specifies a certificate chain for DataSync to authenticate with your object storage system if
   * the system uses a private or self-signed certificate authority (CA). You must specify a single
   * <code>.pem</code> file with a full certificate chain (for example,
   * <code>file:///home/user/.ssh/object_storage_certificates.pem</code> ).
   *
   * <p>The certificate chain might include:
   *
   * <ul> <li>The object storage system's certificate <li>All intermediate certificates (if there
   * are any) <li>The root certificate of the signing CA </ul>
   *
   * <p>You can concatenate your certificates into a <code>.pem</code> file (which can be up to
   * 32768 bytes before base64 encoding). The following example <code>cat</code> command creates an
   * <code>object_storage_certificates.pem</code> file that includes three certificates:
   *
   * <p><code>cat object_server_certificate.pem intermediate_certificate.pem ca_root_certificate.pem
   * &gt; object_storage_certificates.pem</code>
   *
   * <p>To use this parameter, configure <code>ServerProtocol</code> to <code>HTTPS</code> .
   *
   * <p>Length: at most 32768 characters. CloudFormation property {@code ServerCertificate}.
   */
  public LocationObjectStorage serverCertificate(String value) {
    return set("ServerCertificate", Value.of(value));
  }

  /** Sets {@code ServerCertificate} to this value; see {@link #serverCertificate(String)}. */
  public LocationObjectStorage serverCertificate(Value<String> value) {
    return set("ServerCertificate", value);
  }

  /**
   * Specifies the domain name or IP address (IPv4 or IPv6) of the object storage server that your
   * DataSync agent connects to.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^(([a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9&#92;-]*[A-Za-z0-9])$}. CloudFormation
   * property {@code ServerHostname}.
   */
  public LocationObjectStorage serverHostname(String value) {
    return set("ServerHostname", Value.of(value));
  }

  /** Sets {@code ServerHostname} to this value; see {@link #serverHostname(String)}. */
  public LocationObjectStorage serverHostname(Value<String> value) {
    return set("ServerHostname", value);
  }

  /**
   * Specifies the port that your object storage server accepts inbound network traffic on (for
   * example, port 443).
   *
   * <p>Range: 1 to 65536. CloudFormation property {@code ServerPort}.
   */
  public LocationObjectStorage serverPort(int value) {
    return set("ServerPort", Value.of(value));
  }

  /** Sets {@code ServerPort} to this value; see {@link #serverPort(int)}. */
  public LocationObjectStorage serverPort(Value<Integer> value) {
    return set("ServerPort", value);
  }

  /**
   * Specifies the protocol that your object storage server uses to communicate. If not specified,
   * the default value is <code>HTTPS</code> .
   *
   * <p>Allowed values: {@code HTTPS}, {@code HTTP}. CloudFormation property {@code ServerProtocol}.
   */
  public LocationObjectStorage serverProtocol(String value) {
    return set("ServerProtocol", Value.of(value));
  }

  /** Sets {@code ServerProtocol} to this value; see {@link #serverProtocol(String)}. */
  public LocationObjectStorage serverProtocol(Value<String> value) {
    return set("ServerProtocol", value);
  }

  /**
   * Specifies the object prefix for your object storage server. If this is a source location,
   * DataSync only copies objects with this prefix. If this is a destination location, DataSync
   * writes all objects with this prefix.
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;p{Zs}]*$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationObjectStorage subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationObjectStorage subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies the key-value pair that represents a tag that you want to add to the resource. Tags
   * can help you manage, filter, and search for your resources. We recommend creating a name tag
   * for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationObjectStorage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationObjectStorage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationObjectStorage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the ARN for the DataSync-managed AWS Secrets Manager secret that that is used to
   * access a specific storage location. This property is generated by DataSync and is read-only.
   * DataSync encrypts this secret with the KMS key that you specify for <code>KmsKeyArn</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CmkSecretConfig.SecretArn}.
   */
  public Value<String> cmkSecretConfigSecretArn() {
    return getAtt("CmkSecretConfig.SecretArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the specified object storage location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified object storage location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedSecretConfig}.
   */
  public Value<ManagedSecretConfig> managedSecretConfig() {
    return getAtt("ManagedSecretConfig");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token, secret key, password, or Kerberos keytab that DataSync uses to access a specific storage
   * location, with a customer-managed AWS KMS key .
   *
   * <p>You can use either <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> to
   * provide credentials for a <code>CreateLocation</code> request. Do not provide both parameters
   * for the same request.
   *
   * <p>Property type {@code AWS::DataSync::LocationObjectStorage.CmkSecretConfig}.
   */
  public static final class CmkSecretConfig extends Struct<CmkSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationObjectStorage.CmkSecretConfig")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CmkSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the customer-managed AWS KMS key that DataSync uses to encrypt the
     * DataSync-managed secret stored for <code>SecretArn</code> . DataSync provides this key to AWS
     * Secrets Manager .
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public CmkSecretConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public CmkSecretConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Specifies the ARN for the DataSync-managed AWS Secrets Manager secret that that is used to
     * access a specific storage location. This property is generated by DataSync and is read-only.
     * DataSync encrypts this secret with the KMS key that you specify for <code>KmsKeyArn</code> .
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CmkSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CmkSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a customer-managed Secrets Manager secret where a
   * storage location credentials is stored in Secrets Manager as plain text (for authentication
   * token, secret key, or password) or as binary (for Kerberos keytab). This configuration includes
   * the secret ARN, and the ARN for an IAM role that provides access to the secret.
   *
   * <p>You can use either <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> to
   * provide credentials for a <code>CreateLocation</code> request. Do not provide both parameters
   * for the same request.
   *
   * <p>Property type {@code AWS::DataSync::LocationObjectStorage.CustomSecretConfig}.
   */
  public static final class CustomSecretConfig extends Struct<CustomSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationObjectStorage.CustomSecretConfig")
        .required("SecretAccessRoleArn", "SecretArn")
        .constrain("SecretAccessRoleArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CustomSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the AWS Identity and Access Management role that DataSync uses to
     * access the secret specified for <code>SecretArn</code> .
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SecretAccessRoleArn}.
     */
    public CustomSecretConfig secretAccessRoleArn(String value) {
      return set("SecretAccessRoleArn", Value.of(value));
    }

    /** Sets {@code SecretAccessRoleArn} to this value; see {@link #secretAccessRoleArn(String)}. */
    public CustomSecretConfig secretAccessRoleArn(Value<String> value) {
      return set("SecretAccessRoleArn", value);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CustomSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CustomSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies the Google Cloud workload identity federation configuration that DataSync uses to
   * obtain an access token for your Google Cloud Storage bucket.
   *
   * <p>Property type {@code AWS::DataSync::LocationObjectStorage.GoogleOidcConfig}.
   */
  public static final class GoogleOidcConfig extends Struct<GoogleOidcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationObjectStorage.GoogleOidcConfig")
        .required("IdentityPoolName", "IdentityProviderName", "ProjectName", "ProjectNumber")
        .constrain("IdentityPoolName", Constraint.of().pattern("^(?!gcp-)[a-z][a-z0-9-]{2,30}[a-z0-9]$").minLength(4).maxLength(32))
        .constrain("IdentityProviderName", Constraint.of().pattern("^(?!gcp-)[a-z][a-z0-9-]{2,30}[a-z0-9]$").minLength(4).maxLength(32))
        .constrain("ProjectName", Constraint.of().pattern("^[a-z][a-z0-9-]{4,28}[a-z0-9]$").minLength(6).maxLength(30))
        .constrain("ProjectNumber", Constraint.of().pattern("^[0-9]+$").minLength(1).maxLength(20))
        .build();

    public GoogleOidcConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the Google Cloud workload identity pool that DataSync federates with.
     *
     * <p>Required. Length: 4 to 32 characters. Pattern: {@code
     * ^(?!gcp-)[a-z][a-z0-9-]{2,30}[a-z0-9]$}. CloudFormation property {@code IdentityPoolName}.
     */
    public GoogleOidcConfig identityPoolName(String value) {
      return set("IdentityPoolName", Value.of(value));
    }

    /** Sets {@code IdentityPoolName} to this value; see {@link #identityPoolName(String)}. */
    public GoogleOidcConfig identityPoolName(Value<String> value) {
      return set("IdentityPoolName", value);
    }

    /**
     * The name of the OIDC identity provider configured in the Google Cloud workload identity pool.
     *
     * <p>Required. Length: 4 to 32 characters. Pattern: {@code
     * ^(?!gcp-)[a-z][a-z0-9-]{2,30}[a-z0-9]$}. CloudFormation property {@code
     * IdentityProviderName}.
     */
    public GoogleOidcConfig identityProviderName(String value) {
      return set("IdentityProviderName", Value.of(value));
    }

    /**
     * Sets {@code IdentityProviderName} to this value; see {@link #identityProviderName(String)}.
     */
    public GoogleOidcConfig identityProviderName(Value<String> value) {
      return set("IdentityProviderName", value);
    }

    /**
     * The human-readable Google Cloud project name.
     *
     * <p>Required. Length: 6 to 30 characters. Pattern: {@code ^[a-z][a-z0-9-]{4,28}[a-z0-9]$}.
     * CloudFormation property {@code ProjectName}.
     */
    public GoogleOidcConfig projectName(String value) {
      return set("ProjectName", Value.of(value));
    }

    /** Sets {@code ProjectName} to this value; see {@link #projectName(String)}. */
    public GoogleOidcConfig projectName(Value<String> value) {
      return set("ProjectName", value);
    }

    /**
     * The numeric Google Cloud project ID, as a string.
     *
     * <p>Required. Length: 1 to 20 characters. Pattern: {@code ^[0-9]+$}. CloudFormation property
     * {@code ProjectNumber}.
     */
    public GoogleOidcConfig projectNumber(String value) {
      return set("ProjectNumber", Value.of(value));
    }

    /** Sets {@code ProjectNumber} to this value; see {@link #projectNumber(String)}. */
    public GoogleOidcConfig projectNumber(Value<String> value) {
      return set("ProjectNumber", value);
    }
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS -managed KMS key to encrypt this secret in AWS Secrets Manager .
   *
   * <p>Property type {@code AWS::DataSync::LocationObjectStorage.ManagedSecretConfig}.
   */
  public static final class ManagedSecretConfig extends Struct<ManagedSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationObjectStorage.ManagedSecretConfig")
        .required("SecretArn")
        .build();

    public ManagedSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ManagedSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ManagedSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies the external (non-AWS) identity provider that DataSync federates with to access your
   * object storage location.
   *
   * <p>Property type {@code
   * AWS::DataSync::LocationObjectStorage.ObjectStorageExternalIdentityConfig}.
   */
  public static final class ObjectStorageExternalIdentityConfig extends Struct<ObjectStorageExternalIdentityConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::LocationObjectStorage.ObjectStorageExternalIdentityConfig");

    public ObjectStorageExternalIdentityConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the Google Cloud workload identity federation configuration that DataSync uses to
     * obtain an access token for your Google Cloud Storage bucket.
     *
     * <p>CloudFormation property {@code GoogleOidc}.
     */
    public ObjectStorageExternalIdentityConfig googleOidc(Value<GoogleOidcConfig> value) {
      return set("GoogleOidc", value);
    }
  }

  /**
   * Specifies the identity federation configuration that DataSync uses to access your object
   * storage location using an OpenID Connect (OIDC) token.
   *
   * <p>Property type {@code
   * AWS::DataSync::LocationObjectStorage.ObjectStorageFederatedIdentityConfig}.
   */
  public static final class ObjectStorageFederatedIdentityConfig extends Struct<ObjectStorageFederatedIdentityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationObjectStorage.ObjectStorageFederatedIdentityConfig")
        .constrain("AwsIamRole", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").maxLength(2048))
        .build();

    public ObjectStorageFederatedIdentityConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN of the AWS Identity and Access Management (IAM) role that DataSync assumes
     * to mint the OIDC token used to authenticate with the identity provider.
     *
     * <p>Length: at most 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$}.
     * CloudFormation property {@code AwsIamRole}.
     */
    public ObjectStorageFederatedIdentityConfig awsIamRole(String value) {
      return set("AwsIamRole", Value.of(value));
    }

    /** Sets {@code AwsIamRole} to this value; see {@link #awsIamRole(String)}. */
    public ObjectStorageFederatedIdentityConfig awsIamRole(Value<String> value) {
      return set("AwsIamRole", value);
    }

    /**
     * Specifies the external (non-AWS) identity provider that DataSync federates with to access
     * your object storage location.
     *
     * <p>CloudFormation property {@code ExternalIdentity}.
     */
    public ObjectStorageFederatedIdentityConfig externalIdentity(Value<ObjectStorageExternalIdentityConfig> value) {
      return set("ExternalIdentity", value);
    }
  }
}
