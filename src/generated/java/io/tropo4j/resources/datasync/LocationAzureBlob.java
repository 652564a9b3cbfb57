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
 * Creates a transfer <em>location</em> for a Microsoft Azure Blob Storage container. AWS DataSync
 * can use this location as a transfer source or destination. You can make transfers with or without
 * a <a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/creating-azure-blob-location.html#azure-blob-creating-agent">DataSync
 * agent</a> that connects to your container.
 *
 * <p>Before you begin, make sure you know <a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/creating-azure-blob-location.html#azure-blob-access">how
 * DataSync accesses Azure Blob Storage</a> and works with <a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/creating-azure-blob-location.html#azure-blob-access-tiers">access
 * tiers</a> and <a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/creating-azure-blob-location.html#blob-types">blob
 * types</a> .
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationAzureBlob}.
 */
public final class LocationAzureBlob extends Resource<LocationAzureBlob> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob")
      .required("AzureBlobAuthenticationType")
      .constrain("AgentArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$").minLength(0).maxLength(128))
      .allowed("AzureAccessTier", "HOT", "COOL", "ARCHIVE")
      .allowed("AzureBlobAuthenticationType", "SAS", "NONE", "OIDC")
      .constrain("AzureBlobContainerUrl", Constraint.of().pattern("^https://[A-Za-z0-9]((.|-+)?[A-Za-z0-9]){0,252}/[a-z0-9](-?[a-z0-9]){2,62}$").maxLength(325))
      .allowed("AzureBlobType", "BLOCK")
      .constrain("Subdirectory", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}\\p{C}]*$").minLength(0).maxLength(1024))
      .refYields("LocationArn")
      .attributes("CmkSecretConfig.SecretArn", "LocationArn", "LocationUri", "ManagedSecretConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationAzureBlob(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * (Optional) Specifies the Amazon Resource Name (ARN) of the DataSync agent that can connect with
   * your Azure Blob Storage container. If you are setting up an agentless cross-cloud transfer, you
   * do not need to specify a value for this parameter.
   *
   * <p>You can specify more than one agent. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/multiple-agents.html">Using
   * multiple agents for your transfer</a> .
   *
   * <p>Make sure you configure this parameter correctly when you first create your storage
   * location. You cannot add or remove agents from a storage location after you create it.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$}.
   * CloudFormation property {@code AgentArns}.
   */
  public LocationAzureBlob agentArns(List<String> value) {
    return set("AgentArns", Value.listOf(value));
  }

  /** Sets {@code AgentArns} to this value; see {@link #agentArns(List)}. */
  public LocationAzureBlob agentArns(Value<List<String>> value) {
    return set("AgentArns", value);
  }

  /**
   * Specifies the access tier that you want your objects or files transferred into. This only
   * applies when using the location as a transfer destination. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/creating-azure-blob-location.html#azure-blob-access-tiers">Access
   * tiers</a> .
   *
   * <p>Allowed values: {@code HOT}, {@code COOL}, {@code ARCHIVE}. Default: {@code "HOT"}.
   * CloudFormation property {@code AzureAccessTier}.
   */
  public LocationAzureBlob azureAccessTier(String value) {
    return set("AzureAccessTier", Value.of(value));
  }

  /** Sets {@code AzureAccessTier} to this value; see {@link #azureAccessTier(String)}. */
  public LocationAzureBlob azureAccessTier(Value<String> value) {
    return set("AzureAccessTier", value);
  }

  /**
   * Specifies the authentication method DataSync uses to access your Azure Blob Storage. DataSync
   * can access blob storage using a shared access signature (SAS).
   *
   * <p>Required. Allowed values: {@code SAS}, {@code NONE}, {@code OIDC}. Default: {@code "SAS"}.
   * CloudFormation property {@code AzureBlobAuthenticationType}.
   */
  public LocationAzureBlob azureBlobAuthenticationType(String value) {
    return set("AzureBlobAuthenticationType", Value.of(value));
  }

  /**
   * Sets {@code AzureBlobAuthenticationType} to this value; see {@link
   * #azureBlobAuthenticationType(String)}.
   */
  public LocationAzureBlob azureBlobAuthenticationType(Value<String> value) {
    return set("AzureBlobAuthenticationType", value);
  }

  /**
   * Specifies the URL of the Azure Blob Storage container involved in your transfer.
   *
   * <p>Changing it replaces the resource. Length: at most 325 characters. Pattern: {@code
   * ^https://[A-Za-z0-9]((.|-+)?[A-Za-z0-9]){0,252}/[a-z0-9](-?[a-z0-9]){2,62}$}. CloudFormation
   * property {@code AzureBlobContainerUrl}.
   */
  public LocationAzureBlob azureBlobContainerUrl(String value) {
    return set("AzureBlobContainerUrl", Value.of(value));
  }

  /**
   * Sets {@code AzureBlobContainerUrl} to this value; see {@link #azureBlobContainerUrl(String)}.
   */
  public LocationAzureBlob azureBlobContainerUrl(Value<String> value) {
    return set("AzureBlobContainerUrl", value);
  }

  /**
   * Specifies the SAS configuration that allows DataSync to access your Azure Blob Storage.
   *
   * <p>If you provide an authentication token using <code>SasConfiguration</code> , but do not
   * provide secret configuration details using <code>CmkSecretConfig</code> or
   * <code>CustomSecretConfig</code> , then DataSync stores the token using your AWS account's
   * secrets manager secret.
   *
   * <p>CloudFormation property {@code AzureBlobSasConfiguration}.
   */
  public LocationAzureBlob azureBlobSasConfiguration(Value<AzureBlobSasConfiguration> value) {
    return set("AzureBlobSasConfiguration", value);
  }

  /**
   * Specifies the type of blob that you want your objects or files to be when transferring them
   * into Azure Blob Storage. Currently, DataSync only supports moving data into Azure Blob Storage
   * as block blobs. For more information on blob types, see the <a
   * href="https://docs.aws.amazon.com/https://learn.microsoft.com/en-us/rest/api/storageservices/understanding-block-blobs--append-blobs--and-page-blobs">Azure
   * Blob Storage documentation</a> .
   *
   * <p>Allowed values: {@code BLOCK}. Default: {@code "BLOCK"}. CloudFormation property {@code
   * AzureBlobType}.
   */
  public LocationAzureBlob azureBlobType(String value) {
    return set("AzureBlobType", Value.of(value));
  }

  /** Sets {@code AzureBlobType} to this value; see {@link #azureBlobType(String)}. */
  public LocationAzureBlob azureBlobType(Value<String> value) {
    return set("AzureBlobType", value);
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
   * <p>CloudFormation property {@code CmkSecretConfig}.
   */
  public LocationAzureBlob cmkSecretConfig(Value<CmkSecretConfig> value) {
    return set("CmkSecretConfig", value);
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
   * <p>CloudFormation property {@code CustomSecretConfig}.
   */
  public LocationAzureBlob customSecretConfig(Value<CustomSecretConfig> value) {
    return set("CustomSecretConfig", value);
  }

  /**
   * Specifies the identity federation configuration that DataSync uses to access your Azure Blob
   * Storage container using an OpenID Connect (OIDC) token.
   *
   * <p>CloudFormation property {@code FederatedIdentity}.
   */
  public LocationAzureBlob federatedIdentity(Value<AzureFederatedIdentityConfig> value) {
    return set("FederatedIdentity", value);
  }

  /**
   * Specifies path segments if you want to limit your transfer to a virtual directory in your
   * container (for example, <code>/my/images</code> ).
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}&#92;p{C}]*$}. CloudFormation property
   * {@code Subdirectory}.
   */
  public LocationAzureBlob subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationAzureBlob subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your transfer location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationAzureBlob tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationAzureBlob tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationAzureBlob tags(Tags tags) {
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
   * The ARN of the Azure Blob Storage transfer location that you created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the Azure Blob Storage transfer location that you created.
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
   * The shared access signature (SAS) configuration that allows AWS DataSync to access your
   * Microsoft Azure Blob Storage.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/creating-azure-blob-location.html#azure-blob-sas-tokens">SAS
   * tokens</a> for accessing your Azure Blob Storage.
   *
   * <p>Property type {@code AWS::DataSync::LocationAzureBlob.AzureBlobSasConfiguration}.
   */
  public static final class AzureBlobSasConfiguration extends Struct<AzureBlobSasConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob.AzureBlobSasConfiguration")
        .required("AzureBlobSasToken")
        .constrain("AzureBlobSasToken", Constraint.of().pattern("(^.+$)").minLength(1).maxLength(255))
        .build();

    public AzureBlobSasConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies a SAS token that provides permissions to access your Azure Blob Storage.
     *
     * <p>The token is part of the SAS URI string that comes after the storage resource URI and a
     * question mark. A token looks something like this:
     *
     * <p><code>sp=r&amp;st=2023-12-20T14:54:52Z&amp;se=2023-12-20T22:54:52Z&amp;spr=https&amp;sv=2021-06-08&amp;sr=c&amp;sig=aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D</code>
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code (^.+$)}. CloudFormation property
     * {@code AzureBlobSasToken}.
     */
    public AzureBlobSasConfiguration azureBlobSasToken(String value) {
      return set("AzureBlobSasToken", Value.of(value));
    }

    /** Sets {@code AzureBlobSasToken} to this value; see {@link #azureBlobSasToken(String)}. */
    public AzureBlobSasConfiguration azureBlobSasToken(Value<String> value) {
      return set("AzureBlobSasToken", value);
    }
  }

  /**
   * Specifies the identity federation configuration that DataSync uses to access your Azure Blob
   * Storage container using an OpenID Connect (OIDC) token.
   *
   * <p>Property type {@code AWS::DataSync::LocationAzureBlob.AzureFederatedIdentityConfig}.
   */
  public static final class AzureFederatedIdentityConfig extends Struct<AzureFederatedIdentityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob.AzureFederatedIdentityConfig")
        .constrain("AwsIamRole", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").maxLength(2048))
        .build();

    public AzureFederatedIdentityConfig() {
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
    public AzureFederatedIdentityConfig awsIamRole(String value) {
      return set("AwsIamRole", Value.of(value));
    }

    /** Sets {@code AwsIamRole} to this value; see {@link #awsIamRole(String)}. */
    public AzureFederatedIdentityConfig awsIamRole(Value<String> value) {
      return set("AwsIamRole", value);
    }

    /**
     * Specifies the Microsoft Entra (Azure AD) identity that DataSync federates with to obtain an
     * access token for your Azure Blob Storage container.
     *
     * <p>CloudFormation property {@code AzureOidc}.
     */
    public AzureFederatedIdentityConfig azureOidc(Value<AzureOidcConfig> value) {
      return set("AzureOidc", value);
    }
  }

  /**
   * Specifies the Microsoft Entra (Azure AD) identity that DataSync federates with to obtain an
   * access token for your Azure Blob Storage container.
   *
   * <p>Property type {@code AWS::DataSync::LocationAzureBlob.AzureOidcConfig}.
   */
  public static final class AzureOidcConfig extends Struct<AzureOidcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob.AzureOidcConfig")
        .required("ClientId", "TenantId")
        .constrain("ClientId", Constraint.of().pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").minLength(36).maxLength(36))
        .constrain("TenantId", Constraint.of().pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").minLength(36).maxLength(36))
        .build();

    public AzureOidcConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the client ID of the Microsoft Entra (Azure AD) identity that DataSync uses to
     * obtain an access token.
     *
     * <p>Required. Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$}.
     * CloudFormation property {@code ClientId}.
     */
    public AzureOidcConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public AzureOidcConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * Specifies the Microsoft Entra (Azure AD) tenant ID that the identity belongs to.
     *
     * <p>Required. Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$}.
     * CloudFormation property {@code TenantId}.
     */
    public AzureOidcConfig tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public AzureOidcConfig tenantId(Value<String> value) {
      return set("TenantId", value);
    }
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
   * <p>Property type {@code AWS::DataSync::LocationAzureBlob.CmkSecretConfig}.
   */
  public static final class CmkSecretConfig extends Struct<CmkSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob.CmkSecretConfig")
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
   * <p>Property type {@code AWS::DataSync::LocationAzureBlob.CustomSecretConfig}.
   */
  public static final class CustomSecretConfig extends Struct<CustomSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob.CustomSecretConfig")
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
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS -managed KMS key to encrypt this secret in AWS Secrets Manager .
   *
   * <p>Property type {@code AWS::DataSync::LocationAzureBlob.ManagedSecretConfig}.
   */
  public static final class ManagedSecretConfig extends Struct<ManagedSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationAzureBlob.ManagedSecretConfig")
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
}
