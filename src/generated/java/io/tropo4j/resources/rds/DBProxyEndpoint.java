// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * The <code>AWS::RDS::DBProxyEndpoint</code> resource creates or updates a DB proxy endpoint. You
 * can use custom proxy endpoints to access a proxy through a different VPC than the proxy's default
 * VPC.
 *
 * <p>For more information about RDS Proxy, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbproxy.html">AWS::RDS::DBProxy</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBProxyEndpoint}.
 */
public final class DBProxyEndpoint extends Resource<DBProxyEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxyEndpoint")
      .required("DBProxyEndpointName", "DBProxyName", "VpcSubnetIds")
      .constrain("DBProxyEndpointName", Constraint.of().pattern("[0-z]*").minLength(1).maxLength(64))
      .constrain("DBProxyName", Constraint.of().pattern("[0-z]*").minLength(1).maxLength(64))
      .allowed("EndpointNetworkType", "IPV4", "IPV6", "DUAL")
      .allowed("TargetRole", "READ_WRITE", "READ_ONLY")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .references("VpcSubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("DBProxyEndpointName")
      .attributes("DBProxyEndpointArn", "Endpoint", "IsDefault", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBProxyEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the DB proxy endpoint to create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [0-z]*}. CloudFormation property {@code DBProxyEndpointName}.
   */
  public DBProxyEndpoint dbProxyEndpointName(String value) {
    return set("DBProxyEndpointName", Value.of(value));
  }

  /** Sets {@code DBProxyEndpointName} to this value; see {@link #dbProxyEndpointName(String)}. */
  public DBProxyEndpoint dbProxyEndpointName(Value<String> value) {
    return set("DBProxyEndpointName", value);
  }

  /**
   * The name of the DB proxy associated with the DB proxy endpoint that you create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [0-z]*}. CloudFormation property {@code DBProxyName}.
   */
  public DBProxyEndpoint dbProxyName(String value) {
    return set("DBProxyName", Value.of(value));
  }

  /** Sets {@code DBProxyName} to this value; see {@link #dbProxyName(String)}. */
  public DBProxyEndpoint dbProxyName(Value<String> value) {
    return set("DBProxyName", value);
  }

  /**
   * The network type of the DB proxy endpoint. The network type determines the IP version that the
   * proxy endpoint supports.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>IPV4</code> - The proxy endpoint supports IPv4 only. <li><code>IPV6</code> - The
   * proxy endpoint supports IPv6 only. <li><code>DUAL</code> - The proxy endpoint supports both
   * IPv4 and IPv6. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code IPV6}, {@code DUAL}.
   * CloudFormation property {@code EndpointNetworkType}.
   */
  public DBProxyEndpoint endpointNetworkType(String value) {
    return set("EndpointNetworkType", Value.of(value));
  }

  /** Sets {@code EndpointNetworkType} to this value; see {@link #endpointNetworkType(String)}. */
  public DBProxyEndpoint endpointNetworkType(Value<String> value) {
    return set("EndpointNetworkType", value);
  }

  /**
   * An optional set of key-value pairs to associate arbitrary data of your choosing with the proxy.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBProxyEndpoint tags(List<TagFormat> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBProxyEndpoint tags(Value<List<TagFormat>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public DBProxyEndpoint tags(TagFormat... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBProxyEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A value that indicates whether the DB proxy endpoint can be used for read/write or read-only
   * operations.
   *
   * <p>Allowed values: {@code READ_WRITE}, {@code READ_ONLY}. CloudFormation property {@code
   * TargetRole}.
   */
  public DBProxyEndpoint targetRole(String value) {
    return set("TargetRole", Value.of(value));
  }

  /** Sets {@code TargetRole} to this value; see {@link #targetRole(String)}. */
  public DBProxyEndpoint targetRole(Value<String> value) {
    return set("TargetRole", value);
  }

  /**
   * The VPC security group IDs for the DB proxy endpoint that you create. You can specify a
   * different set of security group IDs than for the original DB proxy. The default is the default
   * security group for the VPC.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * VpcSecurityGroupIds}.
   */
  public DBProxyEndpoint vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public DBProxyEndpoint vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * Sets {@code VpcSecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #vpcSecurityGroupIds(List)}.
   */
  public DBProxyEndpoint vpcSecurityGroupIds(SecurityGroup... resources) {
    return set("VpcSecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The VPC subnet IDs for the DB proxy endpoint that you create. You can specify a different set
   * of subnet IDs than for the original DB proxy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcSubnetIds}.
   */
  public DBProxyEndpoint vpcSubnetIds(List<String> value) {
    return set("VpcSubnetIds", Value.listOf(value));
  }

  /** Sets {@code VpcSubnetIds} to this value; see {@link #vpcSubnetIds(List)}. */
  public DBProxyEndpoint vpcSubnetIds(Value<List<String>> value) {
    return set("VpcSubnetIds", value);
  }

  /**
   * Sets {@code VpcSubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #vpcSubnetIds(List)}.
   */
  public DBProxyEndpoint vpcSubnetIds(Subnet... resources) {
    return set("VpcSubnetIds", Value.refs(resources));
  }

  /**
   * The Amazon Resource Name (ARN) for the DB proxy endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBProxyEndpointArn}.
   */
  public Value<String> dbProxyEndpointArn() {
    return getAtt("DBProxyEndpointArn");
  }

  /**
   * The endpoint that you can use to connect to the DB proxy. You include the endpoint value in the
   * connection string for a database client application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * Indicates whether this endpoint is the default endpoint for the associated DB proxy. Default DB
   * proxy endpoints always have read/write capability. Other endpoints that you associate with the
   * DB proxy can be either read/write or read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * Provides the VPC ID of the DB proxy endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
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
   * <p>Property type {@code AWS::RDS::DBProxyEndpoint.TagFormat}.
   */
  public static final class TagFormat extends Struct<TagFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxyEndpoint.TagFormat")
        .constrain("Key", Constraint.of().pattern("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*").maxLength(128))
        .constrain("Value", Constraint.of().pattern("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*").maxLength(128))
        .build();

    public TagFormat() {
      super(SCHEMA);
    }

    /**
     * A key is the required name of the tag. The string value can be from 1 to 128 Unicode
     * characters in length and can't be prefixed with <code>aws:</code> or <code>rds:</code> . The
     * string can only contain only the set of Unicode letters, digits, white-space, '_', '.', ':',
     * '/', '=', '+', '-', '&#64;' (Java regex:
     * "^([&#92;&#92;p{L}&#92;&#92;p{Z}&#92;&#92;p{N}_.:/=+&#92;&#92;-&#64;]*)$").
     *
     * <p>Length: at most 128 characters. Pattern: {@code
     * (&#92;w|&#92;d|&#92;s|&#92;&#92;|-|&#92;.:=+-)*}. CloudFormation property {@code Key}.
     */
    public TagFormat key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagFormat key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * A value is the optional value of the tag. The string value can be from 1 to 256 Unicode
     * characters in length and can't be prefixed with <code>aws:</code> or <code>rds:</code> . The
     * string can only contain only the set of Unicode letters, digits, white-space, '_', '.', ':',
     * '/', '=', '+', '-', '&#64;' (Java regex:
     * "^([&#92;&#92;p{L}&#92;&#92;p{Z}&#92;&#92;p{N}_.:/=+&#92;&#92;-&#64;]*)$").
     *
     * <p>Length: at most 128 characters. Pattern: {@code
     * (&#92;w|&#92;d|&#92;s|&#92;&#92;|-|&#92;.:=+-)*}. CloudFormation property {@code Value}.
     */
    public TagFormat value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagFormat value(Value<String> value) {
      return set("Value", value);
    }
  }
}
