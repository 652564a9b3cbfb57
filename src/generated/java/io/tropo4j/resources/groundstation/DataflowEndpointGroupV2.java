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
 * Creates a <code>DataflowEndpoint</code> group containing the specified list of Ground Station
 * Agent based endpoints.
 *
 * <p>The <code>name</code> field in each endpoint is used in your mission profile
 * <code>DataflowEndpointConfig</code> to specify which endpoints to use during a contact.
 *
 * <p>When a contact uses multiple <code>DataflowEndpointConfig</code> objects, each
 * <code>Config</code> must match a <code>DataflowEndpoint</code> in the same group.
 *
 * <p>CloudFormation type {@code AWS::GroundStation::DataflowEndpointGroupV2}.
 */
public final class DataflowEndpointGroupV2 extends Resource<DataflowEndpointGroupV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2")
      .constrain("ContactPostPassDurationSeconds", Constraint.of().minimum(30).maximum(480))
      .constrain("ContactPrePassDurationSeconds", Constraint.of().minimum(30).maximum(480))
      .refYields("Id")
      .attributes("Arn", "EndpointDetails", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataflowEndpointGroupV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Amount of time, in seconds, after a contact ends that the Ground Station Dataflow Endpoint
   * Group will be in a POSTPASS state.
   *
   * <p>Changing it replaces the resource. Range: 30 to 480. CloudFormation property {@code
   * ContactPostPassDurationSeconds}.
   */
  public DataflowEndpointGroupV2 contactPostPassDurationSeconds(int value) {
    return set("ContactPostPassDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code ContactPostPassDurationSeconds} to this value; see {@link
   * #contactPostPassDurationSeconds(int)}.
   */
  public DataflowEndpointGroupV2 contactPostPassDurationSeconds(Value<Integer> value) {
    return set("ContactPostPassDurationSeconds", value);
  }

  /**
   * Amount of time, in seconds, before a contact starts that the Ground Station Dataflow Endpoint
   * Group will be in a PREPASS state.
   *
   * <p>Changing it replaces the resource. Range: 30 to 480. CloudFormation property {@code
   * ContactPrePassDurationSeconds}.
   */
  public DataflowEndpointGroupV2 contactPrePassDurationSeconds(int value) {
    return set("ContactPrePassDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code ContactPrePassDurationSeconds} to this value; see {@link
   * #contactPrePassDurationSeconds(int)}.
   */
  public DataflowEndpointGroupV2 contactPrePassDurationSeconds(Value<Integer> value) {
    return set("ContactPrePassDurationSeconds", value);
  }

  /**
   * List of endpoints for the dataflow endpoint group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Endpoints}.
   */
  public DataflowEndpointGroupV2 endpoints(List<CreateEndpointDetails> value) {
    return set("Endpoints", Value.listOf(value));
  }

  /** Sets {@code Endpoints} to this value; see {@link #endpoints(List)}. */
  public DataflowEndpointGroupV2 endpoints(Value<List<CreateEndpointDetails>> value) {
    return set("Endpoints", value);
  }

  /** Sets {@code Endpoints} to a list of these; see {@link #endpoints(List)}. */
  public DataflowEndpointGroupV2 endpoints(CreateEndpointDetails... values) {
    return set("Endpoints", Value.list(values));
  }

  /**
   * Tags assigned to a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataflowEndpointGroupV2 tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataflowEndpointGroupV2 tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataflowEndpointGroupV2 tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Information about the endpoint details.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointDetails}.
   */
  public Value<List<EndpointDetails>> endpointDetails() {
    return getAtt("EndpointDetails");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Egress address of AgentEndpoint with an optional mtu.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.ConnectionDetails}.
   */
  public static final class ConnectionDetails extends Struct<ConnectionDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.ConnectionDetails")
        .required("SocketAddress")
        .constrain("Mtu", Constraint.of().minimum(1400).maximum(1500))
        .build();

    public ConnectionDetails() {
      super(SCHEMA);
    }

    /**
     * Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
     *
     * <p>Range: 1400 to 1500. CloudFormation property {@code Mtu}.
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
     * <p>Required. CloudFormation property {@code SocketAddress}.
     */
    public ConnectionDetails socketAddress(Value<SocketAddress> value) {
      return set("SocketAddress", value);
    }
  }

  /**
   * Endpoint definition used for creating a dataflow endpoint
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.CreateEndpointDetails}.
   */
  public static final class CreateEndpointDetails extends Struct<CreateEndpointDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroupV2.CreateEndpointDetails");

    public CreateEndpointDetails() {
      super(SCHEMA);
    }

    /**
     * Definition for a downlink agent endpoint
     *
     * <p>CloudFormation property {@code DownlinkAwsGroundStationAgentEndpoint}.
     */
    public CreateEndpointDetails downlinkAwsGroundStationAgentEndpoint(Value<DownlinkAwsGroundStationAgentEndpoint> value) {
      return set("DownlinkAwsGroundStationAgentEndpoint", value);
    }

    /**
     * Definition for an uplink agent endpoint
     *
     * <p>CloudFormation property {@code UplinkAwsGroundStationAgentEndpoint}.
     */
    public CreateEndpointDetails uplinkAwsGroundStationAgentEndpoint(Value<UplinkAwsGroundStationAgentEndpoint> value) {
      return set("UplinkAwsGroundStationAgentEndpoint", value);
    }
  }

  /**
   * Definition for a downlink agent endpoint
   *
   * <p>Property type {@code
   * AWS::GroundStation::DataflowEndpointGroupV2.DownlinkAwsGroundStationAgentEndpoint}.
   */
  public static final class DownlinkAwsGroundStationAgentEndpoint extends Struct<DownlinkAwsGroundStationAgentEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.DownlinkAwsGroundStationAgentEndpoint")
        .required("DataflowDetails", "Name")
        .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9_:-]{1,256}$"))
        .build();

    public DownlinkAwsGroundStationAgentEndpoint() {
      super(SCHEMA);
    }

    /**
     * Dataflow details for the downlink endpoint
     *
     * <p>Required. CloudFormation property {@code DataflowDetails}.
     */
    public DownlinkAwsGroundStationAgentEndpoint dataflowDetails(Value<DownlinkDataflowDetails> value) {
      return set("DataflowDetails", value);
    }

    /**
     * Downlink dataflow endpoint name
     *
     * <p>Required. Pattern: {@code ^[ a-zA-Z0-9_:-]{1,256}$}. CloudFormation property {@code Name}.
     */
    public DownlinkAwsGroundStationAgentEndpoint name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DownlinkAwsGroundStationAgentEndpoint name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Details for a downlink agent endpoint
   *
   * <p>Property type {@code
   * AWS::GroundStation::DataflowEndpointGroupV2.DownlinkAwsGroundStationAgentEndpointDetails}.
   */
  public static final class DownlinkAwsGroundStationAgentEndpointDetails extends Struct<DownlinkAwsGroundStationAgentEndpointDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.DownlinkAwsGroundStationAgentEndpointDetails")
        .required("DataflowDetails", "Name")
        .allowed("AgentStatus", "SUCCESS", "FAILED", "ACTIVE", "INACTIVE")
        .allowed("AuditResults", "HEALTHY", "UNHEALTHY")
        .build();

    public DownlinkAwsGroundStationAgentEndpointDetails() {
      super(SCHEMA);
    }

    /**
     * Status of the agent associated with the downlink dataflow endpoint
     *
     * <p>Allowed values: {@code SUCCESS}, {@code FAILED}, {@code ACTIVE}, {@code INACTIVE}.
     * CloudFormation property {@code AgentStatus}.
     */
    public DownlinkAwsGroundStationAgentEndpointDetails agentStatus(String value) {
      return set("AgentStatus", Value.of(value));
    }

    /** Sets {@code AgentStatus} to this value; see {@link #agentStatus(String)}. */
    public DownlinkAwsGroundStationAgentEndpointDetails agentStatus(Value<String> value) {
      return set("AgentStatus", value);
    }

    /**
     * Health audit results for the downlink dataflow endpoint
     *
     * <p>Allowed values: {@code HEALTHY}, {@code UNHEALTHY}. CloudFormation property {@code
     * AuditResults}.
     */
    public DownlinkAwsGroundStationAgentEndpointDetails auditResults(String value) {
      return set("AuditResults", Value.of(value));
    }

    /** Sets {@code AuditResults} to this value; see {@link #auditResults(String)}. */
    public DownlinkAwsGroundStationAgentEndpointDetails auditResults(Value<String> value) {
      return set("AuditResults", value);
    }

    /**
     * Dataflow details for the downlink endpoint
     *
     * <p>Required. CloudFormation property {@code DataflowDetails}.
     */
    public DownlinkAwsGroundStationAgentEndpointDetails dataflowDetails(Value<DownlinkDataflowDetails> value) {
      return set("DataflowDetails", value);
    }

    /**
     * Downlink dataflow endpoint name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public DownlinkAwsGroundStationAgentEndpointDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DownlinkAwsGroundStationAgentEndpointDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Connection details for Ground Station to Agent and Agent to customer
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.DownlinkConnectionDetails}.
   */
  public static final class DownlinkConnectionDetails extends Struct<DownlinkConnectionDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.DownlinkConnectionDetails")
        .required("AgentIpAndPortAddress", "EgressAddressAndPort")
        .build();

    public DownlinkConnectionDetails() {
      super(SCHEMA);
    }

    /**
     * Agent IP and port address for the downlink connection.
     *
     * <p>Required. CloudFormation property {@code AgentIpAndPortAddress}.
     */
    public DownlinkConnectionDetails agentIpAndPortAddress(Value<RangedConnectionDetails> value) {
      return set("AgentIpAndPortAddress", value);
    }

    /**
     * Egress address and port for the downlink connection.
     *
     * <p>Required. CloudFormation property {@code EgressAddressAndPort}.
     */
    public DownlinkConnectionDetails egressAddressAndPort(Value<ConnectionDetails> value) {
      return set("EgressAddressAndPort", value);
    }
  }

  /**
   * Dataflow details for a downlink endpoint
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.DownlinkDataflowDetails}.
   */
  public static final class DownlinkDataflowDetails extends Struct<DownlinkDataflowDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.DownlinkDataflowDetails")
        .required("AgentConnectionDetails")
        .build();

    public DownlinkDataflowDetails() {
      super(SCHEMA);
    }

    /**
     * Downlink connection details for customer to Agent and Agent to Ground Station
     *
     * <p>Required. CloudFormation property {@code AgentConnectionDetails}.
     */
    public DownlinkDataflowDetails agentConnectionDetails(Value<DownlinkConnectionDetails> value) {
      return set("AgentConnectionDetails", value);
    }
  }

  /**
   * Information about the endpoint details.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.EndpointDetails}.
   */
  public static final class EndpointDetails extends Struct<EndpointDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::GroundStation::DataflowEndpointGroupV2.EndpointDetails");

    public EndpointDetails() {
      super(SCHEMA);
    }

    /**
     * Definition for a downlink agent endpoint
     *
     * <p>CloudFormation property {@code DownlinkAwsGroundStationAgentEndpoint}.
     */
    public EndpointDetails downlinkAwsGroundStationAgentEndpoint(Value<DownlinkAwsGroundStationAgentEndpointDetails> value) {
      return set("DownlinkAwsGroundStationAgentEndpoint", value);
    }

    /**
     * Definition for an uplink agent endpoint
     *
     * <p>CloudFormation property {@code UplinkAwsGroundStationAgentEndpoint}.
     */
    public EndpointDetails uplinkAwsGroundStationAgentEndpoint(Value<UplinkAwsGroundStationAgentEndpointDetails> value) {
      return set("UplinkAwsGroundStationAgentEndpoint", value);
    }
  }

  /**
   * An integer range that has a minimum and maximum value.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.IntegerRange}.
   */
  public static final class IntegerRange extends Struct<IntegerRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.IntegerRange")
        .required("Maximum", "Minimum")
        .build();

    public IntegerRange() {
      super(SCHEMA);
    }

    /**
     * A maximum value.
     *
     * <p>Required. CloudFormation property {@code Maximum}.
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
     * <p>Required. CloudFormation property {@code Minimum}.
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
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.RangedConnectionDetails}.
   */
  public static final class RangedConnectionDetails extends Struct<RangedConnectionDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.RangedConnectionDetails")
        .required("SocketAddress")
        .constrain("Mtu", Constraint.of().minimum(1400).maximum(1500))
        .build();

    public RangedConnectionDetails() {
      super(SCHEMA);
    }

    /**
     * Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
     *
     * <p>Range: 1400 to 1500. CloudFormation property {@code Mtu}.
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
     * <p>Required. CloudFormation property {@code SocketAddress}.
     */
    public RangedConnectionDetails socketAddress(Value<RangedSocketAddress> value) {
      return set("SocketAddress", value);
    }
  }

  /**
   * A socket address with a port range.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.RangedSocketAddress}.
   */
  public static final class RangedSocketAddress extends Struct<RangedSocketAddress> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.RangedSocketAddress")
        .required("Name", "PortRange")
        .constrain("Name", Constraint.of().pattern("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"))
        .build();

    public RangedSocketAddress() {
      super(SCHEMA);
    }

    /**
     * IPv4 socket address.
     *
     * <p>Required. Pattern: {@code
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
     * <p>Required. CloudFormation property {@code PortRange}.
     */
    public RangedSocketAddress portRange(Value<IntegerRange> value) {
      return set("PortRange", value);
    }
  }

  /**
   * Information about the socket address.
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.SocketAddress}.
   */
  public static final class SocketAddress extends Struct<SocketAddress> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.SocketAddress")
        .required("Name", "Port")
        .build();

    public SocketAddress() {
      super(SCHEMA);
    }

    /**
     * Name of a socket address.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public SocketAddress name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SocketAddress name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Port of a socket address.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public SocketAddress port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public SocketAddress port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * Definition for an uplink agent endpoint
   *
   * <p>Property type {@code
   * AWS::GroundStation::DataflowEndpointGroupV2.UplinkAwsGroundStationAgentEndpoint}.
   */
  public static final class UplinkAwsGroundStationAgentEndpoint extends Struct<UplinkAwsGroundStationAgentEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.UplinkAwsGroundStationAgentEndpoint")
        .required("DataflowDetails", "Name")
        .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9_:-]{1,256}$"))
        .build();

    public UplinkAwsGroundStationAgentEndpoint() {
      super(SCHEMA);
    }

    /**
     * Dataflow details for the uplink endpoint
     *
     * <p>Required. CloudFormation property {@code DataflowDetails}.
     */
    public UplinkAwsGroundStationAgentEndpoint dataflowDetails(Value<UplinkDataflowDetails> value) {
      return set("DataflowDetails", value);
    }

    /**
     * Uplink dataflow endpoint name
     *
     * <p>Required. Pattern: {@code ^[ a-zA-Z0-9_:-]{1,256}$}. CloudFormation property {@code Name}.
     */
    public UplinkAwsGroundStationAgentEndpoint name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public UplinkAwsGroundStationAgentEndpoint name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Details for an uplink agent endpoint
   *
   * <p>Property type {@code
   * AWS::GroundStation::DataflowEndpointGroupV2.UplinkAwsGroundStationAgentEndpointDetails}.
   */
  public static final class UplinkAwsGroundStationAgentEndpointDetails extends Struct<UplinkAwsGroundStationAgentEndpointDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.UplinkAwsGroundStationAgentEndpointDetails")
        .required("DataflowDetails", "Name")
        .allowed("AgentStatus", "SUCCESS", "FAILED", "ACTIVE", "INACTIVE")
        .allowed("AuditResults", "HEALTHY", "UNHEALTHY")
        .build();

    public UplinkAwsGroundStationAgentEndpointDetails() {
      super(SCHEMA);
    }

    /**
     * Status of the agent associated with the uplink dataflow endpoint
     *
     * <p>Allowed values: {@code SUCCESS}, {@code FAILED}, {@code ACTIVE}, {@code INACTIVE}.
     * CloudFormation property {@code AgentStatus}.
     */
    public UplinkAwsGroundStationAgentEndpointDetails agentStatus(String value) {
      return set("AgentStatus", Value.of(value));
    }

    /** Sets {@code AgentStatus} to this value; see {@link #agentStatus(String)}. */
    public UplinkAwsGroundStationAgentEndpointDetails agentStatus(Value<String> value) {
      return set("AgentStatus", value);
    }

    /**
     * Health audit results for the uplink dataflow endpoint
     *
     * <p>Allowed values: {@code HEALTHY}, {@code UNHEALTHY}. CloudFormation property {@code
     * AuditResults}.
     */
    public UplinkAwsGroundStationAgentEndpointDetails auditResults(String value) {
      return set("AuditResults", Value.of(value));
    }

    /** Sets {@code AuditResults} to this value; see {@link #auditResults(String)}. */
    public UplinkAwsGroundStationAgentEndpointDetails auditResults(Value<String> value) {
      return set("AuditResults", value);
    }

    /**
     * Dataflow details for the uplink endpoint
     *
     * <p>Required. CloudFormation property {@code DataflowDetails}.
     */
    public UplinkAwsGroundStationAgentEndpointDetails dataflowDetails(Value<UplinkDataflowDetails> value) {
      return set("DataflowDetails", value);
    }

    /**
     * Uplink dataflow endpoint name
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public UplinkAwsGroundStationAgentEndpointDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public UplinkAwsGroundStationAgentEndpointDetails name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Connection details for customer to Agent and Agent to Ground Station
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.UplinkConnectionDetails}.
   */
  public static final class UplinkConnectionDetails extends Struct<UplinkConnectionDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.UplinkConnectionDetails")
        .required("AgentIpAndPortAddress", "IngressAddressAndPort")
        .build();

    public UplinkConnectionDetails() {
      super(SCHEMA);
    }

    /**
     * Agent IP and port address for the uplink connection.
     *
     * <p>Required. CloudFormation property {@code AgentIpAndPortAddress}.
     */
    public UplinkConnectionDetails agentIpAndPortAddress(Value<RangedConnectionDetails> value) {
      return set("AgentIpAndPortAddress", value);
    }

    /**
     * Ingress address and port for the uplink connection.
     *
     * <p>Required. CloudFormation property {@code IngressAddressAndPort}.
     */
    public UplinkConnectionDetails ingressAddressAndPort(Value<ConnectionDetails> value) {
      return set("IngressAddressAndPort", value);
    }
  }

  /**
   * Dataflow details for an uplink endpoint
   *
   * <p>Property type {@code AWS::GroundStation::DataflowEndpointGroupV2.UplinkDataflowDetails}.
   */
  public static final class UplinkDataflowDetails extends Struct<UplinkDataflowDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::GroundStation::DataflowEndpointGroupV2.UplinkDataflowDetails")
        .required("AgentConnectionDetails")
        .build();

    public UplinkDataflowDetails() {
      super(SCHEMA);
    }

    /**
     * Uplink connection details for customer to Agent and Agent to Ground Station
     *
     * <p>Required. CloudFormation property {@code AgentConnectionDetails}.
     */
    public UplinkDataflowDetails agentConnectionDetails(Value<UplinkConnectionDetails> value) {
      return set("AgentConnectionDetails", value);
    }
  }
}
