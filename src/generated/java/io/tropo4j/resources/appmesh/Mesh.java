// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appmesh;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a service mesh.
 *
 * <p>A service mesh is a logical boundary for network traffic between services that are represented
 * by resources within the mesh. After you create your service mesh, you can create virtual
 * services, virtual nodes, virtual routers, and routes to distribute traffic between the
 * applications in your mesh.
 *
 * <p>For more information about service meshes, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/meshes.html">Service meshes</a> .
 *
 * <p>CloudFormation type {@code AWS::AppMesh::Mesh}.
 */
public final class Mesh extends Resource<Mesh> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Mesh")
      .refYields("Arn")
      .attributes("Arn", "Id", "MeshName", "MeshOwner", "ResourceOwner", "Uid")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Mesh(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name to use for the service mesh.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public Mesh meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public Mesh meshName(Value<String> value) {
    return set("MeshName", value);
  }

  /**
   * The service mesh specification to apply.
   *
   * <p>CloudFormation property {@code Spec}.
   */
  public Mesh spec(Value<MeshSpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the service mesh to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Mesh tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Mesh tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Mesh tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The full Amazon Resource Name (ARN) for the mesh.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the service mesh.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MeshName}.
   */
  public Value<String> meshName() {
    return getAtt("MeshName");
  }

  /**
   * The IAM account ID of the service mesh owner. If the account ID is not your own, then it's the
   * ID of the account that shared the mesh with your account. For more information about mesh
   * sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with Shared
   * Meshes</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code MeshOwner}.
   */
  public Value<String> meshOwner() {
    return getAtt("MeshOwner");
  }

  /**
   * The IAM account ID of the resource owner. If the account ID is not your own, then it's the ID
   * of the mesh owner or of another account that the mesh is shared with. For more information
   * about mesh sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with Shared
   * Meshes</a> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceOwner}.
   */
  public Value<String> resourceOwner() {
    return getAtt("ResourceOwner");
  }

  /**
   * The unique identifier for the mesh.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * An object that represents the egress filter rules for a service mesh.
   *
   * <p>Property type {@code AWS::AppMesh::Mesh.EgressFilter}.
   */
  public static final class EgressFilter extends Struct<EgressFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::Mesh.EgressFilter")
        .required("Type")
        .build();

    public EgressFilter() {
      super(SCHEMA);
    }

    /**
     * The egress filter type. By default, the type is <code>DROP_ALL</code> , which allows egress
     * only from virtual nodes to other defined resources in the service mesh (and any traffic to
     * <code>*.amazonaws.com</code> for AWS API calls). You can set the egress filter type to
     * <code>ALLOW_ALL</code> to allow egress to any endpoint inside or outside of the service mesh.
     *
     * <p>If you specify any backends on a virtual node when using <code>ALLOW_ALL</code> , you must
     * specifiy all egress for that virtual node as backends. Otherwise, <code>ALLOW_ALL</code> will
     * no longer work for that virtual node.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public EgressFilter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EgressFilter type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An object that represents the service discovery information for a service mesh.
   *
   * <p>Property type {@code AWS::AppMesh::Mesh.MeshServiceDiscovery}.
   */
  public static final class MeshServiceDiscovery extends Struct<MeshServiceDiscovery> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Mesh.MeshServiceDiscovery");

    public MeshServiceDiscovery() {
      super(SCHEMA);
    }

    /**
     * The IP version to use to control traffic within the mesh.
     *
     * <p>CloudFormation property {@code IpPreference}.
     */
    public MeshServiceDiscovery ipPreference(String value) {
      return set("IpPreference", Value.of(value));
    }

    /** Sets {@code IpPreference} to this value; see {@link #ipPreference(String)}. */
    public MeshServiceDiscovery ipPreference(Value<String> value) {
      return set("IpPreference", value);
    }
  }

  /**
   * An object that represents the specification of a service mesh.
   *
   * <p>Property type {@code AWS::AppMesh::Mesh.MeshSpec}.
   */
  public static final class MeshSpec extends Struct<MeshSpec> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::Mesh.MeshSpec");

    public MeshSpec() {
      super(SCHEMA);
    }

    /**
     * The egress filter rules for the service mesh.
     *
     * <p>CloudFormation property {@code EgressFilter}.
     */
    public MeshSpec egressFilter(Value<EgressFilter> value) {
      return set("EgressFilter", value);
    }

    /**
     * An object that represents the service discovery information for a service mesh.
     *
     * <p>CloudFormation property {@code ServiceDiscovery}.
     */
    public MeshSpec serviceDiscovery(Value<MeshServiceDiscovery> value) {
      return set("ServiceDiscovery", value);
    }
  }
}
