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
 * Creates a virtual service within a service mesh.
 *
 * <p>A virtual service is an abstraction of a real service that is provided by a virtual node
 * directly or indirectly by means of a virtual router. Dependent services call your virtual service
 * by its <code>virtualServiceName</code> , and those requests are routed to the virtual node or
 * virtual router that is specified as the provider for the virtual service.
 *
 * <p>For more information about virtual services, see <a
 * href="https://docs.aws.amazon.com/app-mesh/latest/userguide/virtual_services.html">Virtual
 * services</a> .
 *
 * <p>CloudFormation type {@code AWS::AppMesh::VirtualService}.
 */
public final class VirtualService extends Resource<VirtualService> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualService")
      .required("MeshName", "Spec", "VirtualServiceName")
      .refYields("Arn")
      .attributes("Arn", "Id", "MeshName", "MeshOwner", "ResourceOwner", "Uid",
          "VirtualServiceName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VirtualService(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the service mesh to create the virtual service in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MeshName}.
   */
  public VirtualService meshName(String value) {
    return set("MeshName", Value.of(value));
  }

  /** Sets {@code MeshName} to this value; see {@link #meshName(String)}. */
  public VirtualService meshName(Value<String> value) {
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
  public VirtualService meshOwner(String value) {
    return set("MeshOwner", Value.of(value));
  }

  /** Sets {@code MeshOwner} to this value; see {@link #meshOwner(String)}. */
  public VirtualService meshOwner(Value<String> value) {
    return set("MeshOwner", value);
  }

  /**
   * The virtual service specification to apply.
   *
   * <p>Required. CloudFormation property {@code Spec}.
   */
  public VirtualService spec(Value<VirtualServiceSpec> value) {
    return set("Spec", value);
  }

  /**
   * Optional metadata that you can apply to the virtual service to assist with categorization and
   * organization. Each tag consists of a key and an optional value, both of which you define. Tag
   * keys can have a maximum character length of 128 characters, and tag values can have a maximum
   * length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VirtualService tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VirtualService tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VirtualService tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name to use for the virtual service.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VirtualServiceName}.
   */
  public VirtualService virtualServiceName(String value) {
    return set("VirtualServiceName", Value.of(value));
  }

  /** Sets {@code VirtualServiceName} to this value; see {@link #virtualServiceName(String)}. */
  public VirtualService virtualServiceName(Value<String> value) {
    return set("VirtualServiceName", value);
  }

  /**
   * The full Amazon Resource Name (ARN) for the virtual service.
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
   * The name of the service mesh that the virtual service resides in.
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
   * The unique identifier for the virtual service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uid}.
   */
  public Value<String> uid() {
    return getAtt("Uid");
  }

  /**
   * The name of the virtual service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualServiceName}.
   */
  public Value<String> virtualServiceName() {
    return getAtt("VirtualServiceName");
  }

  /**
   * An object that represents a virtual node service provider.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualService.VirtualNodeServiceProvider}.
   */
  public static final class VirtualNodeServiceProvider extends Struct<VirtualNodeServiceProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualService.VirtualNodeServiceProvider")
        .required("VirtualNodeName")
        .build();

    public VirtualNodeServiceProvider() {
      super(SCHEMA);
    }

    /**
     * The name of the virtual node that is acting as a service provider.
     *
     * <p>Required. CloudFormation property {@code VirtualNodeName}.
     */
    public VirtualNodeServiceProvider virtualNodeName(String value) {
      return set("VirtualNodeName", Value.of(value));
    }

    /** Sets {@code VirtualNodeName} to this value; see {@link #virtualNodeName(String)}. */
    public VirtualNodeServiceProvider virtualNodeName(Value<String> value) {
      return set("VirtualNodeName", value);
    }
  }

  /**
   * An object that represents a virtual node service provider.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualService.VirtualRouterServiceProvider}.
   */
  public static final class VirtualRouterServiceProvider extends Struct<VirtualRouterServiceProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppMesh::VirtualService.VirtualRouterServiceProvider")
        .required("VirtualRouterName")
        .build();

    public VirtualRouterServiceProvider() {
      super(SCHEMA);
    }

    /**
     * The name of the virtual router that is acting as a service provider.
     *
     * <p>Required. CloudFormation property {@code VirtualRouterName}.
     */
    public VirtualRouterServiceProvider virtualRouterName(String value) {
      return set("VirtualRouterName", Value.of(value));
    }

    /** Sets {@code VirtualRouterName} to this value; see {@link #virtualRouterName(String)}. */
    public VirtualRouterServiceProvider virtualRouterName(Value<String> value) {
      return set("VirtualRouterName", value);
    }
  }

  /**
   * An object that represents the provider for a virtual service.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualService.VirtualServiceProvider}.
   */
  public static final class VirtualServiceProvider extends Struct<VirtualServiceProvider> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualService.VirtualServiceProvider");

    public VirtualServiceProvider() {
      super(SCHEMA);
    }

    /**
     * The virtual node associated with a virtual service.
     *
     * <p>CloudFormation property {@code VirtualNode}.
     */
    public VirtualServiceProvider virtualNode(Value<VirtualNodeServiceProvider> value) {
      return set("VirtualNode", value);
    }

    /**
     * The virtual router associated with a virtual service.
     *
     * <p>CloudFormation property {@code VirtualRouter}.
     */
    public VirtualServiceProvider virtualRouter(Value<VirtualRouterServiceProvider> value) {
      return set("VirtualRouter", value);
    }
  }

  /**
   * An object that represents the specification of a virtual service.
   *
   * <p>Property type {@code AWS::AppMesh::VirtualService.VirtualServiceSpec}.
   */
  public static final class VirtualServiceSpec extends Struct<VirtualServiceSpec> {
    private static final Schema SCHEMA = Schema.of("AWS::AppMesh::VirtualService.VirtualServiceSpec");

    public VirtualServiceSpec() {
      super(SCHEMA);
    }

    /**
     * The App Mesh object that is acting as the provider for a virtual service. You can specify a
     * single virtual node or virtual router.
     *
     * <p>CloudFormation property {@code Provider}.
     */
    public VirtualServiceSpec provider(Value<VirtualServiceProvider> value) {
      return set("Provider", value);
    }
  }
}
