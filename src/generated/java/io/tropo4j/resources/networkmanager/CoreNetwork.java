// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a core network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::CoreNetwork}.
 */
public final class CoreNetwork extends Resource<CoreNetwork> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::CoreNetwork")
      .required("GlobalNetworkId")
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("GlobalNetworkId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .constrain("PolicyDocument", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(10000000).format("json"))
      .refYields("CoreNetworkId")
      .attributes("CoreNetworkArn", "CoreNetworkId", "CreatedAt", "Edges", "NetworkFunctionGroups",
          "OwnerAccount", "Segments", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CoreNetwork(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of a core network.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public CoreNetwork description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CoreNetwork description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the global network that your core network is a part of.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code GlobalNetworkId}.
   */
  public CoreNetwork globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public CoreNetwork globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * Describes a core network policy. For more information, see <a
   * href="https://docs.aws.amazon.com/network-manager/latest/cloudwan/cloudwan-policy-change-sets.html">Core
   * network policies</a> .
   *
   * <p>If you update the policy document, CloudFormation will apply the core network change set
   * generated from the updated policy document, and then set it as the LIVE policy.
   *
   * <p>Length: 0 to 10000000 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. Format: {@code json}.
   * CloudFormation property {@code PolicyDocument}.
   */
  public CoreNetwork policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The list of key-value tags associated with a core network.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CoreNetwork tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CoreNetwork tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CoreNetwork tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkArn}.
   */
  public Value<String> coreNetworkArn() {
    return getAtt("CoreNetworkArn");
  }

  /**
   * The ID of the core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkId}.
   */
  public Value<String> coreNetworkId() {
    return getAtt("CoreNetworkId");
  }

  /**
   * The timestamp when the core network was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The edges.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Edges}.
   */
  public Value<List<CoreNetworkEdge>> edges() {
    return getAtt("Edges");
  }

  /**
   * The network function groups associated with a core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkFunctionGroups}.
   */
  public Value<List<CoreNetworkNetworkFunctionGroup>> networkFunctionGroups() {
    return getAtt("NetworkFunctionGroups");
  }

  /**
   * The owner of the core network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccount}.
   */
  public Value<String> ownerAccount() {
    return getAtt("OwnerAccount");
  }

  /**
   * The segments.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Segments}.
   */
  public Value<List<CoreNetworkSegment>> segments() {
    return getAtt("Segments");
  }

  /**
   * The current state of the core network. These states are: <code>CREATING</code> |
   * <code>UPDATING</code> | <code>AVAILABLE</code> | <code>DELETING</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Describes a core network edge.
   *
   * <p>Property type {@code AWS::NetworkManager::CoreNetwork.CoreNetworkEdge}.
   */
  public static final class CoreNetworkEdge extends Struct<CoreNetworkEdge> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::CoreNetwork.CoreNetworkEdge");

    public CoreNetworkEdge() {
      super(SCHEMA);
    }

    /**
     * The ASN of a core network edge.
     *
     * <p>CloudFormation property {@code Asn}.
     */
    public CoreNetworkEdge asn(double value) {
      return set("Asn", Value.of(value));
    }

    /** Sets {@code Asn} to this value; see {@link #asn(double)}. */
    public CoreNetworkEdge asn(Value<Double> value) {
      return set("Asn", value);
    }

    /**
     * The Region where a core network edge is located.
     *
     * <p>CloudFormation property {@code EdgeLocation}.
     */
    public CoreNetworkEdge edgeLocation(String value) {
      return set("EdgeLocation", Value.of(value));
    }

    /** Sets {@code EdgeLocation} to this value; see {@link #edgeLocation(String)}. */
    public CoreNetworkEdge edgeLocation(Value<String> value) {
      return set("EdgeLocation", value);
    }

    /**
     * The inside IP addresses used for core network edges.
     *
     * <p>CloudFormation property {@code InsideCidrBlocks}.
     */
    public CoreNetworkEdge insideCidrBlocks(List<String> value) {
      return set("InsideCidrBlocks", Value.listOf(value));
    }

    /** Sets {@code InsideCidrBlocks} to this value; see {@link #insideCidrBlocks(List)}. */
    public CoreNetworkEdge insideCidrBlocks(Value<List<String>> value) {
      return set("InsideCidrBlocks", value);
    }
  }

  /**
   * Describes a network function group.
   *
   * <p>Property type {@code AWS::NetworkManager::CoreNetwork.CoreNetworkNetworkFunctionGroup}.
   */
  public static final class CoreNetworkNetworkFunctionGroup extends Struct<CoreNetworkNetworkFunctionGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::CoreNetwork.CoreNetworkNetworkFunctionGroup");

    public CoreNetworkNetworkFunctionGroup() {
      super(SCHEMA);
    }

    /**
     * The core network edge locations.
     *
     * <p>CloudFormation property {@code EdgeLocations}.
     */
    public CoreNetworkNetworkFunctionGroup edgeLocations(List<String> value) {
      return set("EdgeLocations", Value.listOf(value));
    }

    /** Sets {@code EdgeLocations} to this value; see {@link #edgeLocations(List)}. */
    public CoreNetworkNetworkFunctionGroup edgeLocations(Value<List<String>> value) {
      return set("EdgeLocations", value);
    }

    /**
     * The name of the network function group.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public CoreNetworkNetworkFunctionGroup name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CoreNetworkNetworkFunctionGroup name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The segments associated with the network function group.
     *
     * <p>CloudFormation property {@code Segments}.
     */
    public CoreNetworkNetworkFunctionGroup segments(Value<Segments> value) {
      return set("Segments", value);
    }
  }

  /**
   * Describes a core network segment, which are dedicated routes. Only attachments within this
   * segment can communicate with each other.
   *
   * <p>Property type {@code AWS::NetworkManager::CoreNetwork.CoreNetworkSegment}.
   */
  public static final class CoreNetworkSegment extends Struct<CoreNetworkSegment> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::CoreNetwork.CoreNetworkSegment");

    public CoreNetworkSegment() {
      super(SCHEMA);
    }

    /**
     * The Regions where the edges are located.
     *
     * <p>CloudFormation property {@code EdgeLocations}.
     */
    public CoreNetworkSegment edgeLocations(List<String> value) {
      return set("EdgeLocations", Value.listOf(value));
    }

    /** Sets {@code EdgeLocations} to this value; see {@link #edgeLocations(List)}. */
    public CoreNetworkSegment edgeLocations(Value<List<String>> value) {
      return set("EdgeLocations", value);
    }

    /**
     * The name of a core network segment.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public CoreNetworkSegment name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CoreNetworkSegment name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The shared segments of a core network.
     *
     * <p>CloudFormation property {@code SharedSegments}.
     */
    public CoreNetworkSegment sharedSegments(List<String> value) {
      return set("SharedSegments", Value.listOf(value));
    }

    /** Sets {@code SharedSegments} to this value; see {@link #sharedSegments(List)}. */
    public CoreNetworkSegment sharedSegments(Value<List<String>> value) {
      return set("SharedSegments", value);
    }
  }

  /** Property type {@code AWS::NetworkManager::CoreNetwork.Segments}. */
  public static final class Segments extends Struct<Segments> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::CoreNetwork.Segments");

    public Segments() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SendTo}. */
    public Segments sendTo(List<String> value) {
      return set("SendTo", Value.listOf(value));
    }

    /** Sets {@code SendTo} to this value; see {@link #sendTo(List)}. */
    public Segments sendTo(Value<List<String>> value) {
      return set("SendTo", value);
    }

    /** CloudFormation property {@code SendVia}. */
    public Segments sendVia(List<String> value) {
      return set("SendVia", Value.listOf(value));
    }

    /** Sets {@code SendVia} to this value; see {@link #sendVia(List)}. */
    public Segments sendVia(Value<List<String>> value) {
      return set("SendVia", value);
    }
  }
}
