// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::RDS::GlobalCluster</code> resource creates or updates an Amazon Aurora global
 * database spread across multiple AWS Regions.
 *
 * <p>The global database contains a single primary cluster with read-write capability, and a
 * read-only secondary cluster that receives data from the primary cluster through high-speed
 * replication performed by the Aurora storage subsystem.
 *
 * <p>You can create a global database that is initially empty, and then add a primary cluster and a
 * secondary cluster to it.
 *
 * <p>For information about Aurora global databases, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html">Working
 * with Amazon Aurora Global Databases</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RDS::GlobalCluster}.
 */
public final class GlobalCluster extends Resource<GlobalCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::GlobalCluster")
      .allowed("Engine", "aurora", "aurora-mysql", "aurora-postgresql")
      .constrain("GlobalClusterIdentifier", Constraint.of().pattern("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .references("SourceDBClusterIdentifier", "AWS::RDS::DBCluster.Ref")
      .refYields("GlobalClusterIdentifier")
      .attributes("GlobalEndpoint")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GlobalCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to enable deletion protection for the new global database cluster. The global
   * database can't be deleted when deletion protection is enabled.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public GlobalCluster deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public GlobalCluster deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The database engine to use for this global database cluster.
   *
   * <p>Valid Values: <code>aurora-mysql | aurora-postgresql</code>
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't be specified if <code>SourceDBClusterIdentifier</code> is specified. In this
   * case, Amazon Aurora uses the engine of the source DB cluster. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code aurora}, {@code aurora-mysql},
   * {@code aurora-postgresql}. CloudFormation property {@code Engine}.
   */
  public GlobalCluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public GlobalCluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The life cycle type for this global database cluster.
   *
   * <p>By default, this value is set to <code>open-source-rds-extended-support</code> , which
   * enrolls your global cluster into Amazon RDS Extended Support. At the end of standard support,
   * you can avoid charges for Extended Support by setting the value to
   * <code>open-source-rds-extended-support-disabled</code> . In this case, creating the global
   * cluster will fail if the DB major version is past its end of standard support date.
   *
   * <p>This setting only applies to Aurora PostgreSQL-based global databases.
   *
   * <p>You can use this setting to enroll your global cluster into Amazon RDS Extended Support.
   * With RDS Extended Support, you can run the selected major engine version on your global cluster
   * past the end of standard support for that engine version. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html">Amazon
   * RDS Extended Support with Amazon Aurora</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Valid Values: <code>open-source-rds-extended-support |
   * open-source-rds-extended-support-disabled</code>
   *
   * <p>Default: <code>open-source-rds-extended-support</code>
   *
   * <p>CloudFormation property {@code EngineLifecycleSupport}.
   */
  public GlobalCluster engineLifecycleSupport(String value) {
    return set("EngineLifecycleSupport", Value.of(value));
  }

  /**
   * Sets {@code EngineLifecycleSupport} to this value; see {@link #engineLifecycleSupport(String)}.
   */
  public GlobalCluster engineLifecycleSupport(Value<String> value) {
    return set("EngineLifecycleSupport", value);
  }

  /**
   * The engine version to use for this global database cluster.
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't be specified if <code>SourceDBClusterIdentifier</code> is specified. In this
   * case, Amazon Aurora uses the engine version of the source DB cluster. </ul>
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public GlobalCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public GlobalCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The cluster identifier for this global database cluster. This parameter is stored as a
   * lowercase string.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code GlobalClusterIdentifier}.
   */
  public GlobalCluster globalClusterIdentifier(String value) {
    return set("GlobalClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code GlobalClusterIdentifier} to this value; see {@link
   * #globalClusterIdentifier(String)}.
   */
  public GlobalCluster globalClusterIdentifier(Value<String> value) {
    return set("GlobalClusterIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) to use as the primary cluster of the global database.
   *
   * <p>If you provide a value for this parameter, don't specify values for the following settings
   * because Amazon Aurora uses the values from the specified source DB cluster:
   *
   * <ul> <li><code>DatabaseName</code> <li><code>Engine</code> <li><code>EngineVersion</code>
   * <li><code>StorageEncrypted</code> </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SourceDBClusterIdentifier}.
   */
  public GlobalCluster sourceDBClusterIdentifier(String value) {
    return set("SourceDBClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SourceDBClusterIdentifier} to this value; see {@link
   * #sourceDBClusterIdentifier(String)}.
   */
  public GlobalCluster sourceDBClusterIdentifier(Value<String> value) {
    return set("SourceDBClusterIdentifier", value);
  }

  /**
   * Sets {@code SourceDBClusterIdentifier} to the Ref of {@code AWS::RDS::DBCluster}; see {@link
   * #sourceDBClusterIdentifier(String)}.
   */
  public GlobalCluster sourceDBClusterIdentifier(DBCluster resource) {
    return set("SourceDBClusterIdentifier", resource.ref());
  }

  /**
   * Specifies whether to enable storage encryption for the new global database cluster.
   *
   * <p>Constraints:
   *
   * <ul> <li>Can't be specified if <code>SourceDBClusterIdentifier</code> is specified. In this
   * case, Amazon Aurora uses the setting from the source DB cluster. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageEncrypted}.
   */
  public GlobalCluster storageEncrypted(boolean value) {
    return set("StorageEncrypted", Value.of(value));
  }

  /** Sets {@code StorageEncrypted} to this value; see {@link #storageEncrypted(boolean)}. */
  public GlobalCluster storageEncrypted(Value<Boolean> value) {
    return set("StorageEncrypted", value);
  }

  /**
   * Metadata assigned to an Amazon RDS resource consisting of a key-value pair.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html">Tagging Amazon
   * RDS resources</a> in the <em>Amazon RDS User Guide</em> or <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html">Tagging
   * Amazon Aurora and Amazon RDS resources</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GlobalCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GlobalCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GlobalCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code GlobalEndpoint}. */
  public Value<GlobalEndpoint> globalEndpoint() {
    return getAtt("GlobalEndpoint");
  }

  /**
   * The writer endpoint for the new global database cluster. This endpoint always points to the
   * writer DB instance in the current primary cluster.
   *
   * <p>Property type {@code AWS::RDS::GlobalCluster.GlobalEndpoint}.
   */
  public static final class GlobalEndpoint extends Struct<GlobalEndpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::RDS::GlobalCluster.GlobalEndpoint");

    public GlobalEndpoint() {
      super(SCHEMA);
    }

    /**
     * The writer endpoint for the new global database cluster. This endpoint always points to the
     * writer DB instance in the current primary cluster.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public GlobalEndpoint address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public GlobalEndpoint address(Value<String> value) {
      return set("Address", value);
    }
  }
}
