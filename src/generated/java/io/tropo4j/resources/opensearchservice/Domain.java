// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchservice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cognito.IdentityPool;
import io.tropo4j.resources.cognito.UserPool;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import java.util.List;
import java.util.Map;

/**
 * The AWS::OpenSearchService::Domain resource creates an Amazon OpenSearch Service domain.
 *
 * <p>CloudFormation type {@code AWS::OpenSearchService::Domain}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain")
      .constrain("AccessPolicies", Constraint.of().format("json"))
      .allowed("EngineMode", "GENERAL", "OPTIMIZED")
      .allowed("UseCase", "SEARCH", "VECTOR", "OBSERVABILITY", "MIXED")
      .refYields("DomainName")
      .attributes("AdvancedSecurityOptions.AnonymousAuthDisableDate", "Arn", "DomainEndpoint",
          "DomainEndpointV2", "DomainEndpoints", "Id",
          "IdentityCenterOptions.IdentityCenterApplicationARN",
          "IdentityCenterOptions.IdentityStoreId", "ServiceSoftwareOptions",
          "ServiceSoftwareOptions.AutomatedUpdateDate", "ServiceSoftwareOptions.Cancellable",
          "ServiceSoftwareOptions.CurrentVersion", "ServiceSoftwareOptions.Description",
          "ServiceSoftwareOptions.NewVersion", "ServiceSoftwareOptions.OptionalDeployment",
          "ServiceSoftwareOptions.UpdateAvailable", "ServiceSoftwareOptions.UpdateStatus")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Container for parameters required to enable all machine learning features.
   *
   * <p>CloudFormation property {@code AIMLOptions}.
   */
  public Domain aimlOptions(Value<AIMLOptions> value) {
    return set("AIMLOptions", value);
  }

  /**
   * An AWS Identity and Access Management ( IAM ) policy document that specifies who can access the
   * OpenSearch Service domain and their permissions. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html#ac-creating">Configuring
   * access policies</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code AccessPolicies}.
   */
  public Domain accessPolicies(Value<Json> value) {
    return set("AccessPolicies", value);
  }

  /**
   * Additional options to specify for the OpenSearch Service domain. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_CreateDomain.html#API_CreateDomain_RequestBody">AdvancedOptions</a>
   * in the OpenSearch Service API reference.
   *
   * <p>CloudFormation property {@code AdvancedOptions}.
   */
  public Domain advancedOptions(Map<String, String> value) {
    return set("AdvancedOptions", Value.mapOf(value));
  }

  /** Sets {@code AdvancedOptions} to this value; see {@link #advancedOptions(Map)}. */
  public Domain advancedOptions(Value<Map<String, String>> value) {
    return set("AdvancedOptions", value);
  }

  /**
   * Specifies options for fine-grained access control and SAML authentication.
   *
   * <p>If you specify advanced security options, you must also enable node-to-node encryption ( <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html">NodeToNodeEncryptionOptions</a>
   * ) and encryption at rest ( <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-encryptionatrestoptions.html">EncryptionAtRestOptions</a>
   * ). You must also enable <code>EnforceHTTPS</code> within <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html">DomainEndpointOptions</a>
   * , which requires HTTPS for all traffic to the domain.
   *
   * <p>CloudFormation property {@code AdvancedSecurityOptions}.
   */
  public Domain advancedSecurityOptions(Value<AdvancedSecurityOptionsInput> value) {
    return set("AdvancedSecurityOptions", value);
  }

  /** CloudFormation property {@code AutomatedSnapshotPauseOptions}. */
  public Domain automatedSnapshotPauseOptions(Value<AutomatedSnapshotPauseOptions> value) {
    return set("AutomatedSnapshotPauseOptions", value);
  }

  /**
   * Container for the cluster configuration of a domain.
   *
   * <p>CloudFormation property {@code ClusterConfig}.
   */
  public Domain clusterConfig(Value<ClusterConfig> value) {
    return set("ClusterConfig", value);
  }

  /**
   * Configures OpenSearch Service to use Amazon Cognito authentication for OpenSearch Dashboards.
   *
   * <p>CloudFormation property {@code CognitoOptions}.
   */
  public Domain cognitoOptions(Value<CognitoOptions> value) {
    return set("CognitoOptions", value);
  }

  /** CloudFormation property {@code DeploymentStrategyOptions}. */
  public Domain deploymentStrategyOptions(Value<DeploymentStrategyOptions> value) {
    return set("DeploymentStrategyOptions", value);
  }

  /** CloudFormation property {@code DomainArn}. */
  public Domain domainArn(String value) {
    return set("DomainArn", Value.of(value));
  }

  /** Sets {@code DomainArn} to this value; see {@link #domainArn(String)}. */
  public Domain domainArn(Value<String> value) {
    return set("DomainArn", value);
  }

  /**
   * Specifies additional options for the domain endpoint, such as whether to require HTTPS for all
   * traffic or whether to use a custom endpoint rather than the default endpoint.
   *
   * <p>CloudFormation property {@code DomainEndpointOptions}.
   */
  public Domain domainEndpointOptions(Value<DomainEndpointOptions> value) {
    return set("DomainEndpointOptions", value);
  }

  /**
   * A name for the OpenSearch Service domain. The name must have a minimum length of 3 and a
   * maximum length of 28. If you don't specify a name, CloudFormation generates a unique physical
   * ID and uses that ID for the domain name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>Required when creating a new domain.
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public Domain domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Domain domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The configurations of Amazon Elastic Block Store (Amazon EBS) volumes that are attached to data
   * nodes in the OpenSearch Service domain. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/limits.html#ebsresource">EBS
   * volume size limits</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code EBSOptions}.
   */
  public Domain ebsOptions(Value<EBSOptions> value) {
    return set("EBSOptions", value);
  }

  /**
   * Whether the domain should encrypt data at rest, and if so, the AWS key to use. See <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html">Encryption
   * of data at rest for Amazon OpenSearch Service</a> .
   *
   * <p>If no encryption at rest options were initially specified in the template, updating this
   * property by adding it causes no interruption. However, if you change this property after it's
   * already been set within a template, the domain is deleted and recreated in order to modify the
   * property.
   *
   * <p>CloudFormation property {@code EncryptionAtRestOptions}.
   */
  public Domain encryptionAtRestOptions(Value<EncryptionAtRestOptions> value) {
    return set("EncryptionAtRestOptions", value);
  }

  /**
   * The engine mode of the domain. Determines whether the domain runs the standard (GENERAL) engine
   * or the optimized multi-engine (OPTIMIZED) engine. This value cannot be changed after the domain
   * is created.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code GENERAL}, {@code OPTIMIZED}.
   * CloudFormation property {@code EngineMode}.
   */
  public Domain engineMode(String value) {
    return set("EngineMode", Value.of(value));
  }

  /** Sets {@code EngineMode} to this value; see {@link #engineMode(String)}. */
  public Domain engineMode(Value<String> value) {
    return set("EngineMode", value);
  }

  /**
   * The version of OpenSearch to use. The value must be in the format <code>OpenSearch_X.Y</code>
   * or <code>Elasticsearch_X.Y</code> . If not specified, the latest version of OpenSearch is used.
   * For information about the versions that OpenSearch Service supports, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version">Supported
   * versions of OpenSearch and Elasticsearch</a> in the <em>Amazon OpenSearch Service Developer
   * Guide</em> .
   *
   * <p>If you set the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-upgradeopensearchdomain">EnableVersionUpgrade</a>
   * update policy to <code>true</code> , you can update <code>EngineVersion</code> without
   * interruption. When <code>EnableVersionUpgrade</code> is set to <code>false</code> , or is not
   * specified, updating <code>EngineVersion</code> results in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public Domain engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public Domain engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * Choose either dual stack or IPv4 as your IP address type. Dual stack allows you to share domain
   * resources across IPv4 and IPv6 address types, and is the recommended option. If you set your IP
   * address type to dual stack, you can't change your address type later.
   *
   * <p>CloudFormation property {@code IPAddressType}.
   */
  public Domain ipAddressType(String value) {
    return set("IPAddressType", Value.of(value));
  }

  /** Sets {@code IPAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Domain ipAddressType(Value<String> value) {
    return set("IPAddressType", value);
  }

  /**
   * Configuration options for controlling IAM Identity Center integration within a domain.
   *
   * <p>CloudFormation property {@code IdentityCenterOptions}.
   */
  public Domain identityCenterOptions(Value<IdentityCenterOptions> value) {
    return set("IdentityCenterOptions", value);
  }

  /**
   * An object with one or more of the following keys: <code>SEARCH_SLOW_LOGS</code> ,
   * <code>ES_APPLICATION_LOGS</code> , <code>INDEX_SLOW_LOGS</code> , <code>AUDIT_LOGS</code> ,
   * depending on the types of logs you want to publish. Each key needs a valid
   * <code>LogPublishingOption</code> value. For the full syntax, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html#aws-resource-opensearchservice-domain--examples">examples</a>
   * .
   *
   * <p>CloudFormation property {@code LogPublishingOptions}.
   */
  public Domain logPublishingOptions(Map<String, LogPublishingOption> value) {
    return set("LogPublishingOptions", Value.mapOf(value));
  }

  /** Sets {@code LogPublishingOptions} to this value; see {@link #logPublishingOptions(Map)}. */
  public Domain logPublishingOptions(Value<Map<String, LogPublishingOption>> value) {
    return set("LogPublishingOptions", value);
  }

  /**
   * Specifies whether node-to-node encryption is enabled. See <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html">Node-to-node
   * encryption for Amazon OpenSearch Service</a> .
   *
   * <p>CloudFormation property {@code NodeToNodeEncryptionOptions}.
   */
  public Domain nodeToNodeEncryptionOptions(Value<NodeToNodeEncryptionOptions> value) {
    return set("NodeToNodeEncryptionOptions", value);
  }

  /**
   * Options for a domain's off-peak window, during which OpenSearch Service can perform mandatory
   * configuration changes on the domain.
   *
   * <p>CloudFormation property {@code OffPeakWindowOptions}.
   */
  public Domain offPeakWindowOptions(Value<OffPeakWindowOptions> value) {
    return set("OffPeakWindowOptions", value);
  }

  /** CloudFormation property {@code SkipShardMigrationWait}. */
  public Domain skipShardMigrationWait(boolean value) {
    return set("SkipShardMigrationWait", Value.of(value));
  }

  /**
   * Sets {@code SkipShardMigrationWait} to this value; see {@link
   * #skipShardMigrationWait(boolean)}.
   */
  public Domain skipShardMigrationWait(Value<Boolean> value) {
    return set("SkipShardMigrationWait", value);
  }

  /**
   * <em>DEPRECATED</em> . The automated snapshot configuration for the OpenSearch Service domain
   * indexes.
   *
   * <p>CloudFormation property {@code SnapshotOptions}.
   */
  public Domain snapshotOptions(Value<SnapshotOptions> value) {
    return set("SnapshotOptions", value);
  }

  /**
   * Service software update options for the domain.
   *
   * <p>CloudFormation property {@code SoftwareUpdateOptions}.
   */
  public Domain softwareUpdateOptions(Value<SoftwareUpdateOptions> value) {
    return set("SoftwareUpdateOptions", value);
  }

  /**
   * An arbitrary set of tags (key–value pairs) to associate with the OpenSearch Service domain.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The primary use case of the domain. Determines the default configuration tuned for the
   * workload. For GENERAL engine-mode domains, this value can be changed after creation. For
   * OPTIMIZED engine-mode domains, this value cannot be changed after creation.
   *
   * <p>Allowed values: {@code SEARCH}, {@code VECTOR}, {@code OBSERVABILITY}, {@code MIXED}.
   * CloudFormation property {@code UseCase}.
   */
  public Domain useCase(String value) {
    return set("UseCase", Value.of(value));
  }

  /** Sets {@code UseCase} to this value; see {@link #useCase(String)}. */
  public Domain useCase(Value<String> value) {
    return set("UseCase", value);
  }

  /**
   * The virtual private cloud (VPC) configuration for the OpenSearch Service domain. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html">Launching
   * your Amazon OpenSearch Service domains within a VPC</a> in the <em>Amazon OpenSearch Service
   * Developer Guide</em> .
   *
   * <p>If you remove this entity altogether, along with its associated properties, it causes a
   * replacement. You might encounter this scenario if you're updating your security configuration
   * from a VPC to a public endpoint.
   *
   * <p>CloudFormation property {@code VPCOptions}.
   */
  public Domain vpcOptions(Value<VPCOptions> value) {
    return set("VPCOptions", value);
  }

  /**
   * Date and time when the migration period will be disabled. Only necessary when <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html#fgac-enabling-existing">enabling
   * fine-grained access control on an existing domain</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AdvancedSecurityOptions.AnonymousAuthDisableDate}.
   */
  public Value<String> advancedSecurityOptionsAnonymousAuthDisableDate() {
    return getAtt("AdvancedSecurityOptions.AnonymousAuthDisableDate");
  }

  /**
   * The Amazon Resource Name (ARN) of the CloudFormation stack.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The domain-specific endpoint used for requests to the OpenSearch APIs, such as
   * <code>search-mystack-1ab2cdefghij-ab1c2deckoyb3hofw7wpqa3cm.us-west-1.es.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainEndpoint}.
   */
  public Value<String> domainEndpoint() {
    return getAtt("DomainEndpoint");
  }

  /**
   * If <code>IPAddressType</code> to set to <code>dualstack</code> , a version 2 domain endpoint is
   * provisioned. This endpoint functions like a normal endpoint, except that it works with both
   * IPv4 and IPv6 IP addresses. Normal endpoints work only with IPv4 IP addresses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainEndpointV2}.
   */
  public Value<String> domainEndpointV2() {
    return getAtt("DomainEndpointV2");
  }

  /** {@code Fn::GetAtt} attribute {@code DomainEndpoints}. */
  public Value<Map<String, String>> domainEndpoints() {
    return getAtt("DomainEndpoints");
  }

  /**
   * The resource ID. For example, <code>123456789012/my-domain</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the IAM Identity Center application that integrates with Amazon OpenSearch Service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityCenterOptions.IdentityCenterApplicationARN}.
   */
  public Value<String> identityCenterOptionsIdentityCenterApplicationARN() {
    return getAtt("IdentityCenterOptions.IdentityCenterApplicationARN");
  }

  /**
   * The identifier of the IAM Identity Store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityCenterOptions.IdentityStoreId}.
   */
  public Value<String> identityCenterOptionsIdentityStoreId() {
    return getAtt("IdentityCenterOptions.IdentityStoreId");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions}. */
  public Value<ServiceSoftwareOptions> serviceSoftwareOptions() {
    return getAtt("ServiceSoftwareOptions");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.AutomatedUpdateDate}. */
  public Value<String> serviceSoftwareOptionsAutomatedUpdateDate() {
    return getAtt("ServiceSoftwareOptions.AutomatedUpdateDate");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.Cancellable}. */
  public Value<Boolean> serviceSoftwareOptionsCancellable() {
    return getAtt("ServiceSoftwareOptions.Cancellable");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.CurrentVersion}. */
  public Value<String> serviceSoftwareOptionsCurrentVersion() {
    return getAtt("ServiceSoftwareOptions.CurrentVersion");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.Description}. */
  public Value<String> serviceSoftwareOptionsDescription() {
    return getAtt("ServiceSoftwareOptions.Description");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.NewVersion}. */
  public Value<String> serviceSoftwareOptionsNewVersion() {
    return getAtt("ServiceSoftwareOptions.NewVersion");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.OptionalDeployment}. */
  public Value<Boolean> serviceSoftwareOptionsOptionalDeployment() {
    return getAtt("ServiceSoftwareOptions.OptionalDeployment");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.UpdateAvailable}. */
  public Value<Boolean> serviceSoftwareOptionsUpdateAvailable() {
    return getAtt("ServiceSoftwareOptions.UpdateAvailable");
  }

  /** {@code Fn::GetAtt} attribute {@code ServiceSoftwareOptions.UpdateStatus}. */
  public Value<String> serviceSoftwareOptionsUpdateStatus() {
    return getAtt("ServiceSoftwareOptions.UpdateStatus");
  }

  /** Property type {@code AWS::OpenSearchService::Domain.AIMLOptions}. */
  public static final class AIMLOptions extends Struct<AIMLOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.AIMLOptions");

    public AIMLOptions() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code S3VectorsEngine}. */
    public AIMLOptions s3VectorsEngine(Value<S3VectorsEngine> value) {
      return set("S3VectorsEngine", value);
    }

    /** CloudFormation property {@code ServerlessVectorAcceleration}. */
    public AIMLOptions serverlessVectorAcceleration(Value<ServerlessVectorAcceleration> value) {
      return set("ServerlessVectorAcceleration", value);
    }
  }

  /**
   * Specifies options for fine-grained access control.
   *
   * <p>If you specify advanced security options, you must also enable node-to-node encryption ( <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html">NodeToNodeEncryptionOptions</a>
   * ) and encryption at rest ( <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-encryptionatrestoptions.html">EncryptionAtRestOptions</a>
   * ). You must also enable <code>EnforceHTTPS</code> within <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html">DomainEndpointOptions</a>
   * , which requires HTTPS for all traffic to the domain.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.AdvancedSecurityOptionsInput}.
   */
  public static final class AdvancedSecurityOptionsInput extends Struct<AdvancedSecurityOptionsInput> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.AdvancedSecurityOptionsInput");

    public AdvancedSecurityOptionsInput() {
      super(SCHEMA);
    }

    /**
     * Date and time when the migration period will be disabled. Only necessary when <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html#fgac-enabling-existing">enabling
     * fine-grained access control on an existing domain</a> .
     *
     * <p>CloudFormation property {@code AnonymousAuthDisableDate}.
     */
    public AdvancedSecurityOptionsInput anonymousAuthDisableDate(String value) {
      return set("AnonymousAuthDisableDate", Value.of(value));
    }

    /**
     * Sets {@code AnonymousAuthDisableDate} to this value; see {@link
     * #anonymousAuthDisableDate(String)}.
     */
    public AdvancedSecurityOptionsInput anonymousAuthDisableDate(Value<String> value) {
      return set("AnonymousAuthDisableDate", value);
    }

    /**
     * True to enable a 30-day migration period during which administrators can create role
     * mappings. Only necessary when <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html#fgac-enabling-existing">enabling
     * fine-grained access control on an existing domain</a> .
     *
     * <p>CloudFormation property {@code AnonymousAuthEnabled}.
     */
    public AdvancedSecurityOptionsInput anonymousAuthEnabled(boolean value) {
      return set("AnonymousAuthEnabled", Value.of(value));
    }

    /**
     * Sets {@code AnonymousAuthEnabled} to this value; see {@link #anonymousAuthEnabled(boolean)}.
     */
    public AdvancedSecurityOptionsInput anonymousAuthEnabled(Value<Boolean> value) {
      return set("AnonymousAuthEnabled", value);
    }

    /**
     * True to enable fine-grained access control. You must also enable encryption of data at rest
     * and node-to-node encryption. See <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html">Fine-grained
     * access control in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AdvancedSecurityOptionsInput enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AdvancedSecurityOptionsInput enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Input configuration for IAM identity federation within advanced security options.
     *
     * <p>CloudFormation property {@code IAMFederationOptions}.
     */
    public AdvancedSecurityOptionsInput iamFederationOptions(Value<IAMFederationOptions> value) {
      return set("IAMFederationOptions", value);
    }

    /**
     * True to enable the internal user database.
     *
     * <p>CloudFormation property {@code InternalUserDatabaseEnabled}.
     */
    public AdvancedSecurityOptionsInput internalUserDatabaseEnabled(boolean value) {
      return set("InternalUserDatabaseEnabled", Value.of(value));
    }

    /**
     * Sets {@code InternalUserDatabaseEnabled} to this value; see {@link
     * #internalUserDatabaseEnabled(boolean)}.
     */
    public AdvancedSecurityOptionsInput internalUserDatabaseEnabled(Value<Boolean> value) {
      return set("InternalUserDatabaseEnabled", value);
    }

    /**
     * Container for information about the JWT configuration of the Amazon OpenSearch Service.
     *
     * <p>CloudFormation property {@code JWTOptions}.
     */
    public AdvancedSecurityOptionsInput jwtOptions(Value<JWTOptions> value) {
      return set("JWTOptions", value);
    }

    /**
     * Specifies information about the master user.
     *
     * <p>CloudFormation property {@code MasterUserOptions}.
     */
    public AdvancedSecurityOptionsInput masterUserOptions(Value<MasterUserOptions> value) {
      return set("MasterUserOptions", value);
    }

    /**
     * Container for information about the SAML configuration for OpenSearch Dashboards.
     *
     * <p>CloudFormation property {@code SAMLOptions}.
     */
    public AdvancedSecurityOptionsInput samlOptions(Value<SAMLOptions> value) {
      return set("SAMLOptions", value);
    }
  }

  /** Property type {@code AWS::OpenSearchService::Domain.AutomatedSnapshotPauseOptions}. */
  public static final class AutomatedSnapshotPauseOptions extends Struct<AutomatedSnapshotPauseOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.AutomatedSnapshotPauseOptions")
        .required("Enabled")
        .build();

    public AutomatedSnapshotPauseOptions() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Enabled}. */
    public AutomatedSnapshotPauseOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutomatedSnapshotPauseOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** CloudFormation property {@code EndTime}. */
    public AutomatedSnapshotPauseOptions endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public AutomatedSnapshotPauseOptions endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /** CloudFormation property {@code StartTime}. */
    public AutomatedSnapshotPauseOptions startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public AutomatedSnapshotPauseOptions startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }

  /**
   * The cluster configuration for the OpenSearch Service domain. You can specify options such as
   * the instance type and the number of instances. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html">Creating
   * and managing Amazon OpenSearch Service domains</a> in the <em>Amazon OpenSearch Service
   * Developer Guide</em> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.ClusterConfig}.
   */
  public static final class ClusterConfig extends Struct<ClusterConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.ClusterConfig");

    public ClusterConfig() {
      super(SCHEMA);
    }

    /**
     * Container for cold storage configuration options.
     *
     * <p>CloudFormation property {@code ColdStorageOptions}.
     */
    public ClusterConfig coldStorageOptions(Value<ColdStorageOptions> value) {
      return set("ColdStorageOptions", value);
    }

    /**
     * The number of instances to use for the master node. If you specify this property, you must
     * specify <code>true</code> for the <code>DedicatedMasterEnabled</code> property.
     *
     * <p>CloudFormation property {@code DedicatedMasterCount}.
     */
    public ClusterConfig dedicatedMasterCount(int value) {
      return set("DedicatedMasterCount", Value.of(value));
    }

    /** Sets {@code DedicatedMasterCount} to this value; see {@link #dedicatedMasterCount(int)}. */
    public ClusterConfig dedicatedMasterCount(Value<Integer> value) {
      return set("DedicatedMasterCount", value);
    }

    /**
     * Indicates whether to use a dedicated master node for the OpenSearch Service domain. A
     * dedicated master node is a cluster node that performs cluster management tasks, but doesn't
     * hold data or respond to data upload requests. Dedicated master nodes offload cluster
     * management tasks to increase the stability of your search clusters. See <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html">Dedicated
     * master nodes in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code DedicatedMasterEnabled}.
     */
    public ClusterConfig dedicatedMasterEnabled(boolean value) {
      return set("DedicatedMasterEnabled", Value.of(value));
    }

    /**
     * Sets {@code DedicatedMasterEnabled} to this value; see {@link
     * #dedicatedMasterEnabled(boolean)}.
     */
    public ClusterConfig dedicatedMasterEnabled(Value<Boolean> value) {
      return set("DedicatedMasterEnabled", value);
    }

    /**
     * The hardware configuration of the computer that hosts the dedicated master node, such as
     * <code>m3.medium.search</code> . If you specify this property, you must specify
     * <code>true</code> for the <code>DedicatedMasterEnabled</code> property. For valid values, see
     * <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html">Supported
     * instance types in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code DedicatedMasterType}.
     */
    public ClusterConfig dedicatedMasterType(String value) {
      return set("DedicatedMasterType", Value.of(value));
    }

    /** Sets {@code DedicatedMasterType} to this value; see {@link #dedicatedMasterType(String)}. */
    public ClusterConfig dedicatedMasterType(Value<String> value) {
      return set("DedicatedMasterType", value);
    }

    /**
     * The number of data nodes (instances) to use in the OpenSearch Service domain.
     *
     * <p>CloudFormation property {@code InstanceCount}.
     */
    public ClusterConfig instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public ClusterConfig instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The instance type for your data nodes, such as <code>m3.medium.search</code> . For valid
     * values, see <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html">Supported
     * instance types in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public ClusterConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ClusterConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Indicates whether Multi-AZ with Standby deployment option is enabled. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html#managedomains-za-standby">Multi-AZ
     * with Standby</a> .
     *
     * <p>CloudFormation property {@code MultiAZWithStandbyEnabled}.
     */
    public ClusterConfig multiAZWithStandbyEnabled(boolean value) {
      return set("MultiAZWithStandbyEnabled", Value.of(value));
    }

    /**
     * Sets {@code MultiAZWithStandbyEnabled} to this value; see {@link
     * #multiAZWithStandbyEnabled(boolean)}.
     */
    public ClusterConfig multiAZWithStandbyEnabled(Value<Boolean> value) {
      return set("MultiAZWithStandbyEnabled", value);
    }

    /**
     * List of node options for the domain.
     *
     * <p>CloudFormation property {@code NodeOptions}.
     */
    public ClusterConfig nodeOptions(List<NodeOption> value) {
      return set("NodeOptions", Value.listOf(value));
    }

    /** Sets {@code NodeOptions} to this value; see {@link #nodeOptions(List)}. */
    public ClusterConfig nodeOptions(Value<List<NodeOption>> value) {
      return set("NodeOptions", value);
    }

    /** Sets {@code NodeOptions} to a list of these; see {@link #nodeOptions(List)}. */
    public ClusterConfig nodeOptions(NodeOption... values) {
      return set("NodeOptions", Value.list(values));
    }

    /**
     * The number of warm nodes in the cluster.
     *
     * <p>CloudFormation property {@code WarmCount}.
     */
    public ClusterConfig warmCount(int value) {
      return set("WarmCount", Value.of(value));
    }

    /** Sets {@code WarmCount} to this value; see {@link #warmCount(int)}. */
    public ClusterConfig warmCount(Value<Integer> value) {
      return set("WarmCount", value);
    }

    /**
     * Whether to enable UltraWarm storage for the cluster. See <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ultrawarm.html">UltraWarm
     * storage for Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code WarmEnabled}.
     */
    public ClusterConfig warmEnabled(boolean value) {
      return set("WarmEnabled", Value.of(value));
    }

    /** Sets {@code WarmEnabled} to this value; see {@link #warmEnabled(boolean)}. */
    public ClusterConfig warmEnabled(Value<Boolean> value) {
      return set("WarmEnabled", value);
    }

    /**
     * The instance type for the cluster's warm nodes.
     *
     * <p>CloudFormation property {@code WarmType}.
     */
    public ClusterConfig warmType(String value) {
      return set("WarmType", Value.of(value));
    }

    /** Sets {@code WarmType} to this value; see {@link #warmType(String)}. */
    public ClusterConfig warmType(Value<String> value) {
      return set("WarmType", value);
    }

    /**
     * Specifies zone awareness configuration options. Only use if <code>ZoneAwarenessEnabled</code>
     * is <code>true</code> .
     *
     * <p>CloudFormation property {@code ZoneAwarenessConfig}.
     */
    public ClusterConfig zoneAwarenessConfig(Value<ZoneAwarenessConfig> value) {
      return set("ZoneAwarenessConfig", value);
    }

    /**
     * Indicates whether to enable zone awareness for the OpenSearch Service domain. When you enable
     * zone awareness, OpenSearch Service allocates the nodes and replica index shards that belong
     * to a cluster across two Availability Zones (AZs) in the same region to prevent data loss and
     * minimize downtime in the event of node or data center failure. Don't enable zone awareness if
     * your cluster has no replica index shards or is a single-node cluster. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html">Configuring
     * a multi-AZ domain in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code ZoneAwarenessEnabled}.
     */
    public ClusterConfig zoneAwarenessEnabled(boolean value) {
      return set("ZoneAwarenessEnabled", Value.of(value));
    }

    /**
     * Sets {@code ZoneAwarenessEnabled} to this value; see {@link #zoneAwarenessEnabled(boolean)}.
     */
    public ClusterConfig zoneAwarenessEnabled(Value<Boolean> value) {
      return set("ZoneAwarenessEnabled", value);
    }
  }

  /**
   * Configures OpenSearch Service to use Amazon Cognito authentication for OpenSearch Dashboards.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.CognitoOptions}.
   */
  public static final class CognitoOptions extends Struct<CognitoOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.CognitoOptions")
        .references("IdentityPoolId", "AWS::Cognito::IdentityPool.Ref")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
        .build();

    public CognitoOptions() {
      super(SCHEMA);
    }

    /**
     * Whether to enable or disable Amazon Cognito authentication for OpenSearch Dashboards. See <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cognito-auth.html">Amazon
     * Cognito authentication for OpenSearch Dashboards</a> .
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public CognitoOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CognitoOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The Amazon Cognito identity pool ID that you want OpenSearch Service to use for OpenSearch
     * Dashboards authentication.
     *
     * <p>Required if you enabled Cognito Authentication for OpenSearch Dashboards.
     *
     * <p>CloudFormation property {@code IdentityPoolId}.
     */
    public CognitoOptions identityPoolId(String value) {
      return set("IdentityPoolId", Value.of(value));
    }

    /** Sets {@code IdentityPoolId} to this value; see {@link #identityPoolId(String)}. */
    public CognitoOptions identityPoolId(Value<String> value) {
      return set("IdentityPoolId", value);
    }

    /**
     * Sets {@code IdentityPoolId} to the Ref of {@code AWS::Cognito::IdentityPool}; see {@link
     * #identityPoolId(String)}.
     */
    public CognitoOptions identityPoolId(IdentityPool resource) {
      return set("IdentityPoolId", resource.ref());
    }

    /**
     * The <code>AmazonOpenSearchServiceCognitoAccess</code> role that allows OpenSearch Service to
     * configure your user pool and identity pool.
     *
     * <p>Required if you enabled Cognito Authentication for OpenSearch Dashboards.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public CognitoOptions roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CognitoOptions roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public CognitoOptions roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The Amazon Cognito user pool ID that you want OpenSearch Service to use for OpenSearch
     * Dashboards authentication.
     *
     * <p>Required if you enabled Cognito Authentication for OpenSearch Dashboards.
     *
     * <p>CloudFormation property {@code UserPoolId}.
     */
    public CognitoOptions userPoolId(String value) {
      return set("UserPoolId", Value.of(value));
    }

    /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
    public CognitoOptions userPoolId(Value<String> value) {
      return set("UserPoolId", value);
    }

    /**
     * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
     * #userPoolId(String)}.
     */
    public CognitoOptions userPoolId(UserPool resource) {
      return set("UserPoolId", resource.ref());
    }
  }

  /**
   * Container for the parameters required to enable cold storage for an OpenSearch Service domain.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/cold-storage.html">Cold
   * storage for Amazon OpenSearch Service</a> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.ColdStorageOptions}.
   */
  public static final class ColdStorageOptions extends Struct<ColdStorageOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.ColdStorageOptions");

    public ColdStorageOptions() {
      super(SCHEMA);
    }

    /**
     * Whether to enable or disable cold storage on the domain. You must enable UltraWarm storage to
     * enable cold storage.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ColdStorageOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ColdStorageOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /** Property type {@code AWS::OpenSearchService::Domain.DeploymentStrategyOptions}. */
  public static final class DeploymentStrategyOptions extends Struct<DeploymentStrategyOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.DeploymentStrategyOptions")
        .allowed("DeploymentStrategy", "Default", "CapacityOptimized")
        .build();

    public DeploymentStrategyOptions() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code Default}, {@code CapacityOptimized}. CloudFormation property {@code
     * DeploymentStrategy}.
     */
    public DeploymentStrategyOptions deploymentStrategy(String value) {
      return set("DeploymentStrategy", Value.of(value));
    }

    /** Sets {@code DeploymentStrategy} to this value; see {@link #deploymentStrategy(String)}. */
    public DeploymentStrategyOptions deploymentStrategy(Value<String> value) {
      return set("DeploymentStrategy", value);
    }
  }

  /**
   * Specifies additional options for the domain endpoint, such as whether to require HTTPS for all
   * traffic or whether to use a custom endpoint rather than the default endpoint.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.DomainEndpointOptions}.
   */
  public static final class DomainEndpointOptions extends Struct<DomainEndpointOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.DomainEndpointOptions");

    public DomainEndpointOptions() {
      super(SCHEMA);
    }

    /**
     * The fully qualified URL for your custom endpoint. Required if you enabled a custom endpoint
     * for the domain.
     *
     * <p>CloudFormation property {@code CustomEndpoint}.
     */
    public DomainEndpointOptions customEndpoint(String value) {
      return set("CustomEndpoint", Value.of(value));
    }

    /** Sets {@code CustomEndpoint} to this value; see {@link #customEndpoint(String)}. */
    public DomainEndpointOptions customEndpoint(Value<String> value) {
      return set("CustomEndpoint", value);
    }

    /**
     * The Certificate Manager ARN for your domain's SSL/TLS certificate. Required if you enabled a
     * custom endpoint for the domain.
     *
     * <p>CloudFormation property {@code CustomEndpointCertificateArn}.
     */
    public DomainEndpointOptions customEndpointCertificateArn(String value) {
      return set("CustomEndpointCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code CustomEndpointCertificateArn} to this value; see {@link
     * #customEndpointCertificateArn(String)}.
     */
    public DomainEndpointOptions customEndpointCertificateArn(Value<String> value) {
      return set("CustomEndpointCertificateArn", value);
    }

    /**
     * True to enable a custom endpoint for the domain. If enabled, you must also provide values for
     * <code>CustomEndpoint</code> and <code>CustomEndpointCertificateArn</code> .
     *
     * <p>CloudFormation property {@code CustomEndpointEnabled}.
     */
    public DomainEndpointOptions customEndpointEnabled(boolean value) {
      return set("CustomEndpointEnabled", Value.of(value));
    }

    /**
     * Sets {@code CustomEndpointEnabled} to this value; see {@link
     * #customEndpointEnabled(boolean)}.
     */
    public DomainEndpointOptions customEndpointEnabled(Value<Boolean> value) {
      return set("CustomEndpointEnabled", value);
    }

    /**
     * True to require that all traffic to the domain arrive over HTTPS. Required if you enable
     * fine-grained access control in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptions</a>
     * .
     *
     * <p>CloudFormation property {@code EnforceHTTPS}.
     */
    public DomainEndpointOptions enforceHTTPS(boolean value) {
      return set("EnforceHTTPS", Value.of(value));
    }

    /** Sets {@code EnforceHTTPS} to this value; see {@link #enforceHTTPS(boolean)}. */
    public DomainEndpointOptions enforceHTTPS(Value<Boolean> value) {
      return set("EnforceHTTPS", value);
    }

    /**
     * The minimum TLS version required for traffic to the domain. The policy can be one of the
     * following values:
     *
     * <ul> <li><em>Policy-Min-TLS-1-0-2019-07:</em> TLS security policy that supports TLS version
     * 1.0 to TLS version 1.2 <li><em>Policy-Min-TLS-1-2-2019-07:</em> TLS security policy that
     * supports only TLS version 1.2 <li><em>Policy-Min-TLS-1-2-PFS-2023-10:</em> TLS security
     * policy that supports TLS version 1.2 to TLS version 1.3 with perfect forward secrecy cipher
     * suites </ul>
     *
     * <p>CloudFormation property {@code TLSSecurityPolicy}.
     */
    public DomainEndpointOptions tlsSecurityPolicy(String value) {
      return set("TLSSecurityPolicy", Value.of(value));
    }

    /** Sets {@code TLSSecurityPolicy} to this value; see {@link #tlsSecurityPolicy(String)}. */
    public DomainEndpointOptions tlsSecurityPolicy(Value<String> value) {
      return set("TLSSecurityPolicy", value);
    }
  }

  /**
   * The configurations of Amazon Elastic Block Store (Amazon EBS) volumes that are attached to data
   * nodes in the OpenSearch Service domain. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/limits.html#ebsresource">EBS
   * volume size limits</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.EBSOptions}.
   */
  public static final class EBSOptions extends Struct<EBSOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.EBSOptions");

    public EBSOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon EBS volumes are attached to data nodes in the OpenSearch Service
     * domain.
     *
     * <p>CloudFormation property {@code EBSEnabled}.
     */
    public EBSOptions ebsEnabled(boolean value) {
      return set("EBSEnabled", Value.of(value));
    }

    /** Sets {@code EBSEnabled} to this value; see {@link #ebsEnabled(boolean)}. */
    public EBSOptions ebsEnabled(Value<Boolean> value) {
      return set("EBSEnabled", value);
    }

    /**
     * The number of I/O operations per second (IOPS) that the volume supports. This property
     * applies only to the <code>gp3</code> and provisioned IOPS EBS volume types.
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public EBSOptions iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EBSOptions iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The throughput (in MiB/s) of the EBS volumes attached to data nodes. Applies only to the
     * <code>gp3</code> volume type.
     *
     * <p>CloudFormation property {@code Throughput}.
     */
    public EBSOptions throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public EBSOptions throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The size (in GiB) of the EBS volume for each data node. The minimum and maximum size of an
     * EBS volume depends on the EBS volume type and the instance type to which it is attached. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/limits.html#ebsresource">EBS
     * volume size limits</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code VolumeSize}.
     */
    public EBSOptions volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EBSOptions volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The EBS volume type to use with the OpenSearch Service domain. If you choose <code>gp3</code>
     * , you must also specify values for <code>Iops</code> and <code>Throughput</code> . For more
     * information about each type, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSVolumeTypes.html">Amazon EBS
     * volume types</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> .
     *
     * <p>CloudFormation property {@code VolumeType}.
     */
    public EBSOptions volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EBSOptions volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Whether the domain should encrypt data at rest, and if so, the AWS Key Management Service key
   * to use.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.EncryptionAtRestOptions}.
   */
  public static final class EncryptionAtRestOptions extends Struct<EncryptionAtRestOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.EncryptionAtRestOptions")
        .references("KmsKeyId", "AWS::KMS::Key.Ref")
        .build();

    public EncryptionAtRestOptions() {
      super(SCHEMA);
    }

    /**
     * Specify <code>true</code> to enable encryption at rest. Required if you enable fine-grained
     * access control in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptionsInput</a>
     * .
     *
     * <p>If no encryption at rest options were initially specified in the template, updating this
     * property by adding it causes no interruption. However, if you change this property after it's
     * already been set within a template, the domain is deleted and recreated in order to modify
     * the property.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public EncryptionAtRestOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public EncryptionAtRestOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The KMS key ID. Takes the form <code>1a2a3a4-1a2a-3a4a-5a6a-1a2a3a4a5a6a</code> . Required if
     * you enable encryption at rest.
     *
     * <p>You can also use <code>keyAlias</code> as a value.
     *
     * <p>If no encryption at rest options were initially specified in the template, updating this
     * property by adding it causes no interruption. However, if you change this property after it's
     * already been set within a template, the domain is deleted and recreated in order to modify
     * the property.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionAtRestOptions kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionAtRestOptions kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public EncryptionAtRestOptions kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.ref());
    }
  }

  /** Property type {@code AWS::OpenSearchService::Domain.IAMFederationOptions}. */
  public static final class IAMFederationOptions extends Struct<IAMFederationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.IAMFederationOptions");

    public IAMFederationOptions() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public IAMFederationOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public IAMFederationOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** CloudFormation property {@code RolesKey}. */
    public IAMFederationOptions rolesKey(String value) {
      return set("RolesKey", Value.of(value));
    }

    /** Sets {@code RolesKey} to this value; see {@link #rolesKey(String)}. */
    public IAMFederationOptions rolesKey(Value<String> value) {
      return set("RolesKey", value);
    }

    /** CloudFormation property {@code SubjectKey}. */
    public IAMFederationOptions subjectKey(String value) {
      return set("SubjectKey", Value.of(value));
    }

    /** Sets {@code SubjectKey} to this value; see {@link #subjectKey(String)}. */
    public IAMFederationOptions subjectKey(Value<String> value) {
      return set("SubjectKey", value);
    }
  }

  /**
   * Settings container for integrating IAM Identity Center with OpenSearch UI applications, which
   * enables enabling secure user authentication and access control across multiple data sources.
   * This setup supports single sign-on (SSO) through IAM Identity Center, allowing centralized user
   * management.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.IdentityCenterOptions}.
   */
  public static final class IdentityCenterOptions extends Struct<IdentityCenterOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.IdentityCenterOptions")
        .allowed("RolesKey", "GroupName", "GroupId")
        .allowed("SubjectKey", "UserName", "UserId", "Email")
        .build();

    public IdentityCenterOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether IAM Identity Center is enabled for the application.
     *
     * <p>CloudFormation property {@code EnabledAPIAccess}.
     */
    public IdentityCenterOptions enabledAPIAccess(boolean value) {
      return set("EnabledAPIAccess", Value.of(value));
    }

    /** Sets {@code EnabledAPIAccess} to this value; see {@link #enabledAPIAccess(boolean)}. */
    public IdentityCenterOptions enabledAPIAccess(Value<Boolean> value) {
      return set("EnabledAPIAccess", value);
    }

    /**
     * The ARN of the IAM Identity Center application that integrates with Amazon OpenSearch
     * Service.
     *
     * <p>CloudFormation property {@code IdentityCenterApplicationARN}.
     */
    public IdentityCenterOptions identityCenterApplicationARN(String value) {
      return set("IdentityCenterApplicationARN", Value.of(value));
    }

    /**
     * Sets {@code IdentityCenterApplicationARN} to this value; see {@link
     * #identityCenterApplicationARN(String)}.
     */
    public IdentityCenterOptions identityCenterApplicationARN(Value<String> value) {
      return set("IdentityCenterApplicationARN", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM Identity Center instance.
     *
     * <p>CloudFormation property {@code IdentityCenterInstanceARN}.
     */
    public IdentityCenterOptions identityCenterInstanceARN(String value) {
      return set("IdentityCenterInstanceARN", Value.of(value));
    }

    /**
     * Sets {@code IdentityCenterInstanceARN} to this value; see {@link
     * #identityCenterInstanceARN(String)}.
     */
    public IdentityCenterOptions identityCenterInstanceARN(Value<String> value) {
      return set("IdentityCenterInstanceARN", value);
    }

    /**
     * The identifier of the IAM Identity Store.
     *
     * <p>CloudFormation property {@code IdentityStoreId}.
     */
    public IdentityCenterOptions identityStoreId(String value) {
      return set("IdentityStoreId", Value.of(value));
    }

    /** Sets {@code IdentityStoreId} to this value; see {@link #identityStoreId(String)}. */
    public IdentityCenterOptions identityStoreId(Value<String> value) {
      return set("IdentityStoreId", value);
    }

    /**
     * Specifies the attribute that contains the backend role identifier (such as group name or
     * group ID) in IAM Identity Center.
     *
     * <p>Allowed values: {@code GroupName}, {@code GroupId}. CloudFormation property {@code
     * RolesKey}.
     */
    public IdentityCenterOptions rolesKey(String value) {
      return set("RolesKey", Value.of(value));
    }

    /** Sets {@code RolesKey} to this value; see {@link #rolesKey(String)}. */
    public IdentityCenterOptions rolesKey(Value<String> value) {
      return set("RolesKey", value);
    }

    /**
     * Specifies the attribute that contains the subject identifier (such as username, user ID, or
     * email) in IAM Identity Center.
     *
     * <p>Allowed values: {@code UserName}, {@code UserId}, {@code Email}. CloudFormation property
     * {@code SubjectKey}.
     */
    public IdentityCenterOptions subjectKey(String value) {
      return set("SubjectKey", Value.of(value));
    }

    /** Sets {@code SubjectKey} to this value; see {@link #subjectKey(String)}. */
    public IdentityCenterOptions subjectKey(Value<String> value) {
      return set("SubjectKey", value);
    }
  }

  /**
   * The SAML Identity Provider's information.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.Idp}.
   */
  public static final class Idp extends Struct<Idp> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.Idp")
        .required("EntityId", "MetadataContent")
        .constrain("MetadataContent", Constraint.of().minLength(1).maxLength(1048576))
        .build();

    public Idp() {
      super(SCHEMA);
    }

    /**
     * The unique entity ID of the application in the SAML identity provider.
     *
     * <p>Required. CloudFormation property {@code EntityId}.
     */
    public Idp entityId(String value) {
      return set("EntityId", Value.of(value));
    }

    /** Sets {@code EntityId} to this value; see {@link #entityId(String)}. */
    public Idp entityId(Value<String> value) {
      return set("EntityId", value);
    }

    /**
     * The metadata of the SAML application, in XML format.
     *
     * <p>Required. Length: 1 to 1048576 characters. CloudFormation property {@code
     * MetadataContent}.
     */
    public Idp metadataContent(String value) {
      return set("MetadataContent", Value.of(value));
    }

    /** Sets {@code MetadataContent} to this value; see {@link #metadataContent(String)}. */
    public Idp metadataContent(Value<String> value) {
      return set("MetadataContent", value);
    }
  }

  /** Property type {@code AWS::OpenSearchService::Domain.JWTOptions}. */
  public static final class JWTOptions extends Struct<JWTOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.JWTOptions");

    public JWTOptions() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public JWTOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public JWTOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /** CloudFormation property {@code PublicKey}. */
    public JWTOptions publicKey(String value) {
      return set("PublicKey", Value.of(value));
    }

    /** Sets {@code PublicKey} to this value; see {@link #publicKey(String)}. */
    public JWTOptions publicKey(Value<String> value) {
      return set("PublicKey", value);
    }

    /** CloudFormation property {@code RolesKey}. */
    public JWTOptions rolesKey(String value) {
      return set("RolesKey", Value.of(value));
    }

    /** Sets {@code RolesKey} to this value; see {@link #rolesKey(String)}. */
    public JWTOptions rolesKey(Value<String> value) {
      return set("RolesKey", value);
    }

    /** CloudFormation property {@code SubjectKey}. */
    public JWTOptions subjectKey(String value) {
      return set("SubjectKey", Value.of(value));
    }

    /** Sets {@code SubjectKey} to this value; see {@link #subjectKey(String)}. */
    public JWTOptions subjectKey(Value<String> value) {
      return set("SubjectKey", value);
    }
  }

  /**
   * Specifies whether the OpenSearch Service domain publishes application, search slow logs, or
   * index slow logs to Amazon CloudWatch. Each option must be an object of name
   * <code>SEARCH_SLOW_LOGS</code> , <code>ES_APPLICATION_LOGS</code> , <code>INDEX_SLOW_LOGS</code>
   * , or <code>AUDIT_LOGS</code> depending on the type of logs you want to publish. For the full
   * syntax, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html#aws-resource-opensearchservice-domain--examples">examples</a>
   * .
   *
   * <p>Before you enable log publishing, you need to create a CloudWatch log group and provide
   * OpenSearch Service the correct permissions to write to it. To learn more, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html#createdomain-configure-slow-logs-cfn">Enabling
   * log publishing ( AWS CloudFormation)</a> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.LogPublishingOption}.
   */
  public static final class LogPublishingOption extends Struct<LogPublishingOption> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.LogPublishingOption");

    public LogPublishingOption() {
      super(SCHEMA);
    }

    /**
     * Specifies the CloudWatch log group to publish to. Required if you enable log publishing.
     *
     * <p>CloudFormation property {@code CloudWatchLogsLogGroupArn}.
     */
    public LogPublishingOption cloudWatchLogsLogGroupArn(String value) {
      return set("CloudWatchLogsLogGroupArn", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogsLogGroupArn} to this value; see {@link
     * #cloudWatchLogsLogGroupArn(String)}.
     */
    public LogPublishingOption cloudWatchLogsLogGroupArn(Value<String> value) {
      return set("CloudWatchLogsLogGroupArn", value);
    }

    /**
     * If <code>true</code> , enables the publishing of logs to CloudWatch.
     *
     * <p>Default: <code>false</code> .
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public LogPublishingOption enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public LogPublishingOption enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies information about the master user.
   *
   * <p>Required if <code>InternalUserDatabaseEnabled</code> is true in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptions</a>
   * .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.MasterUserOptions}.
   */
  public static final class MasterUserOptions extends Struct<MasterUserOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.MasterUserOptions")
        .references("MasterUserARN", "AWS::IAM::Role.Arn")
        .build();

    public MasterUserOptions() {
      super(SCHEMA);
    }

    /**
     * Amazon Resource Name (ARN) for the master user. The ARN can point to an IAM user or role.
     * This property is required for Amazon Cognito to work, and it must match the role configured
     * for Cognito. Only specify if <code>InternalUserDatabaseEnabled</code> is false in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptionsInput</a>
     * .
     *
     * <p>CloudFormation property {@code MasterUserARN}.
     */
    public MasterUserOptions masterUserARN(String value) {
      return set("MasterUserARN", Value.of(value));
    }

    /** Sets {@code MasterUserARN} to this value; see {@link #masterUserARN(String)}. */
    public MasterUserOptions masterUserARN(Value<String> value) {
      return set("MasterUserARN", value);
    }

    /**
     * Sets {@code MasterUserARN} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #masterUserARN(String)}.
     */
    public MasterUserOptions masterUserARN(Role resource) {
      return set("MasterUserARN", resource.arn());
    }

    /**
     * Username for the master user. Only specify if <code>InternalUserDatabaseEnabled</code> is
     * true in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptionsInput</a>
     * .
     *
     * <p>If you don't want to specify this value directly within the template, you can use a <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html">dynamic
     * reference</a> instead.
     *
     * <p>CloudFormation property {@code MasterUserName}.
     */
    public MasterUserOptions masterUserName(String value) {
      return set("MasterUserName", Value.of(value));
    }

    /** Sets {@code MasterUserName} to this value; see {@link #masterUserName(String)}. */
    public MasterUserOptions masterUserName(Value<String> value) {
      return set("MasterUserName", value);
    }

    /**
     * Password for the master user. Only specify if <code>InternalUserDatabaseEnabled</code> is
     * true in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptionsInput</a>
     * .
     *
     * <p>If you don't want to specify this value directly within the template, you can use a <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html">dynamic
     * reference</a> instead.
     *
     * <p>CloudFormation property {@code MasterUserPassword}.
     */
    public MasterUserOptions masterUserPassword(String value) {
      return set("MasterUserPassword", Value.of(value));
    }

    /** Sets {@code MasterUserPassword} to this value; see {@link #masterUserPassword(String)}. */
    public MasterUserOptions masterUserPassword(Value<String> value) {
      return set("MasterUserPassword", value);
    }
  }

  /**
   * Configuration options for defining the setup of any node type within the cluster.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.NodeConfig}.
   */
  public static final class NodeConfig extends Struct<NodeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.NodeConfig");

    public NodeConfig() {
      super(SCHEMA);
    }

    /**
     * The number of nodes of a specific type within the cluster.
     *
     * <p>CloudFormation property {@code Count}.
     */
    public NodeConfig count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public NodeConfig count(Value<Integer> value) {
      return set("Count", value);
    }

    /**
     * A boolean value indicating whether a specific node type is active or inactive.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public NodeConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public NodeConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The instance type of a particular node within the cluster.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public NodeConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public NodeConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configuration settings for defining the node type within a cluster.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.NodeOption}.
   */
  public static final class NodeOption extends Struct<NodeOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.NodeOption")
        .allowed("NodeType", "coordinator")
        .build();

    public NodeOption() {
      super(SCHEMA);
    }

    /**
     * Configuration options for defining the setup of any node type.
     *
     * <p>CloudFormation property {@code NodeConfig}.
     */
    public NodeOption nodeConfig(Value<NodeConfig> value) {
      return set("NodeConfig", value);
    }

    /**
     * Defines the type of node, such as coordinating nodes.
     *
     * <p>Allowed values: {@code coordinator}. CloudFormation property {@code NodeType}.
     */
    public NodeOption nodeType(String value) {
      return set("NodeType", Value.of(value));
    }

    /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
    public NodeOption nodeType(Value<String> value) {
      return set("NodeType", value);
    }
  }

  /**
   * Specifies options for node-to-node encryption.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.NodeToNodeEncryptionOptions}.
   */
  public static final class NodeToNodeEncryptionOptions extends Struct<NodeToNodeEncryptionOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.NodeToNodeEncryptionOptions");

    public NodeToNodeEncryptionOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies to enable or disable node-to-node encryption on the domain. Required if you enable
     * fine-grained access control in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-advancedsecurityoptionsinput.html">AdvancedSecurityOptionsInput</a>
     * .
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public NodeToNodeEncryptionOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public NodeToNodeEncryptionOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * A custom 10-hour, low-traffic window during which OpenSearch Service can perform mandatory
   * configuration changes on the domain. These actions can include scheduled service software
   * updates and blue/green Auto-Tune enhancements. OpenSearch Service will schedule these actions
   * during the window that you specify. If you don't specify a window start time, it defaults to
   * 10:00 P.M. local time.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.OffPeakWindow}.
   */
  public static final class OffPeakWindow extends Struct<OffPeakWindow> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.OffPeakWindow");

    public OffPeakWindow() {
      super(SCHEMA);
    }

    /**
     * The desired start time for an off-peak maintenance window.
     *
     * <p>CloudFormation property {@code WindowStartTime}.
     */
    public OffPeakWindow windowStartTime(Value<WindowStartTime> value) {
      return set("WindowStartTime", value);
    }
  }

  /**
   * Off-peak window settings for the domain.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.OffPeakWindowOptions}.
   */
  public static final class OffPeakWindowOptions extends Struct<OffPeakWindowOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.OffPeakWindowOptions");

    public OffPeakWindowOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether off-peak window settings are enabled for the domain.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public OffPeakWindowOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public OffPeakWindowOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Off-peak window settings for the domain.
     *
     * <p>CloudFormation property {@code OffPeakWindow}.
     */
    public OffPeakWindowOptions offPeakWindow(Value<OffPeakWindow> value) {
      return set("OffPeakWindow", value);
    }
  }

  /**
   * Options for enabling S3 vectors engine features on the specified domain.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.S3VectorsEngine}.
   */
  public static final class S3VectorsEngine extends Struct<S3VectorsEngine> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.S3VectorsEngine")
        .required("Enabled")
        .build();

    public S3VectorsEngine() {
      super(SCHEMA);
    }

    /**
     * Enables S3 vectors engine features.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public S3VectorsEngine enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3VectorsEngine enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Container for information about the SAML configuration for OpenSearch Dashboards.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.SAMLOptions}.
   */
  public static final class SAMLOptions extends Struct<SAMLOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.SAMLOptions");

    public SAMLOptions() {
      super(SCHEMA);
    }

    /**
     * True to enable SAML authentication for a domain.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public SAMLOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SAMLOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The SAML Identity Provider's information.
     *
     * <p>CloudFormation property {@code Idp}.
     */
    public SAMLOptions idp(Value<Idp> value) {
      return set("Idp", value);
    }

    /**
     * The backend role that the SAML master user is mapped to.
     *
     * <p>CloudFormation property {@code MasterBackendRole}.
     */
    public SAMLOptions masterBackendRole(String value) {
      return set("MasterBackendRole", Value.of(value));
    }

    /** Sets {@code MasterBackendRole} to this value; see {@link #masterBackendRole(String)}. */
    public SAMLOptions masterBackendRole(Value<String> value) {
      return set("MasterBackendRole", value);
    }

    /**
     * The SAML master user name, which is stored in the domain's internal user database.
     *
     * <p>CloudFormation property {@code MasterUserName}.
     */
    public SAMLOptions masterUserName(String value) {
      return set("MasterUserName", Value.of(value));
    }

    /** Sets {@code MasterUserName} to this value; see {@link #masterUserName(String)}. */
    public SAMLOptions masterUserName(Value<String> value) {
      return set("MasterUserName", value);
    }

    /**
     * Element of the SAML assertion to use for backend roles. Default is <code>roles</code> .
     *
     * <p>CloudFormation property {@code RolesKey}.
     */
    public SAMLOptions rolesKey(String value) {
      return set("RolesKey", Value.of(value));
    }

    /** Sets {@code RolesKey} to this value; see {@link #rolesKey(String)}. */
    public SAMLOptions rolesKey(Value<String> value) {
      return set("RolesKey", value);
    }

    /**
     * The duration, in minutes, after which a user session becomes inactive. Acceptable values are
     * between 1 and 1440, and the default value is 60.
     *
     * <p>CloudFormation property {@code SessionTimeoutMinutes}.
     */
    public SAMLOptions sessionTimeoutMinutes(int value) {
      return set("SessionTimeoutMinutes", Value.of(value));
    }

    /**
     * Sets {@code SessionTimeoutMinutes} to this value; see {@link #sessionTimeoutMinutes(int)}.
     */
    public SAMLOptions sessionTimeoutMinutes(Value<Integer> value) {
      return set("SessionTimeoutMinutes", value);
    }

    /**
     * Element of the SAML assertion to use for the user name. Default is <code>NameID</code> .
     *
     * <p>CloudFormation property {@code SubjectKey}.
     */
    public SAMLOptions subjectKey(String value) {
      return set("SubjectKey", Value.of(value));
    }

    /** Sets {@code SubjectKey} to this value; see {@link #subjectKey(String)}. */
    public SAMLOptions subjectKey(Value<String> value) {
      return set("SubjectKey", value);
    }
  }

  /** Property type {@code AWS::OpenSearchService::Domain.ServerlessVectorAcceleration}. */
  public static final class ServerlessVectorAcceleration extends Struct<ServerlessVectorAcceleration> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.ServerlessVectorAcceleration");

    public ServerlessVectorAcceleration() {
      super(SCHEMA);
    }

    /**
     * Whether to enable serverless vector acceleration.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ServerlessVectorAcceleration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ServerlessVectorAcceleration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The current status of the service software for an Amazon OpenSearch Service domain. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html">Service
   * software updates in Amazon OpenSearch Service</a> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.ServiceSoftwareOptions}.
   */
  public static final class ServiceSoftwareOptions extends Struct<ServiceSoftwareOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.ServiceSoftwareOptions");

    public ServiceSoftwareOptions() {
      super(SCHEMA);
    }

    /**
     * The timestamp, in Epoch time, until which you can manually request a service software update.
     * After this date, we automatically update your service software.
     *
     * <p>CloudFormation property {@code AutomatedUpdateDate}.
     */
    public ServiceSoftwareOptions automatedUpdateDate(String value) {
      return set("AutomatedUpdateDate", Value.of(value));
    }

    /** Sets {@code AutomatedUpdateDate} to this value; see {@link #automatedUpdateDate(String)}. */
    public ServiceSoftwareOptions automatedUpdateDate(Value<String> value) {
      return set("AutomatedUpdateDate", value);
    }

    /**
     * True if you're able to cancel your service software version update. False if you can't cancel
     * your service software update.
     *
     * <p>CloudFormation property {@code Cancellable}.
     */
    public ServiceSoftwareOptions cancellable(boolean value) {
      return set("Cancellable", Value.of(value));
    }

    /** Sets {@code Cancellable} to this value; see {@link #cancellable(boolean)}. */
    public ServiceSoftwareOptions cancellable(Value<Boolean> value) {
      return set("Cancellable", value);
    }

    /**
     * The current service software version present on the domain.
     *
     * <p>CloudFormation property {@code CurrentVersion}.
     */
    public ServiceSoftwareOptions currentVersion(String value) {
      return set("CurrentVersion", Value.of(value));
    }

    /** Sets {@code CurrentVersion} to this value; see {@link #currentVersion(String)}. */
    public ServiceSoftwareOptions currentVersion(Value<String> value) {
      return set("CurrentVersion", value);
    }

    /**
     * A description of the service software update status.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ServiceSoftwareOptions description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ServiceSoftwareOptions description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The new service software version, if one is available.
     *
     * <p>CloudFormation property {@code NewVersion}.
     */
    public ServiceSoftwareOptions newVersion(String value) {
      return set("NewVersion", Value.of(value));
    }

    /** Sets {@code NewVersion} to this value; see {@link #newVersion(String)}. */
    public ServiceSoftwareOptions newVersion(Value<String> value) {
      return set("NewVersion", value);
    }

    /**
     * True if a service software is never automatically updated. False if a service software is
     * automatically updated after the automated update date.
     *
     * <p>CloudFormation property {@code OptionalDeployment}.
     */
    public ServiceSoftwareOptions optionalDeployment(boolean value) {
      return set("OptionalDeployment", Value.of(value));
    }

    /** Sets {@code OptionalDeployment} to this value; see {@link #optionalDeployment(boolean)}. */
    public ServiceSoftwareOptions optionalDeployment(Value<Boolean> value) {
      return set("OptionalDeployment", value);
    }

    /**
     * True if you're able to update your service software version. False if you can't update your
     * service software version.
     *
     * <p>CloudFormation property {@code UpdateAvailable}.
     */
    public ServiceSoftwareOptions updateAvailable(boolean value) {
      return set("UpdateAvailable", Value.of(value));
    }

    /** Sets {@code UpdateAvailable} to this value; see {@link #updateAvailable(boolean)}. */
    public ServiceSoftwareOptions updateAvailable(Value<Boolean> value) {
      return set("UpdateAvailable", value);
    }

    /**
     * The status of your service software update.
     *
     * <p>CloudFormation property {@code UpdateStatus}.
     */
    public ServiceSoftwareOptions updateStatus(String value) {
      return set("UpdateStatus", Value.of(value));
    }

    /** Sets {@code UpdateStatus} to this value; see {@link #updateStatus(String)}. */
    public ServiceSoftwareOptions updateStatus(Value<String> value) {
      return set("UpdateStatus", value);
    }
  }

  /**
   * <em>DEPRECATED</em> . This setting is only relevant to domains running legacy Elasticsearch OSS
   * versions earlier than 5.3. It does not apply to OpenSearch domains.
   *
   * <p>The automated snapshot configuration for the OpenSearch Service domain indexes.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.SnapshotOptions}.
   */
  public static final class SnapshotOptions extends Struct<SnapshotOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.SnapshotOptions");

    public SnapshotOptions() {
      super(SCHEMA);
    }

    /**
     * The hour in UTC during which the service takes an automated daily snapshot of the indexes in
     * the OpenSearch Service domain. For example, if you specify 0, OpenSearch Service takes an
     * automated snapshot everyday between midnight and 1 am. You can specify a value between 0 and
     * 23.
     *
     * <p>CloudFormation property {@code AutomatedSnapshotStartHour}.
     */
    public SnapshotOptions automatedSnapshotStartHour(int value) {
      return set("AutomatedSnapshotStartHour", Value.of(value));
    }

    /**
     * Sets {@code AutomatedSnapshotStartHour} to this value; see {@link
     * #automatedSnapshotStartHour(int)}.
     */
    public SnapshotOptions automatedSnapshotStartHour(Value<Integer> value) {
      return set("AutomatedSnapshotStartHour", value);
    }
  }

  /**
   * Options for configuring service software updates for a domain.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.SoftwareUpdateOptions}.
   */
  public static final class SoftwareUpdateOptions extends Struct<SoftwareUpdateOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.SoftwareUpdateOptions");

    public SoftwareUpdateOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether automatic service software updates are enabled for the domain.
     *
     * <p>CloudFormation property {@code AutoSoftwareUpdateEnabled}.
     */
    public SoftwareUpdateOptions autoSoftwareUpdateEnabled(boolean value) {
      return set("AutoSoftwareUpdateEnabled", Value.of(value));
    }

    /**
     * Sets {@code AutoSoftwareUpdateEnabled} to this value; see {@link
     * #autoSoftwareUpdateEnabled(boolean)}.
     */
    public SoftwareUpdateOptions autoSoftwareUpdateEnabled(Value<Boolean> value) {
      return set("AutoSoftwareUpdateEnabled", value);
    }

    /** CloudFormation property {@code UseLatestServiceSoftwareForBlueGreen}. */
    public SoftwareUpdateOptions useLatestServiceSoftwareForBlueGreen(boolean value) {
      return set("UseLatestServiceSoftwareForBlueGreen", Value.of(value));
    }

    /**
     * Sets {@code UseLatestServiceSoftwareForBlueGreen} to this value; see {@link
     * #useLatestServiceSoftwareForBlueGreen(boolean)}.
     */
    public SoftwareUpdateOptions useLatestServiceSoftwareForBlueGreen(Value<Boolean> value) {
      return set("UseLatestServiceSoftwareForBlueGreen", value);
    }
  }

  /**
   * The virtual private cloud (VPC) configuration for the OpenSearch Service domain. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html">Launching
   * your Amazon OpenSearch Service domains using a VPC</a> in the <em>Amazon OpenSearch Service
   * Developer Guide</em> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.VPCOptions}.
   */
  public static final class VPCOptions extends Struct<VPCOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.VPCOptions")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .build();

    public VPCOptions() {
      super(SCHEMA);
    }

    /**
     * Controls whether egress traffic from the domain is routed through the customer VPC.
     *
     * <p>CloudFormation property {@code EgressEnabled}.
     */
    public VPCOptions egressEnabled(boolean value) {
      return set("EgressEnabled", Value.of(value));
    }

    /** Sets {@code EgressEnabled} to this value; see {@link #egressEnabled(boolean)}. */
    public VPCOptions egressEnabled(Value<Boolean> value) {
      return set("EgressEnabled", value);
    }

    /**
     * The list of security group IDs that are associated with the VPC endpoints for the domain. If
     * you don't provide a security group ID, OpenSearch Service uses the default security group for
     * the VPC. To learn more, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html">Security
     * groups for your VPC</a> in the <em>Amazon VPC User Guide</em> .
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VPCOptions securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VPCOptions securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public VPCOptions securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * Provide one subnet ID for each Availability Zone that your domain uses. For example, you must
     * specify three subnet IDs for a three-AZ domain. To learn more, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html">VPCs and subnets</a>
     * in the <em>Amazon VPC User Guide</em> .
     *
     * <p>If you specify more than one subnet, you must also configure
     * <code>ZoneAwarenessEnabled</code> and <code>ZoneAwarenessConfig</code> within <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-clusterconfig.html">ClusterConfig</a>
     * , otherwise you'll see the error "You must specify exactly one subnet" during template
     * creation.
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public VPCOptions subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VPCOptions subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public VPCOptions subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }
  }

  /**
   * A custom start time for the off-peak window, in Coordinated Universal Time (UTC). The window
   * length will always be 10 hours, so you can't specify an end time. For example, if you specify
   * 11:00 P.M. UTC as a start time, the end time will automatically be set to 9:00 A.M.
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.WindowStartTime}.
   */
  public static final class WindowStartTime extends Struct<WindowStartTime> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Domain.WindowStartTime")
        .required("Hours", "Minutes")
        .constrain("Hours", Constraint.of().minimum(0).maximum(23))
        .constrain("Minutes", Constraint.of().minimum(0).maximum(59))
        .build();

    public WindowStartTime() {
      super(SCHEMA);
    }

    /**
     * The start hour of the window in Coordinated Universal Time (UTC), using 24-hour time. For
     * example, 17 refers to 5:00 P.M. UTC. The minimum value is 0 and the maximum value is 23.
     *
     * <p>Required. Range: 0 to 23. CloudFormation property {@code Hours}.
     */
    public WindowStartTime hours(int value) {
      return set("Hours", Value.of(value));
    }

    /** Sets {@code Hours} to this value; see {@link #hours(int)}. */
    public WindowStartTime hours(Value<Integer> value) {
      return set("Hours", value);
    }

    /**
     * The start minute of the window, in UTC. The minimum value is 0 and the maximum value is 59.
     *
     * <p>Required. Range: 0 to 59. CloudFormation property {@code Minutes}.
     */
    public WindowStartTime minutes(int value) {
      return set("Minutes", Value.of(value));
    }

    /** Sets {@code Minutes} to this value; see {@link #minutes(int)}. */
    public WindowStartTime minutes(Value<Integer> value) {
      return set("Minutes", value);
    }
  }

  /**
   * Specifies zone awareness configuration options. Only use if <code>ZoneAwarenessEnabled</code>
   * is <code>true</code> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Domain.ZoneAwarenessConfig}.
   */
  public static final class ZoneAwarenessConfig extends Struct<ZoneAwarenessConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Domain.ZoneAwarenessConfig");

    public ZoneAwarenessConfig() {
      super(SCHEMA);
    }

    /**
     * If you enabled multiple Availability Zones (AZs), the number of AZs that you want the domain
     * to use.
     *
     * <p>Valid values are <code>2</code> and <code>3</code> . Default is 2.
     *
     * <p>CloudFormation property {@code AvailabilityZoneCount}.
     */
    public ZoneAwarenessConfig availabilityZoneCount(int value) {
      return set("AvailabilityZoneCount", Value.of(value));
    }

    /**
     * Sets {@code AvailabilityZoneCount} to this value; see {@link #availabilityZoneCount(int)}.
     */
    public ZoneAwarenessConfig availabilityZoneCount(Value<Integer> value) {
      return set("AvailabilityZoneCount", value);
    }
  }
}
