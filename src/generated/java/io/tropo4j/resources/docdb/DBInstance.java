// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdb;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DocDB::DBInstance</code> Amazon DocumentDB (with MongoDB compatibility) resource
 * describes a DBInstance. For more information, see <a
 * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/API_DBInstance.html">DBInstance</a>
 * in the <em>Amazon DocumentDB Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::DocDB::DBInstance}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class DBInstance extends Resource<DBInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDB::DBInstance")
      .required("DBClusterIdentifier", "DBInstanceClass")
      .refYields("Id")
      .attributes("Endpoint", "Id", "Port")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This parameter does not apply to Amazon DocumentDB. Amazon DocumentDB does not perform minor
   * version upgrades regardless of the value set.
   *
   * <p>Default: <code>false</code>
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public DBInstance autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public DBInstance autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * The Amazon EC2 Availability Zone that the instance is created in.
   *
   * <p>Default: A random, system-chosen Availability Zone in the endpoint's AWS Region .
   *
   * <p>Example: <code>us-east-1d</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public DBInstance availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public DBInstance availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The identifier of the CA certificate for this DB instance.
   *
   * <p>CloudFormation property {@code CACertificateIdentifier}.
   */
  public DBInstance caCertificateIdentifier(String value) {
    return set("CACertificateIdentifier", Value.of(value));
  }

  /**
   * Sets {@code CACertificateIdentifier} to this value; see {@link
   * #caCertificateIdentifier(String)}.
   */
  public DBInstance caCertificateIdentifier(Value<String> value) {
    return set("CACertificateIdentifier", value);
  }

  /**
   * Specifies whether the DB instance is restarted when you rotate your SSL/TLS certificate.
   *
   * <p>By default, the DB instance is restarted when you rotate your SSL/TLS certificate. The
   * certificate is not updated until the DB instance is restarted.
   *
   * <p>Set this parameter only if you are <em>not</em> using SSL/TLS to connect to the DB instance.
   *
   * <p>If you are using SSL/TLS to connect to the DB instance, see <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/ca_cert_rotation.html">Updating
   * Your Amazon DocumentDB TLS Certificates</a> and <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html">Encrypting
   * Data in Transit</a> in the <em>Amazon DocumentDB Developer Guide</em> .
   *
   * <p>CloudFormation property {@code CertificateRotationRestart}.
   */
  public DBInstance certificateRotationRestart(boolean value) {
    return set("CertificateRotationRestart", Value.of(value));
  }

  /**
   * Sets {@code CertificateRotationRestart} to this value; see {@link
   * #certificateRotationRestart(boolean)}.
   */
  public DBInstance certificateRotationRestart(Value<Boolean> value) {
    return set("CertificateRotationRestart", value);
  }

  /**
   * The identifier of the cluster that the instance will belong to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DBClusterIdentifier}.
   */
  public DBInstance dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public DBInstance dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * The compute and memory capacity of the instance; for example, <code>db.m4.large</code> . If you
   * change the class of an instance there can be some interruption in the cluster's service.
   *
   * <p>Required. CloudFormation property {@code DBInstanceClass}.
   */
  public DBInstance dbInstanceClass(String value) {
    return set("DBInstanceClass", Value.of(value));
  }

  /** Sets {@code DBInstanceClass} to this value; see {@link #dbInstanceClass(String)}. */
  public DBInstance dbInstanceClass(Value<String> value) {
    return set("DBInstanceClass", value);
  }

  /**
   * The instance identifier. This parameter is stored as a lowercase string.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain from 1 to 63 letters, numbers, or hyphens. <li>The first character must
   * be a letter. <li>Cannot end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p>Example: <code>mydbinstance</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBInstanceIdentifier}.
   */
  public DBInstance dbInstanceIdentifier(String value) {
    return set("DBInstanceIdentifier", Value.of(value));
  }

  /** Sets {@code DBInstanceIdentifier} to this value; see {@link #dbInstanceIdentifier(String)}. */
  public DBInstance dbInstanceIdentifier(Value<String> value) {
    return set("DBInstanceIdentifier", value);
  }

  /**
   * A value that indicates whether to enable Performance Insights for the DB Instance. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/documentdb/latest/developerguide/performance-insights.html">Using
   * Amazon Performance Insights</a> .
   *
   * <p>CloudFormation property {@code EnablePerformanceInsights}.
   */
  public DBInstance enablePerformanceInsights(boolean value) {
    return set("EnablePerformanceInsights", Value.of(value));
  }

  /**
   * Sets {@code EnablePerformanceInsights} to this value; see {@link
   * #enablePerformanceInsights(boolean)}.
   */
  public DBInstance enablePerformanceInsights(Value<Boolean> value) {
    return set("EnablePerformanceInsights", value);
  }

  /**
   * The time range each week during which system maintenance can occur, in Universal Coordinated
   * Time (UTC).
   *
   * <p>Format: <code>ddd:hh24:mi-ddd:hh24:mi</code>
   *
   * <p>The default is a 30-minute window selected at random from an 8-hour block of time for each
   * AWS Region , occurring on a random day of the week.
   *
   * <p>Valid days: Mon, Tue, Wed, Thu, Fri, Sat, Sun
   *
   * <p>Constraints: Minimum 30-minute window.
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public DBInstance preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public DBInstance preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * The tags to be assigned to the instance. You can assign up to 10 tags to an instance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The connection endpoint for the instance. For example:
   * <code>sample-cluster.cluster-abcdefghijkl.us-east-1.docdb.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The port number on which the database accepts connections, such as <code>27017</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<String> port() {
    return getAtt("Port");
  }
}
