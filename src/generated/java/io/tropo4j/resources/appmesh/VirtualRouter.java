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
 * Creates a virtual router within a service mesh.
 *
 * <p>Specify a <code>listener</code> for any inbound traffic that your virtual router receives.
 * Create a virtual router for each protocol and port that you need to route. Virtual routers handle
 * traffic for one or more virtual services within your mesh. After you create your virtual router,
 * create and associate routes for your virtual router that direct incoming requests to different
 * virtual nodes.
 *
 * <p>For more information about virtual routers, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/virtual_routers.html">Virtual
 * routers</a> .
 *
 * <p>CloudFormation type {@code AWS::AppMesh::VirtualRouter}.
 */
public final class VirtualRouter extends Resource<VirtualRouter> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualRouter")
      .required("MeshName", "Spec")
      .refYields("Arn")
      .attributes("Arn", "Id", "MeshName", "MeshOwner", "ResourceOwner", "Uid", "VirtualRouterName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VirtualRouter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the service mesh to create the virtual router in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public VirtualRouter meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public VirtualRouter meshName(Value<String> value) {
    return set("MeshName", value);
  }

  /**
   * The AWS IAM account ID of the service mesh owner. If the account ID is not your own, then the
   * account that you specify must share the mesh with your account before you can create the
   * resource in the service mesh. For more information about mesh sharing, see <a
   * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/sharing.html">Working with shared
   * meshes</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MeshOwner}.
   */
  public VirtualRouter meshOwner(String value) {
    return set("MeshOwner", Value.of(value));
  }

  /** Sets {@code MeshOwner} to this value; see {@link #meshOwner(String)}. */
  public VirtualRouter meshOwner(Value<String> value) {
    return set("MeshOwner", value);
  }

  /**
   * The virtual router specification to apply.
   *
   * <p>Required. CloudFormation property {@code Spec}.
   */
  public VirtualRouter spec(Value<VirtualRouterSpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the virtual router to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VirtualRouter tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VirtualRouter tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VirtualRouter tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name to use for the virtual router.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VirtualRouterName}.
   */
  public VirtualRouter virtualRouterName(String value) {
    return set("VirtualRouterName", Value.of(value));
  }

  /** Sets {@code VirtualRouterName} to this value; see {@link #virtualRouterName(String)}. */
  public VirtualRouter virtualRouterName(Value<String> value) {
    return set("VirtualRouterName", value);
  }

  /**
   * The full Amazon Resource Name (ARN) for the virtual router.
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
   * The name of the service mesh that the virtual router resides in.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MeshName}.
   */
  public Value<String> meshName() {
    return getAtt("MeshName");
  }

  /**
   * The AWS IAM account ID of the service mesh owner. If the account ID is not your own, then it's
   * the ID of the account that shared the mesh with your account. For more information about mesh
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
   * The AWS IAM account ID of the resource owner. If the account ID is not your own, then it's the
   * ID of the mesh owner or of another account that the mesh is shared with. For more information
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
   * The unique identifier for the virtual router.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * The name of the virtual router.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualRouterName}.
   */
  public Value<String> virtualRouterName() {
    return getAtt("VirtualRouterName");
  }

  /**
   * An object representing a virtual router listener port mapping.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualRouter.PortMapping}.
   */
  public static final class PortMapping extends Struct<PortMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualRouter.PortMapping")
        .required("Port", "Protocol")
        .build();

    public PortMapping() {
      super(SCHEMA);
    }

    /**
     * The port used for the port mapping.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public PortMapping port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public PortMapping port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol used for the port mapping. Specify one protocol.
     *
     * <p>Required. CloudFormation property {@code Protocol}.
     */
    public PortMapping protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public PortMapping protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * An object that represents a virtual router listener.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualRouter.VirtualRouterListener}.
   */
  public static final class VirtualRouterListener extends Struct<VirtualRouterListener> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualRouter.VirtualRouterListener")
        .required("PortMapping")
        .build();

    public VirtualRouterListener() {
      super(SCHEMA);
    }

    /**
     * The port mapping information for the listener.
     *
     * <p>Required. CloudFormation property {@code PortMapping}.
     */
    public VirtualRouterListener portMapping(Value<PortMapping> value) {
      return set("PortMapping", value);
    }
  }

  /**
   * An object that represents the specification of a virtual router.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualRouter.VirtualRouterSpec}.
   */
  public static final class VirtualRouterSpec extends Struct<VirtualRouterSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualRouter.VirtualRouterSpec")
        .required("Listeners")
        .build();

    public VirtualRouterSpec() {
      super(SCHEMA);
    }

    /**
     * The listeners that the virtual router is expected to receive inbound traffic from.
     *
     * <p>Required. CloudFormation property {@code Listeners}.
     */
    public VirtualRouterSpec listeners(List<VirtualRouterListener> value) {
      return set("Listeners", Value.listOf(value));
    }

    /** Sets {@code Listeners} to this value; see {@link #listeners(List)}. */
    public VirtualRouterSpec listeners(Value<List<VirtualRouterListener>> value) {
      return set("Listeners", value);
    }

    /** Sets {@code Listeners} to a list of these; see {@link #listeners(List)}. */
    public VirtualRouterSpec listeners(VirtualRouterListener... values) {
      return set("Listeners", Value.list(values));
    }
  }
}
