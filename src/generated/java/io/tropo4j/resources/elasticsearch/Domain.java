// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticsearch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::Elasticsearch::Domain resource creates an Amazon OpenSearch Service domain.
 *
 * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
 * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
 * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
 * which supports both OpenSearch and legacy Elasticsearch. For instructions to upgrade domains
 * defined within CloudFormation from Elasticsearch to OpenSearch, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html#aws-resource-opensearchservice-domain--remarks">Remarks</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Elasticsearch::Domain}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::Elasticsearch::Domain")
      .constrain("AccessPolicies", Constraint.of().format("json"))
      .refYields("DomainName")
      .attributes("Arn", "DomainEndpoint", "Id")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An AWS Identity and Access Management ( IAM ) policy document that specifies who can access the
   * OpenSearch Service domain and their permissions. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html#ac-creating">Configuring
   * access policies</a> in the <em>Amazon OpenSearch Service Developer Guid</em> e.
   *
   * <p>Format: {@code json}. CloudFormation property {@code AccessPolicies}.
   */
  public Domain accessPolicies(Value<Json> value) {
    return set("AccessPolicies", value);
  }

  /**
   * Additional options to specify for the OpenSearch Service domain. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html#createdomain-configure-advanced-options">Advanced
   * cluster parameters</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
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
   * Specifies options for fine-grained access control.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * AdvancedSecurityOptions}.
   */
  public Domain advancedSecurityOptions(Value<AdvancedSecurityOptionsInput> value) {
    return set("AdvancedSecurityOptions", value);
  }

  /**
   * Configures OpenSearch Service to use Amazon Cognito authentication for OpenSearch Dashboards.
   *
   * <p>CloudFormation property {@code CognitoOptions}.
   */
  public Domain cognitoOptions(Value<CognitoOptions> value) {
    return set("CognitoOptions", value);
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
   * A name for the OpenSearch Service domain. For valid values, see the <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configuration-api.html#configuration-api-datatypes-domainname">DomainName</a>
   * data type in the <em>Amazon OpenSearch Service Developer Guide</em> . If you don't specify a
   * name, CloudFormation generates a unique physical ID and uses that ID for the domain name. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
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
   * ElasticsearchClusterConfig is a property of the AWS::Elasticsearch::Domain resource that
   * configures the cluster of an Amazon OpenSearch Service domain.
   *
   * <p>CloudFormation property {@code ElasticsearchClusterConfig}.
   */
  public Domain elasticsearchClusterConfig(Value<ElasticsearchClusterConfig> value) {
    return set("ElasticsearchClusterConfig", value);
  }

  /**
   * The version of Elasticsearch to use, such as 2.3. If not specified, 1.5 is used as the default.
   * For information about the versions that OpenSearch Service supports, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version">Supported
   * versions of OpenSearch and Elasticsearch</a> in the <em>Amazon OpenSearch Service Developer
   * Guide</em> .
   *
   * <p>If you set the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-upgradeopensearchdomain">EnableVersionUpgrade</a>
   * update policy to <code>true</code> , you can update <code>ElasticsearchVersion</code> without
   * interruption. When <code>EnableVersionUpgrade</code> is set to <code>false</code> , or is not
   * specified, updating <code>ElasticsearchVersion</code> results in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code ElasticsearchVersion}.
   */
  public Domain elasticsearchVersion(String value) {
    return set("ElasticsearchVersion", Value.of(value));
  }

  /** Sets {@code ElasticsearchVersion} to this value; see {@link #elasticsearchVersion(String)}. */
  public Domain elasticsearchVersion(Value<String> value) {
    return set("ElasticsearchVersion", value);
  }

  /**
   * Whether the domain should encrypt data at rest, and if so, the AWS Key Management Service key
   * to use. See <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html">Encryption
   * of data at rest for Amazon OpenSearch Service</a> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * EncryptionAtRestOptions}.
   */
  public Domain encryptionAtRestOptions(Value<EncryptionAtRestOptions> value) {
    return set("EncryptionAtRestOptions", value);
  }

  /**
   * An object with one or more of the following keys: <code>SEARCH_SLOW_LOGS</code> ,
   * <code>ES_APPLICATION_LOGS</code> , <code>INDEX_SLOW_LOGS</code> , <code>AUDIT_LOGS</code> ,
   * depending on the types of logs you want to publish. Each key needs a valid
   * <code>LogPublishingOption</code> value.
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
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * NodeToNodeEncryptionOptions}.
   */
  public Domain nodeToNodeEncryptionOptions(Value<NodeToNodeEncryptionOptions> value) {
    return set("NodeToNodeEncryptionOptions", value);
  }

  /**
   * <em>DEPRECATED</em> . The automated snapshot configuration for the OpenSearch Service domain
   * indices.
   *
   * <p>CloudFormation property {@code SnapshotOptions}.
   */
  public Domain snapshotOptions(Value<SnapshotOptions> value) {
    return set("SnapshotOptions", value);
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
   * The virtual private cloud (VPC) configuration for the OpenSearch Service domain. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html">Launching
   * your Amazon OpenSearch Service domains within a VPC</a> in the <em>Amazon OpenSearch Service
   * Developer Guide</em> .
   *
   * <p>CloudFormation property {@code VPCOptions}.
   */
  public Domain vpcOptions(Value<VPCOptions> value) {
    return set("VPCOptions", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the domain, such as
   * <code>arn:aws:es:us-west-2:123456789012:domain/mystack-elasti-1ab2cdefghij</code> . This
   * returned value is the same as the one returned by
   * <code>AWS::Elasticsearch::Domain.DomainArn</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The domain-specific endpoint that's used for requests to the OpenSearch APIs, such as
   * <code>search-mystack-elasti-1ab2cdefghij-ab1c2deckoyb3hofw7wpqa3cm.us-west-1.es.amazonaws.com</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainEndpoint}.
   */
  public Value<String> domainEndpoint() {
    return getAtt("DomainEndpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies options for fine-grained access control.
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.AdvancedSecurityOptionsInput}.
   */
  public static final class AdvancedSecurityOptionsInput extends Struct<AdvancedSecurityOptionsInput> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.AdvancedSecurityOptionsInput");

    public AdvancedSecurityOptionsInput() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AnonymousAuthEnabled}. */
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
     * and node-to-node encryption.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Enabled}.
     */
    public AdvancedSecurityOptionsInput enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AdvancedSecurityOptionsInput enabled(Value<Boolean> value) {
      return set("Enabled", value);
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
     * Specifies information about the master user.
     *
     * <p>CloudFormation property {@code MasterUserOptions}.
     */
    public AdvancedSecurityOptionsInput masterUserOptions(Value<MasterUserOptions> value) {
      return set("MasterUserOptions", value);
    }
  }

  /**
   * Configures OpenSearch Service to use Amazon Cognito authentication for OpenSearch Dashboards.
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.CognitoOptions}.
   */
  public static final class CognitoOptions extends Struct<CognitoOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Elasticsearch::Domain.CognitoOptions")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
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
     * Dashboards authentication. Required if you enable Cognito authentication.
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
     * The <code>AmazonESCognitoAccess</code> role that allows OpenSearch Service to configure your
     * user pool and identity pool. Required if you enable Cognito authentication.
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

    /**
     * The Amazon Cognito user pool ID that you want OpenSearch Service to use for OpenSearch
     * Dashboards authentication. Required if you enable Cognito authentication.
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
  }

  /**
   * Specifies options for cold storage. For more information, see <a
   * href="https://docs.aws.amazon.com/elasticsearch-service/latest/developerguide/cold-storage.html">Cold
   * storage for Amazon Elasticsearch Service</a> .
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.ColdStorageOptions}.
   */
  public static final class ColdStorageOptions extends Struct<ColdStorageOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.ColdStorageOptions");

    public ColdStorageOptions() {
      super(SCHEMA);
    }

    /**
     * Whether to enable or disable cold storage on the domain. You must enable UltraWarm storage in
     * order to enable cold storage.
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

  /**
   * Specifies additional options for the domain endpoint, such as whether to require HTTPS for all
   * traffic or whether to use a custom endpoint rather than the default endpoint.
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.DomainEndpointOptions}.
   */
  public static final class DomainEndpointOptions extends Struct<DomainEndpointOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.DomainEndpointOptions");

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
     * True to require that all traffic to the domain arrive over HTTPS.
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
     * The minimum TLS version required for traffic to the domain. Valid values are TLS 1.3
     * (recommended) or 1.2:
     *
     * <ul> <li><code>Policy-Min-TLS-1-0-2019-07</code> <li><code>Policy-Min-TLS-1-2-2019-07</code>
     * </ul>
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
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.EBSOptions}.
   */
  public static final class EBSOptions extends Struct<EBSOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.EBSOptions");

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
     * applies only to provisioned IOPS EBS volume types.
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
     * The EBS volume type to use with the OpenSearch Service domain, such as standard, gp2, or io1.
     * For more information about each type, see <a
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
   * The cluster configuration for the OpenSearch Service domain. You can specify options such as
   * the instance type and the number of instances. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createupdatedomains.html">Creating
   * and managing Amazon OpenSearch Service domains</a> in the <em>Amazon OpenSearch Service
   * Developer Guide</em> .
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.ElasticsearchClusterConfig}.
   */
  public static final class ElasticsearchClusterConfig extends Struct<ElasticsearchClusterConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.ElasticsearchClusterConfig");

    public ElasticsearchClusterConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies cold storage options for the domain.
     *
     * <p>CloudFormation property {@code ColdStorageOptions}.
     */
    public ElasticsearchClusterConfig coldStorageOptions(Value<ColdStorageOptions> value) {
      return set("ColdStorageOptions", value);
    }

    /**
     * The number of instances to use for the master node. If you specify this property, you must
     * specify true for the DedicatedMasterEnabled property.
     *
     * <p>CloudFormation property {@code DedicatedMasterCount}.
     */
    public ElasticsearchClusterConfig dedicatedMasterCount(int value) {
      return set("DedicatedMasterCount", Value.of(value));
    }

    /** Sets {@code DedicatedMasterCount} to this value; see {@link #dedicatedMasterCount(int)}. */
    public ElasticsearchClusterConfig dedicatedMasterCount(Value<Integer> value) {
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
    public ElasticsearchClusterConfig dedicatedMasterEnabled(boolean value) {
      return set("DedicatedMasterEnabled", Value.of(value));
    }

    /**
     * Sets {@code DedicatedMasterEnabled} to this value; see {@link
     * #dedicatedMasterEnabled(boolean)}.
     */
    public ElasticsearchClusterConfig dedicatedMasterEnabled(Value<Boolean> value) {
      return set("DedicatedMasterEnabled", value);
    }

    /**
     * The hardware configuration of the computer that hosts the dedicated master node, such as
     * <code>m3.medium.elasticsearch</code> . If you specify this property, you must specify true
     * for the <code>DedicatedMasterEnabled</code> property. For valid values, see <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html">Supported
     * instance types in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code DedicatedMasterType}.
     */
    public ElasticsearchClusterConfig dedicatedMasterType(String value) {
      return set("DedicatedMasterType", Value.of(value));
    }

    /** Sets {@code DedicatedMasterType} to this value; see {@link #dedicatedMasterType(String)}. */
    public ElasticsearchClusterConfig dedicatedMasterType(Value<String> value) {
      return set("DedicatedMasterType", value);
    }

    /**
     * The number of data nodes (instances) to use in the OpenSearch Service domain.
     *
     * <p>CloudFormation property {@code InstanceCount}.
     */
    public ElasticsearchClusterConfig instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public ElasticsearchClusterConfig instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The instance type for your data nodes, such as <code>m3.medium.elasticsearch</code> . For
     * valid values, see <a
     * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html">Supported
     * instance types in Amazon OpenSearch Service</a> .
     *
     * <p>CloudFormation property {@code InstanceType}.
     */
    public ElasticsearchClusterConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ElasticsearchClusterConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The number of warm nodes in the cluster. Required if you enable warm storage.
     *
     * <p>CloudFormation property {@code WarmCount}.
     */
    public ElasticsearchClusterConfig warmCount(int value) {
      return set("WarmCount", Value.of(value));
    }

    /** Sets {@code WarmCount} to this value; see {@link #warmCount(int)}. */
    public ElasticsearchClusterConfig warmCount(Value<Integer> value) {
      return set("WarmCount", value);
    }

    /**
     * Whether to enable warm storage for the cluster.
     *
     * <p>CloudFormation property {@code WarmEnabled}.
     */
    public ElasticsearchClusterConfig warmEnabled(boolean value) {
      return set("WarmEnabled", Value.of(value));
    }

    /** Sets {@code WarmEnabled} to this value; see {@link #warmEnabled(boolean)}. */
    public ElasticsearchClusterConfig warmEnabled(Value<Boolean> value) {
      return set("WarmEnabled", value);
    }

    /**
     * The instance type for the cluster's warm nodes. Required if you enable warm storage.
     *
     * <p>CloudFormation property {@code WarmType}.
     */
    public ElasticsearchClusterConfig warmType(String value) {
      return set("WarmType", Value.of(value));
    }

    /** Sets {@code WarmType} to this value; see {@link #warmType(String)}. */
    public ElasticsearchClusterConfig warmType(Value<String> value) {
      return set("WarmType", value);
    }

    /**
     * Specifies zone awareness configuration options. Only use if <code>ZoneAwarenessEnabled</code>
     * is <code>true</code> .
     *
     * <p>CloudFormation property {@code ZoneAwarenessConfig}.
     */
    public ElasticsearchClusterConfig zoneAwarenessConfig(Value<ZoneAwarenessConfig> value) {
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
    public ElasticsearchClusterConfig zoneAwarenessEnabled(boolean value) {
      return set("ZoneAwarenessEnabled", Value.of(value));
    }

    /**
     * Sets {@code ZoneAwarenessEnabled} to this value; see {@link #zoneAwarenessEnabled(boolean)}.
     */
    public ElasticsearchClusterConfig zoneAwarenessEnabled(Value<Boolean> value) {
      return set("ZoneAwarenessEnabled", value);
    }
  }

  /**
   * Whether the domain should encrypt data at rest, and if so, the AWS Key Management Service key
   * to use.
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.EncryptionAtRestOptions}.
   */
  public static final class EncryptionAtRestOptions extends Struct<EncryptionAtRestOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.EncryptionAtRestOptions");

    public EncryptionAtRestOptions() {
      super(SCHEMA);
    }

    /**
     * Specify <code>true</code> to enable encryption at rest.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Enabled}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionAtRestOptions kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionAtRestOptions kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Specifies whether the OpenSearch Service domain publishes the Elasticsearch application,
   * search slow logs, or index slow logs to Amazon CloudWatch. Each option must be an object of
   * name <code>SEARCH_SLOW_LOGS</code> , <code>ES_APPLICATION_LOGS</code> ,
   * <code>INDEX_SLOW_LOGS</code> , or <code>AUDIT_LOGS</code> depending on the type of logs you
   * want to publish.
   *
   * <p>If you enable a slow log, you still have to enable the <em>collection</em> of slow logs
   * using the Configuration API. To learn more, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html#createdomain-configure-slow-logs-cli">Enabling
   * log publishing ( AWS CLI)</a> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.LogPublishingOption}.
   */
  public static final class LogPublishingOption extends Struct<LogPublishingOption> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.LogPublishingOption");

    public LogPublishingOption() {
      super(SCHEMA);
    }

    /**
     * Specifies the CloudWatch log group to publish to. Required if you enable log publishing for
     * the domain.
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
   * Specifies information about the master user. Required if you enabled the internal user
   * database.
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.MasterUserOptions}.
   */
  public static final class MasterUserOptions extends Struct<MasterUserOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.MasterUserOptions");

    public MasterUserOptions() {
      super(SCHEMA);
    }

    /**
     * ARN for the master user. Only specify if <code>InternalUserDatabaseEnabled</code> is false in
     * <code>AdvancedSecurityOptions</code> .
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
     * Username for the master user. Only specify if <code>InternalUserDatabaseEnabled</code> is
     * true in <code>AdvancedSecurityOptions</code> .
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
     * true in <code>AdvancedSecurityOptions</code> .
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
   * Specifies whether node-to-node encryption is enabled.
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.NodeToNodeEncryptionOptions}.
   */
  public static final class NodeToNodeEncryptionOptions extends Struct<NodeToNodeEncryptionOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.NodeToNodeEncryptionOptions");

    public NodeToNodeEncryptionOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies whether node-to-node encryption is enabled, as a Boolean.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code Enabled}.
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
   * The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p><em>DEPRECATED</em> . For domains running Elasticsearch 5.3 and later, OpenSearch Service
   * takes hourly automated snapshots, making this setting irrelevant. For domains running earlier
   * versions of Elasticsearch, OpenSearch Service takes daily automated snapshots.
   *
   * <p>The automated snapshot configuration for the OpenSearch Service domain indices.
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.SnapshotOptions}.
   */
  public static final class SnapshotOptions extends Struct<SnapshotOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.SnapshotOptions");

    public SnapshotOptions() {
      super(SCHEMA);
    }

    /**
     * The hour in UTC during which the service takes an automated daily snapshot of the indices in
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
   * The virtual private cloud (VPC) configuration for the OpenSearch Service domain. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html">Launching
   * your Amazon OpenSearch Service domains using a VPC</a> in the <em>Amazon OpenSearch Service
   * Developer Guide</em> .
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.VPCOptions}.
   */
  public static final class VPCOptions extends Struct<VPCOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Elasticsearch::Domain.VPCOptions")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public VPCOptions() {
      super(SCHEMA);
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
     * Provide one subnet ID for each Availability Zone that your domain uses. For example, you must
     * specify three subnet IDs for a three Availability Zone domain. To learn more, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html">VPCs and subnets</a>
     * in the <em>Amazon VPC User Guide</em> .
     *
     * <p>Required if you're creating your domain inside a VPC.
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
  }

  /**
   * Specifies zone awareness configuration options. Only use if <code>ZoneAwarenessEnabled</code>
   * is <code>true</code> .
   *
   * <p>The <code>AWS::Elasticsearch::Domain</code> resource is being replaced by the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html">AWS::OpenSearchService::Domain</a>
   * resource. While the legacy Elasticsearch resource and options are still supported, we recommend
   * modifying your existing Cloudformation templates to use the new OpenSearch Service resource,
   * which supports both OpenSearch and Elasticsearch. For more information about the service
   * rename, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html#rename-resource">New
   * resource types</a> in the <em>Amazon OpenSearch Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Elasticsearch::Domain.ZoneAwarenessConfig}.
   */
  public static final class ZoneAwarenessConfig extends Struct<ZoneAwarenessConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Elasticsearch::Domain.ZoneAwarenessConfig");

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
