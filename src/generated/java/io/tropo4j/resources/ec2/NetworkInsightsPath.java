// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a path to analyze for reachability.
 *
 * <p>VPC Reachability Analyzer enables you to analyze and debug network reachability between two
 * resources in your virtual private cloud (VPC). For more information, see the <a
 * href="https://docs.aws.amazon.com/vpc/latest/reachability/what-is-reachability-analyzer.html">Reachability
 * Analyzer User Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInsightsPath}.
 */
public final class NetworkInsightsPath extends Resource<NetworkInsightsPath> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsPath")
      .required("Protocol", "Source")
      .constrain("DestinationIp", Constraint.of().pattern("^([0-9]{1,3}.){3}[0-9]{1,3}$").minLength(0).maxLength(15))
      .constrain("DestinationPort", Constraint.of().minimum(0).maximum(65535))
      .allowed("Protocol", "tcp", "udp")
      .constrain("SourceIp", Constraint.of().pattern("^([0-9]{1,3}.){3}[0-9]{1,3}$").minLength(0).maxLength(15))
      .refYields("NetworkInsightsPathId")
      .attributes("CreatedDate", "DestinationArn", "NetworkInsightsPathArn",
          "NetworkInsightsPathId", "SourceArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkInsightsPath(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID or ARN of the destination. If the resource is in another account, you must specify an
   * ARN.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Destination}.
   */
  public NetworkInsightsPath destination(String value) {
    return set("Destination", Value.of(value));
  }

  /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
  public NetworkInsightsPath destination(Value<String> value) {
    return set("Destination", value);
  }

  /**
   * The IP address of the destination.
   *
   * <p>Changing it replaces the resource. Length: 0 to 15 characters. Pattern: {@code
   * ^([0-9]{1,3}.){3}[0-9]{1,3}$}. CloudFormation property {@code DestinationIp}.
   */
  public NetworkInsightsPath destinationIp(String value) {
    return set("DestinationIp", Value.of(value));
  }

  /** Sets {@code DestinationIp} to this value; see {@link #destinationIp(String)}. */
  public NetworkInsightsPath destinationIp(Value<String> value) {
    return set("DestinationIp", value);
  }

  /**
   * The destination port.
   *
   * <p>Changing it replaces the resource. Range: 0 to 65535. CloudFormation property {@code
   * DestinationPort}.
   */
  public NetworkInsightsPath destinationPort(int value) {
    return set("DestinationPort", Value.of(value));
  }

  /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(int)}. */
  public NetworkInsightsPath destinationPort(Value<Integer> value) {
    return set("DestinationPort", value);
  }

  /**
   * Scopes the analysis to network paths that match specific filters at the destination. If you
   * specify this parameter, you can't specify the parameter for the destination IP address.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FilterAtDestination}.
   */
  public NetworkInsightsPath filterAtDestination(Value<PathFilter> value) {
    return set("FilterAtDestination", value);
  }

  /**
   * Scopes the analysis to network paths that match specific filters at the source. If you specify
   * this parameter, you can't specify the parameters for the source IP address or the destination
   * port.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FilterAtSource}.
   */
  public NetworkInsightsPath filterAtSource(Value<PathFilter> value) {
    return set("FilterAtSource", value);
  }

  /**
   * The protocol.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code tcp}, {@code udp}.
   * CloudFormation property {@code Protocol}.
   */
  public NetworkInsightsPath protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public NetworkInsightsPath protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The ID or ARN of the source. If the resource is in another account, you must specify an ARN.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public NetworkInsightsPath source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public NetworkInsightsPath source(Value<String> value) {
    return set("Source", value);
  }

  /**
   * The IP address of the source.
   *
   * <p>Changing it replaces the resource. Length: 0 to 15 characters. Pattern: {@code
   * ^([0-9]{1,3}.){3}[0-9]{1,3}$}. CloudFormation property {@code SourceIp}.
   */
  public NetworkInsightsPath sourceIp(String value) {
    return set("SourceIp", Value.of(value));
  }

  /** Sets {@code SourceIp} to this value; see {@link #sourceIp(String)}. */
  public NetworkInsightsPath sourceIp(Value<String> value) {
    return set("SourceIp", value);
  }

  /**
   * The tags to add to the path.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkInsightsPath tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkInsightsPath tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkInsightsPath tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time stamp when the path was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedDate}.
   */
  public Value<String> createdDate() {
    return getAtt("CreatedDate");
  }

  /**
   * The Amazon Resource Name (ARN) of the destination.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DestinationArn}.
   */
  public Value<String> destinationArn() {
    return getAtt("DestinationArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the path.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsPathArn}.
   */
  public Value<String> networkInsightsPathArn() {
    return getAtt("NetworkInsightsPathArn");
  }

  /**
   * The ID of the path.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsPathId}.
   */
  public Value<String> networkInsightsPathId() {
    return getAtt("NetworkInsightsPathId");
  }

  /**
   * The Amazon Resource Name (ARN) of the source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceArn}.
   */
  public Value<String> sourceArn() {
    return getAtt("SourceArn");
  }

  /**
   * Describes a port range.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsPath.FilterPortRange}.
   */
  public static final class FilterPortRange extends Struct<FilterPortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsPath.FilterPortRange")
        .constrain("FromPort", Constraint.of().minimum(0).maximum(65535))
        .constrain("ToPort", Constraint.of().minimum(0).maximum(65535))
        .build();

    public FilterPortRange() {
      super(SCHEMA);
    }

    /**
     * The first port in the range.
     *
     * <p>Changing it replaces the resource. Range: 0 to 65535. CloudFormation property {@code
     * FromPort}.
     */
    public FilterPortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public FilterPortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The last port in the range.
     *
     * <p>Changing it replaces the resource. Range: 0 to 65535. CloudFormation property {@code
     * ToPort}.
     */
    public FilterPortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public FilterPortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Describes a set of filters for a path analysis. Use path filters to scope the analysis when
   * there can be multiple resulting paths.
   *
   * <p>Property type {@code AWS::EC2::NetworkInsightsPath.PathFilter}.
   */
  public static final class PathFilter extends Struct<PathFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsPath.PathFilter")
        .constrain("DestinationAddress", Constraint.of().pattern("^([0-9]{1,3}.){3}[0-9]{1,3}$").minLength(0).maxLength(15))
        .constrain("SourceAddress", Constraint.of().pattern("^([0-9]{1,3}.){3}[0-9]{1,3}$").minLength(0).maxLength(15))
        .build();

    public PathFilter() {
      super(SCHEMA);
    }

    /**
     * The destination IPv4 address.
     *
     * <p>Changing it replaces the resource. Length: 0 to 15 characters. Pattern: {@code
     * ^([0-9]{1,3}.){3}[0-9]{1,3}$}. CloudFormation property {@code DestinationAddress}.
     */
    public PathFilter destinationAddress(String value) {
      return set("DestinationAddress", Value.of(value));
    }

    /** Sets {@code DestinationAddress} to this value; see {@link #destinationAddress(String)}. */
    public PathFilter destinationAddress(Value<String> value) {
      return set("DestinationAddress", value);
    }

    /**
     * The destination port range.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DestinationPortRange}.
     */
    public PathFilter destinationPortRange(Value<FilterPortRange> value) {
      return set("DestinationPortRange", value);
    }

    /**
     * The source IPv4 address.
     *
     * <p>Changing it replaces the resource. Length: 0 to 15 characters. Pattern: {@code
     * ^([0-9]{1,3}.){3}[0-9]{1,3}$}. CloudFormation property {@code SourceAddress}.
     */
    public PathFilter sourceAddress(String value) {
      return set("SourceAddress", Value.of(value));
    }

    /** Sets {@code SourceAddress} to this value; see {@link #sourceAddress(String)}. */
    public PathFilter sourceAddress(Value<String> value) {
      return set("SourceAddress", value);
    }

    /**
     * The source port range.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourcePortRange}.
     */
    public PathFilter sourcePortRange(Value<FilterPortRange> value) {
      return set("SourcePortRange", value);
    }
  }
}
