// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dsql;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DSQL::Cluster</code> resource specifies an cluster. You can use this resource to
 * create, modify, and manage clusters.
 *
 * <p>This resource supports both single-Region clusters and multi-Region clusters through the
 * <code>MultiRegionProperties</code> parameter.
 *
 * <p>Creating multi-Region clusters requires additional IAM permissions beyond those needed for
 * single-Region clusters. &gt; - The witness Region specified in
 * <code>multiRegionProperties.witnessRegion</code> cannot be the same as the cluster's Region.
 *
 * <p><em>Required permissions</em>
 *
 * <ul> <li><b>dsql:CreateCluster</b> - Required to create a cluster. </ul>
 *
 * <p>Resources: <code>arn:aws:dsql:region:account-id:cluster/*</code>
 *
 * <ul> <li><b>dsql:TagResource</b> - Permission to add tags to a resource. </ul>
 *
 * <p>Resources: <code>arn:aws:dsql:region:account-id:cluster/*</code>
 *
 * <ul> <li><b>dsql:PutMultiRegionProperties</b> - Permission to configure multi-Region properties
 * for a cluster. </ul>
 *
 * <p>Resources: <code>arn:aws:dsql:region:account-id:cluster/*</code>
 *
 * <ul> <li><b>dsql:AddPeerCluster</b> - When specifying <code>multiRegionProperties.clusters</code>
 * , permission to add peer clusters. </ul>
 *
 * <p>Resources:
 *
 * <ul> <li>Local cluster: <code>arn:aws:dsql:region:account-id:cluster/*</code> <li>Each peer
 * cluster: exact ARN of each specified peer cluster <li><b>dsql:PutWitnessRegion</b> - When
 * specifying <code>multiRegionProperties.witnessRegion</code> , permission to set a witness Region.
 * This permission is checked both in the cluster Region and in the witness Region. </ul>
 *
 * <p>Resources: <code>arn:aws:dsql:region:account-id:cluster/*</code>
 *
 * <p>Condition Keys: <code>dsql:WitnessRegion</code> (matching the specified witness region)
 *
 * <p>CloudFormation type {@code AWS::DSQL::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::DSQL::Cluster")
      .constrain("KmsEncryptionKey", Constraint.of().pattern("^[a-zA-Z0-9:/_-]+$").minLength(1).maxLength(2048))
      .refYields("Identifier")
      .attributes("CreationTime", "EncryptionDetails", "Endpoint", "Identifier", "PolicyVersion",
          "ResourceArn", "Status", "VpcEndpoint", "VpcEndpointServiceName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether deletion protection is enabled on this cluster.
   *
   * <p>CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public Cluster deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public Cluster deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * The KMS key that encrypts data on the cluster.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9:/_-]+$}. CloudFormation property
   * {@code KmsEncryptionKey}.
   */
  public Cluster kmsEncryptionKey(String value) {
    return set("KmsEncryptionKey", Value.of(value));
  }

  /** Sets {@code KmsEncryptionKey} to this value; see {@link #kmsEncryptionKey(String)}. */
  public Cluster kmsEncryptionKey(Value<String> value) {
    return set("KmsEncryptionKey", value);
  }

  /**
   * Defines the structure for multi-Region cluster configurations, containing the witness Region
   * and peered cluster settings.
   *
   * <p>CloudFormation property {@code MultiRegionProperties}.
   */
  public Cluster multiRegionProperties(Value<MultiRegionProperties> value) {
    return set("MultiRegionProperties", value);
  }

  /**
   * A resource-based policy document in JSON format. Length constraints: Minimum length of 1.
   * Maximum length of 20480 characters (approximately 20KB).
   *
   * <p>CloudFormation property {@code PolicyDocument}.
   */
  public Cluster policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public Cluster policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /**
   * A map of key and value pairs this cluster is tagged with.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the cluster was created, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The encryption configuration details for the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptionDetails}.
   */
  public Value<EncryptionDetails> encryptionDetails() {
    return getAtt("EncryptionDetails");
  }

  /**
   * The connection endpoint for the created cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The unique identifier assigned to the cluster upon creation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Identifier}.
   */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * The version number of the cluster's resource based policy
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyVersion}.
   */
  public Value<String> policyVersion() {
    return getAtt("PolicyVersion");
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster. Used for IAM permissions and resource
   * identification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The current status of the cluster. Possible values include: CREATING, ACTIVE, DELETING, FAILED.
   *
   * <p>The cluster can have two additional status values when working with multi-Region clusters:
   *
   * <p><code>PENDING_SETUP</code> —Indicates the cluster is being configured
   *
   * <p><code>PENDING_DELETE</code> —Indicates the cluster is being deleted
   *
   * <p><em>Note:</em> These status values only appear for multi-Region cluster operations.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The DSQL cluster VPC endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpoint}.
   */
  public Value<String> vpcEndpoint() {
    return getAtt("VpcEndpoint");
  }

  /**
   * The VPC Endpoint Service name for the cluster. This can be used to create a VPC endpoint to
   * connect to the cluster from within a VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcEndpointServiceName}.
   */
  public Value<String> vpcEndpointServiceName() {
    return getAtt("VpcEndpointServiceName");
  }

  /**
   * Configuration details about encryption for the cluster including the AWS key ARN, encryption
   * type, and encryption status.
   *
   * <p>Property type {@code AWS::DSQL::Cluster.EncryptionDetails}.
   */
  public static final class EncryptionDetails extends Struct<EncryptionDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::DSQL::Cluster.EncryptionDetails");

    public EncryptionDetails() {
      super(SCHEMA);
    }

    /**
     * The status of encryption for the cluster.
     *
     * <p>CloudFormation property {@code EncryptionStatus}.
     */
    public EncryptionDetails encryptionStatus(String value) {
      return set("EncryptionStatus", Value.of(value));
    }

    /** Sets {@code EncryptionStatus} to this value; see {@link #encryptionStatus(String)}. */
    public EncryptionDetails encryptionStatus(Value<String> value) {
      return set("EncryptionStatus", value);
    }

    /**
     * The type of encryption that protects the data on your cluster.
     *
     * <p>CloudFormation property {@code EncryptionType}.
     */
    public EncryptionDetails encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionDetails encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * The ARN of the AWS key that encrypts data in the cluster.
     *
     * <p>CloudFormation property {@code KmsKeyArn}.
     */
    public EncryptionDetails kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionDetails kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Defines the structure for multi-Region cluster configurations, containing the witness Region
   * and peered cluster settings.
   *
   * <p>Property type {@code AWS::DSQL::Cluster.MultiRegionProperties}.
   */
  public static final class MultiRegionProperties extends Struct<MultiRegionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::DSQL::Cluster.MultiRegionProperties")
        .constrain("Clusters", Constraint.of().pattern("^arn:aws(-[^:]+)?:dsql:[a-z0-9-]{1,20}:[0-9]{12}:cluster/[a-z0-9]{26}$"))
        .constrain("WitnessRegion", Constraint.of().maxLength(50))
        .build();

    public MultiRegionProperties() {
      super(SCHEMA);
    }

    /**
     * The set of peered clusters that form the multi-Region cluster configuration. Each peered
     * cluster represents a database instance in a different Region.
     *
     * <p>Pattern: {@code ^arn:aws(-[^:]+)?:dsql:[a-z0-9-]{1,20}:[0-9]{12}:cluster/[a-z0-9]{26}$}.
     * CloudFormation property {@code Clusters}.
     */
    public MultiRegionProperties clusters(List<String> value) {
      return set("Clusters", Value.listOf(value));
    }

    /** Sets {@code Clusters} to this value; see {@link #clusters(List)}. */
    public MultiRegionProperties clusters(Value<List<String>> value) {
      return set("Clusters", value);
    }

    /**
     * The Region that serves as the witness Region for a multi-Region cluster. The witness Region
     * helps maintain cluster consistency and quorum.
     *
     * <p>Length: at most 50 characters. CloudFormation property {@code WitnessRegion}.
     */
    public MultiRegionProperties witnessRegion(String value) {
      return set("WitnessRegion", Value.of(value));
    }

    /** Sets {@code WitnessRegion} to this value; see {@link #witnessRegion(String)}. */
    public MultiRegionProperties witnessRegion(Value<String> value) {
      return set("WitnessRegion", value);
    }
  }
}
