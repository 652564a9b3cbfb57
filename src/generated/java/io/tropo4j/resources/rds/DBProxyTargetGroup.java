// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::RDS::DBProxyTargetGroup</code> resource represents a set of RDS DB instances,
 * Aurora DB clusters, or both that a proxy can connect to. Currently, each target group is
 * associated with exactly one RDS DB instance or Aurora DB cluster.
 *
 * <p>This data type is used as a response element in the <code>DescribeDBProxyTargetGroups</code>
 * action.
 *
 * <p>For information about RDS Proxy for Amazon RDS, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html">Managing Connections
 * with Amazon RDS Proxy</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>For information about RDS Proxy for Amazon Aurora, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html">Managing
 * Connections with Amazon RDS Proxy</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>For a sample template that creates a DB proxy and registers a DB instance, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbproxy.html#aws-resource-rds-dbproxy--examples">Examples</a>
 * in AWS::RDS::DBProxy.
 *
 * <p>Limitations apply to RDS Proxy, including DB engine version limitations and AWS Region
 * limitations. For information about limitations that apply to RDS Proxy for Amazon RDS, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html#rds-proxy.limitations">Limitations
 * for RDS Proxy</a> in the <em>Amazon RDS User Guide</em> . For information about that apply to RDS
 * Proxy for Amazon Aurora, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html#rds-proxy.limitations">Limitations
 * for RDS Proxy</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBProxyTargetGroup}.
 */
public final class DBProxyTargetGroup extends Resource<DBProxyTargetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxyTargetGroup")
      .required("DBProxyName", "TargetGroupName")
      .references("DBClusterIdentifiers", "AWS::RDS::DBCluster.Ref")
      .constrain("DBProxyName", Constraint.of().pattern("[A-z][0-z]*").minLength(1).maxLength(64))
      .references("DBProxyName", "AWS::RDS::DBProxy.Ref")
      .allowed("TargetGroupName", "default")
      .constrain("TargetGroupName", Constraint.of().minLength(1).maxLength(63))
      .refYields("TargetGroupArn")
      .attributes("TargetGroupArn")
      .build();

  public DBProxyTargetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Displays the settings that control the size and behavior of the connection pool associated with
   * a <code>DBProxyTarget</code> .
   *
   * <p>CloudFormation property {@code ConnectionPoolConfigurationInfo}.
   */
  public DBProxyTargetGroup connectionPoolConfigurationInfo(Value<ConnectionPoolConfigurationInfoFormat> value) {
    return set("ConnectionPoolConfigurationInfo", value);
  }

  /**
   * One or more DB cluster identifiers.
   *
   * <p>CloudFormation property {@code DBClusterIdentifiers}.
   */
  public DBProxyTargetGroup dbClusterIdentifiers(List<String> value) {
    return set("DBClusterIdentifiers", Value.listOf(value));
  }

  /** Sets {@code DBClusterIdentifiers} to this value; see {@link #dbClusterIdentifiers(List)}. */
  public DBProxyTargetGroup dbClusterIdentifiers(Value<List<String>> value) {
    return set("DBClusterIdentifiers", value);
  }

  /**
   * Sets {@code DBClusterIdentifiers} to the Ref of each {@code AWS::RDS::DBCluster}; see {@link
   * #dbClusterIdentifiers(List)}.
   */
  public DBProxyTargetGroup dbClusterIdentifiers(DBCluster... resources) {
    return set("DBClusterIdentifiers", Value.refs(resources));
  }

  /**
   * One or more DB instance identifiers.
   *
   * <p>CloudFormation property {@code DBInstanceIdentifiers}.
   */
  public DBProxyTargetGroup dbInstanceIdentifiers(List<String> value) {
    return set("DBInstanceIdentifiers", Value.listOf(value));
  }

  /** Sets {@code DBInstanceIdentifiers} to this value; see {@link #dbInstanceIdentifiers(List)}. */
  public DBProxyTargetGroup dbInstanceIdentifiers(Value<List<String>> value) {
    return set("DBInstanceIdentifiers", value);
  }

  /**
   * The identifier of the <code>DBProxy</code> that is associated with the
   * <code>DBProxyTargetGroup</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [A-z][0-z]*}. CloudFormation property {@code DBProxyName}.
   */
  public DBProxyTargetGroup dbProxyName(String value) {
    return set("DBProxyName", Value.of(value));
  }

  /** Sets {@code DBProxyName} to this value; see {@link #dbProxyName(String)}. */
  public DBProxyTargetGroup dbProxyName(Value<String> value) {
    return set("DBProxyName", value);
  }

  /**
   * Sets {@code DBProxyName} to the Ref of {@code AWS::RDS::DBProxy}; see {@link
   * #dbProxyName(String)}.
   */
  public DBProxyTargetGroup dbProxyName(DBProxy resource) {
    return set("DBProxyName", resource.ref());
  }

  /**
   * The identifier for the target group.
   *
   * <p>Currently, this property must be set to <code>default</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code default}. Length: 1 to
   * 63 characters. CloudFormation property {@code TargetGroupName}.
   */
  public DBProxyTargetGroup targetGroupName(String value) {
    return set("TargetGroupName", Value.of(value));
  }

  /** Sets {@code TargetGroupName} to this value; see {@link #targetGroupName(String)}. */
  public DBProxyTargetGroup targetGroupName(Value<String> value) {
    return set("TargetGroupName", value);
  }

  /**
   * The Amazon Resource Name (ARN) representing the target group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetGroupArn}.
   */
  public Value<String> targetGroupArn() {
    return getAtt("TargetGroupArn");
  }

  /**
   * Specifies the settings that control the size and behavior of the connection pool associated
   * with a <code>DBProxyTargetGroup</code> .
   *
   * <p>Property type {@code AWS::RDS::DBProxyTargetGroup.ConnectionPoolConfigurationInfoFormat}.
   */
  public static final class ConnectionPoolConfigurationInfoFormat extends Struct<ConnectionPoolConfigurationInfoFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxyTargetGroup.ConnectionPoolConfigurationInfoFormat")
        .constrain("MaxConnectionsPercent", Constraint.of().minimum(0).maximum(100))
        .constrain("MaxIdleConnectionsPercent", Constraint.of().minimum(0).maximum(100))
        .build();

    public ConnectionPoolConfigurationInfoFormat() {
      super(SCHEMA);
    }

    /**
     * The number of seconds for a proxy to wait for a connection to become available in the
     * connection pool. This setting only applies when the proxy has opened its maximum number of
     * connections and all connections are busy with client sessions.
     *
     * <p>Default: <code>120</code>
     *
     * <p>Constraints:
     *
     * <ul> <li>Must be between 0 and 300. </ul>
     *
     * <p>CloudFormation property {@code ConnectionBorrowTimeout}.
     */
    public ConnectionPoolConfigurationInfoFormat connectionBorrowTimeout(int value) {
      return set("ConnectionBorrowTimeout", Value.of(value));
    }

    /**
     * Sets {@code ConnectionBorrowTimeout} to this value; see {@link
     * #connectionBorrowTimeout(int)}.
     */
    public ConnectionPoolConfigurationInfoFormat connectionBorrowTimeout(Value<Integer> value) {
      return set("ConnectionBorrowTimeout", value);
    }

    /**
     * Add an initialization query, or modify the current one. You can specify one or more SQL
     * statements for the proxy to run when opening each new database connection. The setting is
     * typically used with <code>SET</code> statements to make sure that each connection has
     * identical settings. Make sure the query added here is valid. This is an optional field, so
     * you can choose to leave it empty. For including multiple variables in a single SET statement,
     * use a comma separator.
     *
     * <p>For example: <code>SET variable1=value1, variable2=value2</code>
     *
     * <p>Default: no initialization query
     *
     * <p>Since you can access initialization query as part of target group configuration, it is not
     * protected by authentication or cryptographic methods. Anyone with access to view or manage
     * your proxy target group configuration can view the initialization query. You should not add
     * sensitive data, such as passwords or long-lived encryption keys, to this option.
     *
     * <p>CloudFormation property {@code InitQuery}.
     */
    public ConnectionPoolConfigurationInfoFormat initQuery(String value) {
      return set("InitQuery", Value.of(value));
    }

    /** Sets {@code InitQuery} to this value; see {@link #initQuery(String)}. */
    public ConnectionPoolConfigurationInfoFormat initQuery(Value<String> value) {
      return set("InitQuery", value);
    }

    /**
     * The maximum size of the connection pool for each target in a target group. The value is
     * expressed as a percentage of the <code>max_connections</code> setting for the RDS DB instance
     * or Aurora DB cluster used by the target group.
     *
     * <p>If you specify <code>MaxIdleConnectionsPercent</code> , then you must also include a value
     * for this parameter.
     *
     * <p>Default: <code>10</code> for RDS for Microsoft SQL Server, and <code>100</code> for all
     * other engines
     *
     * <p>Constraints:
     *
     * <ul> <li>Must be between 1 and 100. </ul>
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxConnectionsPercent}.
     */
    public ConnectionPoolConfigurationInfoFormat maxConnectionsPercent(int value) {
      return set("MaxConnectionsPercent", Value.of(value));
    }

    /**
     * Sets {@code MaxConnectionsPercent} to this value; see {@link #maxConnectionsPercent(int)}.
     */
    public ConnectionPoolConfigurationInfoFormat maxConnectionsPercent(Value<Integer> value) {
      return set("MaxConnectionsPercent", value);
    }

    /**
     * A value that controls how actively the proxy closes idle database connections in the
     * connection pool. The value is expressed as a percentage of the <code>max_connections</code>
     * setting for the RDS DB instance or Aurora DB cluster used by the target group. With a high
     * value, the proxy leaves a high percentage of idle database connections open. A low value
     * causes the proxy to close more idle connections and return them to the database.
     *
     * <p>If you specify this parameter, then you must also include a value for
     * <code>MaxConnectionsPercent</code> .
     *
     * <p>Default: The default value is half of the value of <code>MaxConnectionsPercent</code> .
     * For example, if <code>MaxConnectionsPercent</code> is 80, then the default value of
     * <code>MaxIdleConnectionsPercent</code> is 40. If the value of
     * <code>MaxConnectionsPercent</code> isn't specified, then for SQL Server,
     * <code>MaxIdleConnectionsPercent</code> is <code>5</code> , and for all other engines, the
     * default is <code>50</code> .
     *
     * <p>Constraints:
     *
     * <ul> <li>Must be between 0 and the value of <code>MaxConnectionsPercent</code> . </ul>
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxIdleConnectionsPercent}.
     */
    public ConnectionPoolConfigurationInfoFormat maxIdleConnectionsPercent(int value) {
      return set("MaxIdleConnectionsPercent", Value.of(value));
    }

    /**
     * Sets {@code MaxIdleConnectionsPercent} to this value; see {@link
     * #maxIdleConnectionsPercent(int)}.
     */
    public ConnectionPoolConfigurationInfoFormat maxIdleConnectionsPercent(Value<Integer> value) {
      return set("MaxIdleConnectionsPercent", value);
    }

    /**
     * Each item in the list represents a class of SQL operations that normally cause all later
     * statements in a session using a proxy to be pinned to the same underlying database
     * connection. Including an item in the list exempts that class of SQL operations from the
     * pinning behavior.
     *
     * <p>Default: no session pinning filters
     *
     * <p>CloudFormation property {@code SessionPinningFilters}.
     */
    public ConnectionPoolConfigurationInfoFormat sessionPinningFilters(List<String> value) {
      return set("SessionPinningFilters", Value.listOf(value));
    }

    /**
     * Sets {@code SessionPinningFilters} to this value; see {@link #sessionPinningFilters(List)}.
     */
    public ConnectionPoolConfigurationInfoFormat sessionPinningFilters(Value<List<String>> value) {
      return set("SessionPinningFilters", value);
    }
  }
}
