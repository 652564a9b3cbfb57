// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emrcontainers;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Schema of AWS::EMRContainers::SecurityConfiguration Type
 *
 * <p>CloudFormation type {@code AWS::EMRContainers::SecurityConfiguration}.
 */
public final class SecurityConfiguration extends Resource<SecurityConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration")
      .required("SecurityConfigurationData")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SecurityConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Container provider information.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ContainerProvider}.
   */
  public SecurityConfiguration containerProvider(Value<ContainerProvider> value) {
    return set("ContainerProvider", value);
  }

  /**
   * The name of the security configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code Name}.
   */
  public SecurityConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SecurityConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Security configuration data containing encryption and authorization settings.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SecurityConfigurationData}.
   */
  public SecurityConfiguration securityConfigurationData(Value<SecurityConfigurationData> value) {
    return set("SecurityConfigurationData", value);
  }

  /**
   * An array of key-value pairs to apply to this security configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SecurityConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SecurityConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SecurityConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the security configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the security configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * At-rest encryption configuration.
   *
   * <p>Property type {@code
   * AWS::EMRContainers::SecurityConfiguration.AtRestEncryptionConfiguration}.
   */
  public static final class AtRestEncryptionConfiguration extends Struct<AtRestEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.AtRestEncryptionConfiguration");

    public AtRestEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Local disk encryption configuration.
     *
     * <p>CloudFormation property {@code LocalDiskEncryptionConfiguration}.
     */
    public AtRestEncryptionConfiguration localDiskEncryptionConfiguration(Value<LocalDiskEncryptionConfiguration> value) {
      return set("LocalDiskEncryptionConfiguration", value);
    }

    /**
     * S3 encryption configuration.
     *
     * <p>CloudFormation property {@code S3EncryptionConfiguration}.
     */
    public AtRestEncryptionConfiguration s3EncryptionConfiguration(Value<S3EncryptionConfiguration> value) {
      return set("S3EncryptionConfiguration", value);
    }
  }

  /**
   * Authentication configuration for the security configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.AuthenticationConfiguration}.
   */
  public static final class AuthenticationConfiguration extends Struct<AuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.AuthenticationConfiguration");

    public AuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * IAM configuration.
     *
     * <p>CloudFormation property {@code IAMConfiguration}.
     */
    public AuthenticationConfiguration iamConfiguration(Value<IAMConfiguration> value) {
      return set("IAMConfiguration", value);
    }

    /**
     * Identity Center configuration.
     *
     * <p>CloudFormation property {@code IdentityCenterConfiguration}.
     */
    public AuthenticationConfiguration identityCenterConfiguration(Value<IdentityCenterConfiguration> value) {
      return set("IdentityCenterConfiguration", value);
    }
  }

  /**
   * Authorization configuration for the security configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.AuthorizationConfiguration}.
   */
  public static final class AuthorizationConfiguration extends Struct<AuthorizationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.AuthorizationConfiguration");

    public AuthorizationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Lake Formation configuration.
     *
     * <p>CloudFormation property {@code LakeFormationConfiguration}.
     */
    public AuthorizationConfiguration lakeFormationConfiguration(Value<LakeFormationConfiguration> value) {
      return set("LakeFormationConfiguration", value);
    }
  }

  /**
   * Container information.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.ContainerInfo}.
   */
  public static final class ContainerInfo extends Struct<ContainerInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.ContainerInfo");

    public ContainerInfo() {
      super(SCHEMA);
    }

    /**
     * EKS information.
     *
     * <p>CloudFormation property {@code EksInfo}.
     */
    public ContainerInfo eksInfo(Value<EksInfo> value) {
      return set("EksInfo", value);
    }
  }

  /**
   * Container provider information.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.ContainerProvider}.
   */
  public static final class ContainerProvider extends Struct<ContainerProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.ContainerProvider")
        .required("Id", "Type")
        .constrain("Id", Constraint.of().pattern("^[0-9A-Za-z][A-Za-z0-9\\-_]*$").minLength(1).maxLength(100))
        .allowed("Type", "EKS")
        .build();

    public ContainerProvider() {
      super(SCHEMA);
    }

    /**
     * The container provider ID.
     *
     * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[0-9A-Za-z][A-Za-z0-9&#92;-_]*$}.
     * CloudFormation property {@code Id}.
     */
    public ContainerProvider id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ContainerProvider id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Container information.
     *
     * <p>CloudFormation property {@code Info}.
     */
    public ContainerProvider info(Value<ContainerInfo> value) {
      return set("Info", value);
    }

    /**
     * The container provider type.
     *
     * <p>Required. Allowed values: {@code EKS}. CloudFormation property {@code Type}.
     */
    public ContainerProvider type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContainerProvider type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * EKS information.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.EksInfo}.
   */
  public static final class EksInfo extends Struct<EksInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.EksInfo");

    public EksInfo() {
      super(SCHEMA);
    }

    /**
     * The EKS namespace.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public EksInfo namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public EksInfo namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Encryption configuration for the security configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.EncryptionConfiguration");

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * At-rest encryption configuration.
     *
     * <p>CloudFormation property {@code AtRestEncryptionConfiguration}.
     */
    public EncryptionConfiguration atRestEncryptionConfiguration(Value<AtRestEncryptionConfiguration> value) {
      return set("AtRestEncryptionConfiguration", value);
    }

    /**
     * In-transit encryption configuration.
     *
     * <p>CloudFormation property {@code InTransitEncryptionConfiguration}.
     */
    public EncryptionConfiguration inTransitEncryptionConfiguration(Value<InTransitEncryptionConfiguration> value) {
      return set("InTransitEncryptionConfiguration", value);
    }
  }

  /**
   * IAM configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.IAMConfiguration}.
   */
  public static final class IAMConfiguration extends Struct<IAMConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.IAMConfiguration")
        .constrain("SystemRole", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::\\d{12}:role/.+$").minLength(20).maxLength(2048))
        .build();

    public IAMConfiguration() {
      super(SCHEMA);
    }

    /**
     * The system role ARN.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::&#92;d{12}:role/.+$}. CloudFormation
     * property {@code SystemRole}.
     */
    public IAMConfiguration systemRole(String value) {
      return set("SystemRole", Value.of(value));
    }

    /** Sets {@code SystemRole} to this value; see {@link #systemRole(String)}. */
    public IAMConfiguration systemRole(Value<String> value) {
      return set("SystemRole", value);
    }
  }

  /**
   * Identity Center configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.IdentityCenterConfiguration}.
   */
  public static final class IdentityCenterConfiguration extends Struct<IdentityCenterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.IdentityCenterConfiguration")
        .constrain("IdentityCenterInstanceARN", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
        .build();

    public IdentityCenterConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether to enable Identity Center integration.
     *
     * <p>CloudFormation property {@code EnableIdentityCenter}.
     */
    public IdentityCenterConfiguration enableIdentityCenter(boolean value) {
      return set("EnableIdentityCenter", Value.of(value));
    }

    /**
     * Sets {@code EnableIdentityCenter} to this value; see {@link #enableIdentityCenter(boolean)}.
     */
    public IdentityCenterConfiguration enableIdentityCenter(Value<Boolean> value) {
      return set("EnableIdentityCenter", value);
    }

    /**
     * Whether Identity Center application assignment is required.
     *
     * <p>CloudFormation property {@code IdentityCenterApplicationAssignmentRequired}.
     */
    public IdentityCenterConfiguration identityCenterApplicationAssignmentRequired(boolean value) {
      return set("IdentityCenterApplicationAssignmentRequired", Value.of(value));
    }

    /**
     * Sets {@code IdentityCenterApplicationAssignmentRequired} to this value; see {@link
     * #identityCenterApplicationAssignmentRequired(boolean)}.
     */
    public IdentityCenterConfiguration identityCenterApplicationAssignmentRequired(Value<Boolean> value) {
      return set("IdentityCenterApplicationAssignmentRequired", value);
    }

    /**
     * The ARN of the Identity Center instance.
     *
     * <p>Length: 10 to 1224 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}.
     * CloudFormation property {@code IdentityCenterInstanceARN}.
     */
    public IdentityCenterConfiguration identityCenterInstanceARN(String value) {
      return set("IdentityCenterInstanceARN", Value.of(value));
    }

    /**
     * Sets {@code IdentityCenterInstanceARN} to this value; see {@link
     * #identityCenterInstanceARN(String)}.
     */
    public IdentityCenterConfiguration identityCenterInstanceARN(Value<String> value) {
      return set("IdentityCenterInstanceARN", value);
    }
  }

  /**
   * In-transit encryption configuration.
   *
   * <p>Property type {@code
   * AWS::EMRContainers::SecurityConfiguration.InTransitEncryptionConfiguration}.
   */
  public static final class InTransitEncryptionConfiguration extends Struct<InTransitEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.InTransitEncryptionConfiguration");

    public InTransitEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * TLS certificate configuration for in-transit encryption.
     *
     * <p>CloudFormation property {@code TLSCertificateConfiguration}.
     */
    public InTransitEncryptionConfiguration tlsCertificateConfiguration(Value<TLSCertificateConfiguration> value) {
      return set("TLSCertificateConfiguration", value);
    }
  }

  /**
   * Lake Formation configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.LakeFormationConfiguration}.
   */
  public static final class LakeFormationConfiguration extends Struct<LakeFormationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.LakeFormationConfiguration")
        .constrain("AuthorizedSessionTagValue", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9 ]+$").minLength(1).maxLength(256))
        .constrain("QueryEngineRoleArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::\\d{12}:role/.+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public LakeFormationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The session tag to authorize Lake Formation access.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9 ]+$}.
     * CloudFormation property {@code AuthorizedSessionTagValue}.
     */
    public LakeFormationConfiguration authorizedSessionTagValue(String value) {
      return set("AuthorizedSessionTagValue", Value.of(value));
    }

    /**
     * Sets {@code AuthorizedSessionTagValue} to this value; see {@link
     * #authorizedSessionTagValue(String)}.
     */
    public LakeFormationConfiguration authorizedSessionTagValue(Value<String> value) {
      return set("AuthorizedSessionTagValue", value);
    }

    /**
     * Whether query access control is enabled.
     *
     * <p>CloudFormation property {@code QueryAccessControlEnabled}.
     */
    public LakeFormationConfiguration queryAccessControlEnabled(boolean value) {
      return set("QueryAccessControlEnabled", Value.of(value));
    }

    /**
     * Sets {@code QueryAccessControlEnabled} to this value; see {@link
     * #queryAccessControlEnabled(boolean)}.
     */
    public LakeFormationConfiguration queryAccessControlEnabled(Value<Boolean> value) {
      return set("QueryAccessControlEnabled", value);
    }

    /**
     * The ARN of the query engine role.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::&#92;d{12}:role/.+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code QueryEngineRoleArn}.
     */
    public LakeFormationConfiguration queryEngineRoleArn(String value) {
      return set("QueryEngineRoleArn", Value.of(value));
    }

    /** Sets {@code QueryEngineRoleArn} to this value; see {@link #queryEngineRoleArn(String)}. */
    public LakeFormationConfiguration queryEngineRoleArn(Value<String> value) {
      return set("QueryEngineRoleArn", value);
    }

    /**
     * Secure namespace information for Lake Formation.
     *
     * <p>CloudFormation property {@code SecureNamespaceInfo}.
     */
    public LakeFormationConfiguration secureNamespaceInfo(Value<SecureNamespaceInfo> value) {
      return set("SecureNamespaceInfo", value);
    }
  }

  /**
   * Local disk encryption configuration.
   *
   * <p>Property type {@code
   * AWS::EMRContainers::SecurityConfiguration.LocalDiskEncryptionConfiguration}.
   */
  public static final class LocalDiskEncryptionConfiguration extends Struct<LocalDiskEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.LocalDiskEncryptionConfiguration")
        .allowed("EncryptionKeyProviderType", "AwsKms")
        .build();

    public LocalDiskEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS KMS key ID.
     *
     * <p>CloudFormation property {@code AwsKmsKeyId}.
     */
    public LocalDiskEncryptionConfiguration awsKmsKeyId(String value) {
      return set("AwsKmsKeyId", Value.of(value));
    }

    /** Sets {@code AwsKmsKeyId} to this value; see {@link #awsKmsKeyId(String)}. */
    public LocalDiskEncryptionConfiguration awsKmsKeyId(Value<String> value) {
      return set("AwsKmsKeyId", value);
    }

    /**
     * The encryption key provider type.
     *
     * <p>Allowed values: {@code AwsKms}. CloudFormation property {@code EncryptionKeyProviderType}.
     */
    public LocalDiskEncryptionConfiguration encryptionKeyProviderType(String value) {
      return set("EncryptionKeyProviderType", Value.of(value));
    }

    /**
     * Sets {@code EncryptionKeyProviderType} to this value; see {@link
     * #encryptionKeyProviderType(String)}.
     */
    public LocalDiskEncryptionConfiguration encryptionKeyProviderType(Value<String> value) {
      return set("EncryptionKeyProviderType", value);
    }
  }

  /**
   * S3 encryption configuration.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.S3EncryptionConfiguration}.
   */
  public static final class S3EncryptionConfiguration extends Struct<S3EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.S3EncryptionConfiguration")
        .allowed("EncryptionOption", "SSE-S3", "SSE-KMS", "CSE-KMS")
        .build();

    public S3EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The S3 encryption option.
     *
     * <p>Allowed values: {@code SSE-S3}, {@code SSE-KMS}, {@code CSE-KMS}. CloudFormation property
     * {@code EncryptionOption}.
     */
    public S3EncryptionConfiguration encryptionOption(String value) {
      return set("EncryptionOption", Value.of(value));
    }

    /** Sets {@code EncryptionOption} to this value; see {@link #encryptionOption(String)}. */
    public S3EncryptionConfiguration encryptionOption(Value<String> value) {
      return set("EncryptionOption", value);
    }

    /**
     * The KMS key ID for encryption.
     *
     * <p>CloudFormation property {@code KMSKeyId}.
     */
    public S3EncryptionConfiguration kmsKeyId(String value) {
      return set("KMSKeyId", Value.of(value));
    }

    /** Sets {@code KMSKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public S3EncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KMSKeyId", value);
    }
  }

  /**
   * Secure namespace information for Lake Formation.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.SecureNamespaceInfo}.
   */
  public static final class SecureNamespaceInfo extends Struct<SecureNamespaceInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.SecureNamespaceInfo")
        .constrain("ClusterId", Constraint.of().pattern("^[0-9A-Za-z][A-Za-z0-9\\-_]*$").minLength(1).maxLength(100))
        .constrain("Namespace", Constraint.of().pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").minLength(1).maxLength(63))
        .build();

    public SecureNamespaceInfo() {
      super(SCHEMA);
    }

    /**
     * The ID of the cluster.
     *
     * <p>Length: 1 to 100 characters. Pattern: {@code ^[0-9A-Za-z][A-Za-z0-9&#92;-_]*$}.
     * CloudFormation property {@code ClusterId}.
     */
    public SecureNamespaceInfo clusterId(String value) {
      return set("ClusterId", Value.of(value));
    }

    /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
    public SecureNamespaceInfo clusterId(Value<String> value) {
      return set("ClusterId", value);
    }

    /**
     * The namespace.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$}.
     * CloudFormation property {@code Namespace}.
     */
    public SecureNamespaceInfo namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public SecureNamespaceInfo namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Security configuration data containing encryption and authorization settings.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.SecurityConfigurationData}.
   */
  public static final class SecurityConfigurationData extends Struct<SecurityConfigurationData> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::SecurityConfiguration.SecurityConfigurationData");

    public SecurityConfigurationData() {
      super(SCHEMA);
    }

    /**
     * Authentication configuration for the security configuration.
     *
     * <p>CloudFormation property {@code AuthenticationConfiguration}.
     */
    public SecurityConfigurationData authenticationConfiguration(Value<AuthenticationConfiguration> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * Authorization configuration for the security configuration.
     *
     * <p>CloudFormation property {@code AuthorizationConfiguration}.
     */
    public SecurityConfigurationData authorizationConfiguration(Value<AuthorizationConfiguration> value) {
      return set("AuthorizationConfiguration", value);
    }

    /**
     * Encryption configuration for the security configuration.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public SecurityConfigurationData encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }
  }

  /**
   * TLS certificate configuration for in-transit encryption.
   *
   * <p>Property type {@code AWS::EMRContainers::SecurityConfiguration.TLSCertificateConfiguration}.
   */
  public static final class TLSCertificateConfiguration extends Struct<TLSCertificateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::SecurityConfiguration.TLSCertificateConfiguration")
        .allowed("CertificateProviderType", "PEM")
        .build();

    public TLSCertificateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The certificate provider type.
     *
     * <p>Allowed values: {@code PEM}. CloudFormation property {@code CertificateProviderType}.
     */
    public TLSCertificateConfiguration certificateProviderType(String value) {
      return set("CertificateProviderType", Value.of(value));
    }

    /**
     * Sets {@code CertificateProviderType} to this value; see {@link
     * #certificateProviderType(String)}.
     */
    public TLSCertificateConfiguration certificateProviderType(Value<String> value) {
      return set("CertificateProviderType", value);
    }

    /**
     * The ARN of the secret containing the private key.
     *
     * <p>CloudFormation property {@code PrivateKeySecretArn}.
     */
    public TLSCertificateConfiguration privateKeySecretArn(String value) {
      return set("PrivateKeySecretArn", Value.of(value));
    }

    /** Sets {@code PrivateKeySecretArn} to this value; see {@link #privateKeySecretArn(String)}. */
    public TLSCertificateConfiguration privateKeySecretArn(Value<String> value) {
      return set("PrivateKeySecretArn", value);
    }

    /**
     * The ARN of the secret containing the public key.
     *
     * <p>CloudFormation property {@code PublicKeySecretArn}.
     */
    public TLSCertificateConfiguration publicKeySecretArn(String value) {
      return set("PublicKeySecretArn", Value.of(value));
    }

    /** Sets {@code PublicKeySecretArn} to this value; see {@link #publicKeySecretArn(String)}. */
    public TLSCertificateConfiguration publicKeySecretArn(Value<String> value) {
      return set("PublicKeySecretArn", value);
    }
  }
}
