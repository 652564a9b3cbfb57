// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cassandra;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * You can use the <code>AWS::Cassandra::Keyspace</code> resource to create a new keyspace in Amazon
 * Keyspaces (for Apache Cassandra). For more information, see <a
 * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/getting-started.keyspaces.html">Create
 * a keyspace</a> in the <em>Amazon Keyspaces Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Cassandra::Keyspace}.
 */
public final class Keyspace extends Resource<Keyspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Keyspace")
      .constrain("KeyspaceName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"))
      .refYields("KeyspaceName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Keyspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether client-side timestamps are enabled (true) or disabled (false) for all tables
   * in the keyspace. To add a Region to a single-Region keyspace with at least one table, the value
   * must be set to true. After you've enabled client-side timestamps for a table, you can’t disable
   * it again.
   *
   * <p>CloudFormation property {@code ClientSideTimestampsEnabled}.
   */
  public Keyspace clientSideTimestampsEnabled(boolean value) {
    return set("ClientSideTimestampsEnabled", Value.of(value));
  }

  /**
   * Sets {@code ClientSideTimestampsEnabled} to this value; see {@link
   * #clientSideTimestampsEnabled(boolean)}.
   */
  public Keyspace clientSideTimestampsEnabled(Value<Boolean> value) {
    return set("ClientSideTimestampsEnabled", value);
  }

  /**
   * The name of the keyspace to be created. The keyspace name is case sensitive. If you don't
   * specify a name, AWS CloudFormation generates a unique ID and uses that ID for the keyspace
   * name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * type</a> .
   *
   * <p><em>Length constraints:</em> Minimum length of 1. Maximum length of 48.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$}.
   * CloudFormation property {@code KeyspaceName}.
   */
  public Keyspace keyspaceName(String value) {
    return set("KeyspaceName", Value.of(value));
  }

  /** Sets {@code KeyspaceName} to this value; see {@link #keyspaceName(String)}. */
  public Keyspace keyspaceName(Value<String> value) {
    return set("KeyspaceName", value);
  }

  /**
   * Specifies the <code>ReplicationStrategy</code> of a keyspace. The options are:
   *
   * <ul> <li><code>SINGLE_REGION</code> for a single Region keyspace (optional) or
   * <li><code>MULTI_REGION</code> for a multi-Region keyspace </ul>
   *
   * <p>If no <code>ReplicationStrategy</code> is provided, the default is
   * <code>SINGLE_REGION</code> . If you choose <code>MULTI_REGION</code> , you must also provide a
   * <code>RegionList</code> with the AWS Regions that the keyspace is replicated in.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ReplicationSpecification}.
   */
  public Keyspace replicationSpecification(Value<ReplicationSpecification> value) {
    return set("ReplicationSpecification", value);
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
  public Keyspace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Keyspace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Keyspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * You can use <code>ReplicationSpecification</code> to configure the
   * <code>ReplicationStrategy</code> of a keyspace in Amazon Keyspaces .
   *
   * <p>The <code>ReplicationSpecification</code> property applies automatically to all tables in
   * the keyspace.
   *
   * <p>To review the permissions that are required to add a new Region to a single-Region keyspace,
   * see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/howitworks_replication_permissions_addReplica.html">Configure
   * the IAM permissions required to add an AWS Region to a keyspace</a> in the <em>Amazon Keyspaces
   * Developer Guide</em> .
   *
   * <p>For more information about multi-Region replication, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/multiRegion-replication.html">Multi-Region
   * replication</a> in the <em>Amazon Keyspaces Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Cassandra::Keyspace.ReplicationSpecification}.
   */
  public static final class ReplicationSpecification extends Struct<ReplicationSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Keyspace.ReplicationSpecification")
        .constrain("RegionList", Constraint.of().pattern("^[a-z]{2,}-[a-z]+-[0-9]+$"))
        .allowed("ReplicationStrategy", "SINGLE_REGION", "MULTI_REGION")
        .build();

    public ReplicationSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies the AWS Regions that the keyspace is replicated in. You must specify at least two
     * Regions, including the Region that the keyspace is being created in.
     *
     * <p>To specify a Region <a
     * href="https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html#rande-manage-enable">that's
     * disabled by default</a> , you must first enable the Region. For more information, see <a
     * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/multiRegion-replication_how-it-works.html#howitworks_mrr_opt_in">Multi-Region
     * replication in AWS Regions disabled by default</a> in the <em>Amazon Keyspaces Developer
     * Guide</em> .
     *
     * <p>Changing it replaces the resource. Pattern: {@code ^[a-z]{2,}-[a-z]+-[0-9]+$}.
     * CloudFormation property {@code RegionList}.
     */
    public ReplicationSpecification regionList(List<String> value) {
      return set("RegionList", Value.listOf(value));
    }

    /** Sets {@code RegionList} to this value; see {@link #regionList(List)}. */
    public ReplicationSpecification regionList(Value<List<String>> value) {
      return set("RegionList", value);
    }

    /**
     * The options are:
     *
     * <ul> <li><code>SINGLE_REGION</code> (optional) <li><code>MULTI_REGION</code> </ul>
     *
     * <p>If no value is specified, the default is <code>SINGLE_REGION</code> . If
     * <code>MULTI_REGION</code> is specified, <code>RegionList</code> is required.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SINGLE_REGION}, {@code
     * MULTI_REGION}. CloudFormation property {@code ReplicationStrategy}.
     */
    public ReplicationSpecification replicationStrategy(String value) {
      return set("ReplicationStrategy", Value.of(value));
    }

    /** Sets {@code ReplicationStrategy} to this value; see {@link #replicationStrategy(String)}. */
    public ReplicationSpecification replicationStrategy(Value<String> value) {
      return set("ReplicationStrategy", value);
    }
  }
}
