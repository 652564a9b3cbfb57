// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.groundstation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Dataflow Endpoint Group request.
 *
 * <p>Dataflow endpoint groups contain a list of endpoints. When the name of a dataflow endpoint
 * group is specified in a mission profile, the Ground Station service will connect to the endpoints
 * and flow data during a contact.
 *
 * <p>For more information about dataflow endpoint groups, see <a
 * href="https://docs.aws.amazon.com/ground-station/latest/ug/dataflowendpointgroups.html">Dataflow
 * Endpoint Groups</a> .
 *
 * <p>CloudFormation type {@code AWS::GroundStation::DataflowEndpointGroup}.
 */
public final class DataflowEndpointGroup extends Resource<DataflowEndpointGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroup")
      .required("EndpointDetails")
      .constrain("ContactPostPassDurationSeconds", Constraint.of().minimum(30).maximum(480))
      .constrain("ContactPrePassDurationSeconds", Constraint.of().minimum(30).maximum(480))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataflowEndpointGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Amount of time, in seconds, after a contact ends that the Ground Station Dataflow Endpoint
   * Group will be in a <code>POSTPASS</code> state. A Ground Station Dataflow Endpoint Group State
   * Change event will be emitted when the Dataflow Endpoint Group enters and exits the
   * <code>POSTPASS</code> state.
   *
   * <p>Changing it replaces the resource. Range: 30 to 480. CloudFormation property {@code
   * ContactPostPassDurationSeconds}.
   */
  public DataflowEndpointGroup contactPostPassDurationSeconds(int value) {
    return set("ContactPostPassDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code ContactPostPassDurationSeconds} to this value; see {@link
   * #contactPostPassDurationSeconds(int)}.
   */
  public DataflowEndpointGroup contactPostPassDurationSeconds(Value<Integer> value) {
    return set("ContactPostPassDurationSeconds", value);
  }

  /**
   * Amount of time, in seconds, before a contact starts that the Ground Station Dataflow Endpoint
   * Group will be in a <code>PREPASS</code> state. A Ground Station Dataflow Endpoint Group State
   * Change event will be emitted when the Dataflow Endpoint Group enters and exits the
   * <code>PREPASS</code> state.
   *
   * <p>Changing it replaces the resource. Range: 30 to 480. CloudFormation property {@code
   * ContactPrePassDurationSeconds}.
   */
  public DataflowEndpointGroup contactPrePassDurationSeconds(int value) {
    return set("ContactPrePassDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code ContactPrePassDurationSeconds} to this value; see {@link
   * #contactPrePassDurationSeconds(int)}.
   */
  public DataflowEndpointGroup contactPrePassDurationSeconds(Value<Integer> value) {
    return set("ContactPrePassDurationSeconds", value);
  }

  /**
   * List of Endpoint Details, containing address and port for each endpoint. All dataflow endpoints
   * within a single dataflow endpoint group must be of the same type. You cannot mix AWS Ground
   * Station Agent endpoints with Dataflow endpoints in the same group. If your use case requires
   * both types of endpoints, you must create separate dataflow endpoint groups for each type.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EndpointDetails}.
   */
  public DataflowEndpointGroup endpointDetails(List<EndpointDetails> value) {
    return set("EndpointDetails", Value.listOf(value));
  }

  /** Sets {@code EndpointDetails} to this value; see {@link #endpointDetails(List)}. */
  public DataflowEndpointGroup endpointDetails(Value<List<EndpointDetails>> value) {
    return set("EndpointDetails", value);
  }

  /** Sets {@code EndpointDetails} to a list of these; see {@link #endpointDetails(List)}. */
  public DataflowEndpointGroup endpointDetails(EndpointDetails... values) {
    return set("EndpointDetails", Value.list(values));
  }

  /**
   * Tags assigned to a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataflowEndpointGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataflowEndpointGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataflowEndpointGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the dataflow endpoint group, such as
   * <code>arn:aws:groundstation:us-east-2:1234567890:dataflow-endpoint-group/9940bf3b-d2ba-427e-9906-842b5e5d2296</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * UUID of a dataflow endpoint group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information about AwsGroundStationAgentEndpoint.
   *
   * <p>Property type {@code
   * AWS::GroundStation::DataflowEndpointGroup.AwsGroundStationAgentEndpoint}.
   */
  public static final class AwsGroundStationAgentEndpoint extends Struct<AwsGroundStationAgentEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroup.AwsGroundStationAgentEndpoint")
        .allowed("AgentStatus", "SUCCESS", "FAILED", "ACTIVE", "INACTIVE")
        .allowed("AuditResults", "HEALTHY", "UNHEALTHY")
        .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9_:-]{1,256}$"))
        .build();

    public AwsGroundStationAgentEndpoint() {
      super(SCHEMA);
    }

    /**
     * The status of AgentEndpoint.
     *
     * <p>Allowed values: {@code SUCCESS}, {@code FAILED}, {@code ACTIVE}, {@code INACTIVE}.
     * CloudFormation property {@code AgentStatus}.
     */
    public AwsGroundStationAgentEndpoint agentStatus(String value) {
      return set("AgentStatus", Value.of(value));
    }

    /** Sets {@code AgentStatus} to this value; see {@link #agentStatus(String)}. */
    public AwsGroundStationAgentEndpoint agentStatus(Value<String> value) {
      return set("AgentStatus", value);
    }

    /**
     * The results of the audit.
     *
     * <p>Allowed values: {@code HEALTHY}, {@code UNHEALTHY}. CloudFormation property {@code
     * AuditResults}.
     */
    public AwsGroundStationAgentEndpoint auditResults(String value) {
      return set("AuditResults", Value.of(value));
    }

    /** Sets {@code AuditResults} to this value; see {@link #auditResults(String)}. */
    public AwsGroundStationAgentEndpoint auditResults(Value<String> value) {
      return set("AuditResults", value);
    }

    /**
     * The egress address of AgentEndpoint.
     *
     * <p>CloudFormation property {@code EgressAddress}.
     */
    public AwsGroundStationAgentEndpoint egressAddress(Value<ConnectionDetails> value) {
      return set("EgressAddress", value);
    }

    /**
     * The ingress address of AgentEndpoint.
     *
     * <p>CloudFormation property {@code IngressAddress}.
     */
    public AwsGroundStationAgentEndpoint ingressAddress(Value<RangedConnectionDetails> value) {
      return set("IngressAddress", value);
    }

    /**
     * Name string associated with AgentEndpoint. Used as a human-readable identifier for
     * AgentEndpoint.
     *
     * <p>Pattern: {@code ^[ a-zA-Z0-9_:-]{1,256}$}. CloudFormation property {@code Name}.
     */
    public AwsGroundStationAgentEndpoint name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AwsGroundStationAgentEndpoint name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Egress address of AgentEndpoint with an optional mtu.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.ConnectionDetails}.
   */
  public static final class ConnectionDetails extends Struct<ConnectionDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroup.ConnectionDetails");

    public ConnectionDetails() {
      super(SCHEMA);
    }

    /**
     * Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
     *
     * <p>CloudFormation property {@code Mtu}.
     */
    public ConnectionDetails mtu(int value) {
      return set("Mtu", Value.of(value));
    }

    /** Sets {@code Mtu} to this value; see {@link #mtu(int)}. */
    public ConnectionDetails mtu(Value<Integer> value) {
      return set("Mtu", value);
    }

    /**
     * A socket address.
     *
     * <p>CloudFormation property {@code SocketAddress}.
     */
    public ConnectionDetails socketAddress(Value<SocketAddress> value) {
      return set("SocketAddress", value);
    }
  }

  /**
   * Contains information such as socket address and name that defines an endpoint.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.DataflowEndpoint}.
   */
  public static final class DataflowEndpoint extends Struct<DataflowEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroup.DataflowEndpoint")
        .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9_:-]{1,256}$"))
        .build();

    public DataflowEndpoint() {
      super(SCHEMA);
    }

    /**
     * The address and port of an endpoint.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public DataflowEndpoint address(Value<SocketAddress> value) {
      return set("Address", value);
    }

    /**
     * Maximum transmission unit (MTU) size in bytes of a dataflow endpoint. Valid values are
     * between 1400 and 1500. A default value of 1500 is used if not set.
     *
     * <p>CloudFormation property {@code Mtu}.
     */
    public DataflowEndpoint mtu(int value) {
      return set("Mtu", Value.of(value));
    }

    /** Sets {@code Mtu} to this value; see {@link #mtu(int)}. */
    public DataflowEndpoint mtu(Value<Integer> value) {
      return set("Mtu", value);
    }

    /**
     * The endpoint name.
     *
     * <p>When listing available contacts for a satellite, Ground Station searches for a dataflow
     * endpoint whose name matches the value specified by the dataflow endpoint config of the
     * selected mission profile. If no matching dataflow endpoints are found then Ground Station
     * will not display any available contacts for the satellite.
     *
     * <p>Pattern: {@code ^[ a-zA-Z0-9_:-]{1,256}$}. CloudFormation property {@code Name}.
     */
    public DataflowEndpoint name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataflowEndpoint name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The security details and endpoint information.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.EndpointDetails}.
   */
  public static final class EndpointDetails extends Struct<EndpointDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroup.EndpointDetails");

    public EndpointDetails() {
      super(SCHEMA);
    }

    /**
     * An agent endpoint.
     *
     * <p>CloudFormation property {@code AwsGroundStationAgentEndpoint}.
     */
    public EndpointDetails awsGroundStationAgentEndpoint(Value<AwsGroundStationAgentEndpoint> value) {
      return set("AwsGroundStationAgentEndpoint", value);
    }

    /**
     * Information about the endpoint such as name and the endpoint address.
     *
     * <p>CloudFormation property {@code Endpoint}.
     */
    public EndpointDetails endpoint(Value<DataflowEndpoint> value) {
      return set("Endpoint", value);
    }

    /**
     * The role ARN, and IDs for security groups and subnets.
     *
     * <p>CloudFormation property {@code SecurityDetails}.
     */
    public EndpointDetails securityDetails(Value<SecurityDetails> value) {
      return set("SecurityDetails", value);
    }
  }

  /**
   * An integer range that has a minimum and maximum value.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.IntegerRange}.
   */
  public static final class IntegerRange extends Struct<IntegerRange> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroup.IntegerRange");

    public IntegerRange() {
      super(SCHEMA);
    }

    /**
     * A maximum value.
     *
     * <p>CloudFormation property {@code Maximum}.
     */
    public IntegerRange maximum(int value) {
      return set("Maximum", Value.of(value));
    }

    /** Sets {@code Maximum} to this value; see {@link #maximum(int)}. */
    public IntegerRange maximum(Value<Integer> value) {
      return set("Maximum", value);
    }

    /**
     * A minimum value.
     *
     * <p>CloudFormation property {@code Minimum}.
     */
    public IntegerRange minimum(int value) {
      return set("Minimum", Value.of(value));
    }

    /** Sets {@code Minimum} to this value; see {@link #minimum(int)}. */
    public IntegerRange minimum(Value<Integer> value) {
      return set("Minimum", value);
    }
  }

  /**
   * Ingress address of AgentEndpoint with a port range and an optional mtu.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.RangedConnectionDetails}.
   */
  public static final class RangedConnectionDetails extends Struct<RangedConnectionDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroup.RangedConnectionDetails");

    public RangedConnectionDetails() {
      super(SCHEMA);
    }

    /**
     * Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
     *
     * <p>CloudFormation property {@code Mtu}.
     */
    public RangedConnectionDetails mtu(int value) {
      return set("Mtu", Value.of(value));
    }

    /** Sets {@code Mtu} to this value; see {@link #mtu(int)}. */
    public RangedConnectionDetails mtu(Value<Integer> value) {
      return set("Mtu", value);
    }

    /**
     * A ranged socket address.
     *
     * <p>CloudFormation property {@code SocketAddress}.
     */
    public RangedConnectionDetails socketAddress(Value<RangedSocketAddress> value) {
      return set("SocketAddress", value);
    }
  }

  /**
   * A socket address with a port range.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.RangedSocketAddress}.
   */
  public static final class RangedSocketAddress extends Struct<RangedSocketAddress> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroup.RangedSocketAddress")
        .constrain("Name", Constraint.of().pattern("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$").minLength(7).maxLength(16))
        .build();

    public RangedSocketAddress() {
      super(SCHEMA);
    }

    /**
     * IPv4 socket address.
     *
     * <p>Length: 7 to 16 characters. Pattern: {@code
     * ^&#92;d{1,3}&#92;.&#92;d{1,3}&#92;.&#92;d{1,3}&#92;.&#92;d{1,3}$}. CloudFormation property
     * {@code Name}.
     */
    public RangedSocketAddress name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RangedSocketAddress name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Port range of a socket address.
     *
     * <p>CloudFormation property {@code PortRange}.
     */
    public RangedSocketAddress portRange(Value<IntegerRange> value) {
      return set("PortRange", value);
    }
  }

  /**
   * Information about IAM roles, subnets, and security groups needed for this
   * DataflowEndpointGroup.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.SecurityDetails}.
   */
  public static final class SecurityDetails extends Struct<SecurityDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroup.SecurityDetails")
        .constrain("RoleArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(30).maxLength(165).format("AWS::IAM::Role.Arn"))
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public SecurityDetails() {
      super(SCHEMA);
    }

    /**
     * The ARN of a role which Ground Station has permission to assume, such as
     * <code>arn:aws:iam::1234567890:role/DataDeliveryServiceRole</code> .
     *
     * <p>Ground Station will assume this role and create an ENI in your VPC on the specified subnet
     * upon creation of a dataflow endpoint group. This ENI is used as the ingress/egress point for
     * data streamed during a satellite contact.
     *
     * <p>Length: 30 to 165 characters. Pattern: {@code ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public SecurityDetails roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SecurityDetails roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The security group Ids of the security role, such as <code>sg-1234567890abcdef0</code> .
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public SecurityDetails securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public SecurityDetails securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The subnet Ids of the security details, such as <code>subnet-12345678</code> .
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public SecurityDetails subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public SecurityDetails subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The address of the endpoint, such as <code>192.168.1.1</code> .
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroup.SocketAddress}.
   */
  public static final class SocketAddress extends Struct<SocketAddress> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroup.SocketAddress");

    public SocketAddress() {
      super(SCHEMA);
    }

    /**
     * The name of the endpoint, such as <code>Endpoint 1</code> .
     *
     * <p>CloudFormation property {@code Name}.
     */
    public SocketAddress name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SocketAddress name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The port of the endpoint, such as <code>55888</code> .
     *
     * <p>CloudFormation property {@code Port}.
     */
    public SocketAddress port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public SocketAddress port(Value<Integer> value) {
      return set("Port", value);
    }
  }
}
