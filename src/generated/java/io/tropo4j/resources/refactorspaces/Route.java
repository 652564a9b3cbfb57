// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.refactorspaces;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS Migration Hub Refactor Spaces route. The account owner of the service resource is
 * always the environment owner, regardless of which account creates the route. Routes target a
 * service in the application. If an application does not have any routes, then the first route must
 * be created as a <code>DEFAULT</code> <code>RouteType</code> .
 *
 * <p>When created, the default route defaults to an active state so state is not a required input.
 * However, like all other state values the state of the default route can be updated after
 * creation, but only when all other routes are also inactive. Conversely, no route can be active
 * without the default route also being active.
 *
 * <p>In the <code>AWS::RefactorSpaces::Route</code> resource, you can only update the
 * <code>ActivationState</code> property, which resides under the <code>UriPathRoute</code> and
 * <code>DefaultRoute</code> properties. All other properties associated with the
 * <code>AWS::RefactorSpaces::Route</code> cannot be updated, even though the property description
 * might indicate otherwise. Updating all other properties will result in the replacement of Route.
 *
 * <p>When you create a route, Refactor Spaces configures the ABPlong to send traffic to the target
 * service as follows:
 *
 * <ul> <li><em>URL Endpoints</em> </ul>
 *
 * <p>If the service has a URL endpoint, and the endpoint resolves to a private IP address, Refactor
 * Spaces routes traffic using the ABP VPC link. If a service endpoint resolves to a public IP
 * address, Refactor Spaces routes traffic over the public internet. Services can have HTTP or HTTPS
 * URL endpoints. For HTTPS URLs, publicly-signed certificates are supported. Private Certificate
 * Authorities (CAs) are permitted only if the CA's domain is also publicly resolvable.
 *
 * <p>Refactor Spaces automatically resolves the public Domain Name System (DNS) names that are set
 * in <code>CreateService:UrlEndpoint</code> when you create a service. The DNS names resolve when
 * the DNS time-to-live (TTL) expires, or every 60 seconds for TTLs less than 60 seconds. This
 * periodic DNS resolution ensures that the route configuration remains up-to-date.
 *
 * <p><em>One-time health check</em>
 *
 * <p>A one-time health check is performed on the service when either the route is updated from
 * inactive to active, or when it is created with an active state. If the health check fails, the
 * route transitions the route state to <code>FAILED</code> , an error code of
 * <code>SERVICE_ENDPOINT_HEALTH_CHECK_FAILURE</code> is provided, and no traffic is sent to the
 * service.
 *
 * <p>For private URLs, a target group is created on the Network Load Balancer and the load balancer
 * target group runs default target health checks. By default, the health check is run against the
 * service endpoint URL. Optionally, the health check can be performed against a different protocol,
 * port, and/or path using the <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateService.html#migrationhubrefactorspaces-CreateService-request-UrlEndpoint">CreateService:UrlEndpoint</a>
 * parameter. All other health check settings for the load balancer use the default values described
 * in the <a
 * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html">Health
 * checks for your target groups</a> in the <em>Elastic Load Balancing guide</em> . The health check
 * is considered successful if at least one target within the target group transitions to a healthy
 * state.
 *
 * <ul> <li><em>AWS Lambda function endpoints</em> </ul>
 *
 * <p>If the service has an AWS Lambda function endpoint, then Refactor Spaces configures the Lambda
 * function's resource policy to allow the application's ABP to invoke the function.
 *
 * <p>The Lambda function state is checked. If the function is not active, the function
 * configuration is updated so that Lambda resources are provisioned. If the Lambda state is
 * <code>Failed</code> , then the route creation fails. For more information, see the <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/API_GetFunctionConfiguration.html#SSS-GetFunctionConfiguration-response-State">GetFunctionConfiguration's
 * State response parameter</a> in the <em>AWS Lambda Developer Guide</em> .
 *
 * <p>A check is performed to determine that a Lambda function with the specified ARN exists. If it
 * does not exist, the health check fails. For public URLs, a connection is opened to the public
 * endpoint. If the URL is not reachable, the health check fails.
 *
 * <p><em>Environments without a network bridge</em>
 *
 * <p>When you create environments without a network bridge ( <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateEnvironment.html#migrationhubrefactorspaces-CreateEnvironment-request-NetworkFabricType">CreateEnvironment:NetworkFabricType</a>
 * is <code>NONE)</code> and you use your own networking infrastructure, you need to configure <a
 * href="https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/amazon-vpc-to-amazon-vpc-connectivity-options.html">VPC
 * to VPC connectivity</a> between your network and the application proxy VPC. Route creation from
 * the application proxy to service endpoints will fail if your network is not configured to connect
 * to the application proxy VPC. For more information, see <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/userguide/getting-started-create-role.html">Create
 * a route</a> in the <em>Refactor Spaces User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RefactorSpaces::Route}.
 */
public final class Route extends Resource<Route> {
  private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Route")
      .required("ApplicationIdentifier", "EnvironmentIdentifier", "RouteType", "ServiceIdentifier")
      .constrain("ApplicationIdentifier", Constraint.of().pattern("^app-([0-9A-Za-z]{10}$)").minLength(14).maxLength(14))
      .references("ApplicationIdentifier", "AWS::RefactorSpaces::Application.ApplicationIdentifier")
      .constrain("EnvironmentIdentifier", Constraint.of().pattern("^env-([0-9A-Za-z]{10}$)").minLength(14).maxLength(14))
      .references("EnvironmentIdentifier", "AWS::RefactorSpaces::Environment.Ref")
      .allowed("RouteType", "DEFAULT", "URI_PATH")
      .constrain("ServiceIdentifier", Constraint.of().pattern("^svc-([0-9A-Za-z]{10}$)").minLength(14).maxLength(14))
      .references("ServiceIdentifier", "AWS::RefactorSpaces::Service.ServiceIdentifier")
      .attributes("Arn", "PathResourceToId", "RouteIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Route(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 14 to 14 characters. Pattern: {@code
   * ^app-([0-9A-Za-z]{10}$)}. CloudFormation property {@code ApplicationIdentifier}.
   */
  public Route applicationIdentifier(String value) {
    return set("ApplicationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ApplicationIdentifier} to this value; see {@link #applicationIdentifier(String)}.
   */
  public Route applicationIdentifier(Value<String> value) {
    return set("ApplicationIdentifier", value);
  }

  /**
   * Sets {@code ApplicationIdentifier} to the ApplicationIdentifier of {@code
   * AWS::RefactorSpaces::Application}; see {@link #applicationIdentifier(String)}.
   */
  public Route applicationIdentifier(Application resource) {
    return set("ApplicationIdentifier", resource.applicationIdentifier());
  }

  /**
   * Configuration for the default route type.
   *
   * <p>CloudFormation property {@code DefaultRoute}.
   */
  public Route defaultRoute(Value<DefaultRouteInput> value) {
    return set("DefaultRoute", value);
  }

  /**
   * The unique identifier of the environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 14 to 14 characters. Pattern: {@code
   * ^env-([0-9A-Za-z]{10}$)}. CloudFormation property {@code EnvironmentIdentifier}.
   */
  public Route environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public Route environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * Sets {@code EnvironmentIdentifier} to the Ref of {@code AWS::RefactorSpaces::Environment}; see
   * {@link #environmentIdentifier(String)}.
   */
  public Route environmentIdentifier(Environment resource) {
    return set("EnvironmentIdentifier", resource.ref());
  }

  /**
   * The route type of the route.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DEFAULT}, {@code
   * URI_PATH}. CloudFormation property {@code RouteType}.
   */
  public Route routeType(String value) {
    return set("RouteType", Value.of(value));
  }

  /** Sets {@code RouteType} to this value; see {@link #routeType(String)}. */
  public Route routeType(Value<String> value) {
    return set("RouteType", value);
  }

  /**
   * The unique identifier of the service.
   *
   * <p>Required. Changing it replaces the resource. Length: 14 to 14 characters. Pattern: {@code
   * ^svc-([0-9A-Za-z]{10}$)}. CloudFormation property {@code ServiceIdentifier}.
   */
  public Route serviceIdentifier(String value) {
    return set("ServiceIdentifier", Value.of(value));
  }

  /** Sets {@code ServiceIdentifier} to this value; see {@link #serviceIdentifier(String)}. */
  public Route serviceIdentifier(Value<String> value) {
    return set("ServiceIdentifier", value);
  }

  /**
   * Sets {@code ServiceIdentifier} to the ServiceIdentifier of {@code
   * AWS::RefactorSpaces::Service}; see {@link #serviceIdentifier(String)}.
   */
  public Route serviceIdentifier(Service resource) {
    return set("ServiceIdentifier", resource.serviceIdentifier());
  }

  /**
   * The tags assigned to the route.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Route tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Route tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Route tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration for the URI path route type.
   *
   * <p>CloudFormation property {@code UriPathRoute}.
   */
  public Route uriPathRoute(Value<UriPathRouteInput> value) {
    return set("UriPathRoute", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A mapping of ABPlong path resources to resource IDs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PathResourceToId}.
   */
  public Value<String> pathResourceToId() {
    return getAtt("PathResourceToId");
  }

  /**
   * The unique identifier of the route.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RouteIdentifier}.
   */
  public Value<String> routeIdentifier() {
    return getAtt("RouteIdentifier");
  }

  /**
   * The configuration for the default route type.
   *
   * <p>Property type {@code AWS::RefactorSpaces::Route.DefaultRouteInput}.
   */
  public static final class DefaultRouteInput extends Struct<DefaultRouteInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Route.DefaultRouteInput")
        .required("ActivationState")
        .allowed("ActivationState", "INACTIVE", "ACTIVE")
        .build();

    public DefaultRouteInput() {
      super(SCHEMA);
    }

    /**
     * If set to <code>ACTIVE</code> , traffic is forwarded to this route’s service after the route
     * is created.
     *
     * <p>Required. Allowed values: {@code INACTIVE}, {@code ACTIVE}. CloudFormation property {@code
     * ActivationState}.
     */
    public DefaultRouteInput activationState(String value) {
      return set("ActivationState", Value.of(value));
    }

    /** Sets {@code ActivationState} to this value; see {@link #activationState(String)}. */
    public DefaultRouteInput activationState(Value<String> value) {
      return set("ActivationState", value);
    }
  }

  /**
   * The configuration for the URI path route type.
   *
   * <p>Property type {@code AWS::RefactorSpaces::Route.UriPathRouteInput}.
   */
  public static final class UriPathRouteInput extends Struct<UriPathRouteInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Route.UriPathRouteInput")
        .required("ActivationState")
        .allowed("ActivationState", "INACTIVE", "ACTIVE")
        .allowed("Methods", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
        .constrain("SourcePath", Constraint.of().pattern("^(/([a-zA-Z0-9._:-]+|\\{[a-zA-Z0-9._:-]+\\}))+$").minLength(1).maxLength(2048))
        .build();

    public UriPathRouteInput() {
      super(SCHEMA);
    }

    /**
     * If set to <code>ACTIVE</code> , traffic is forwarded to this route’s service after the route
     * is created.
     *
     * <p>Required. Allowed values: {@code INACTIVE}, {@code ACTIVE}. CloudFormation property {@code
     * ActivationState}.
     */
    public UriPathRouteInput activationState(String value) {
      return set("ActivationState", Value.of(value));
    }

    /** Sets {@code ActivationState} to this value; see {@link #activationState(String)}. */
    public UriPathRouteInput activationState(Value<String> value) {
      return set("ActivationState", value);
    }

    /**
     * If set to <code>true</code> , this option appends the source path to the service URL
     * endpoint.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AppendSourcePath}.
     */
    public UriPathRouteInput appendSourcePath(boolean value) {
      return set("AppendSourcePath", Value.of(value));
    }

    /** Sets {@code AppendSourcePath} to this value; see {@link #appendSourcePath(boolean)}. */
    public UriPathRouteInput appendSourcePath(Value<Boolean> value) {
      return set("AppendSourcePath", value);
    }

    /**
     * Indicates whether to match all subpaths of the given source path. If this value is
     * <code>false</code> , requests must match the source path exactly before they are forwarded to
     * this route's service.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code IncludeChildPaths}.
     */
    public UriPathRouteInput includeChildPaths(boolean value) {
      return set("IncludeChildPaths", Value.of(value));
    }

    /** Sets {@code IncludeChildPaths} to this value; see {@link #includeChildPaths(boolean)}. */
    public UriPathRouteInput includeChildPaths(Value<Boolean> value) {
      return set("IncludeChildPaths", value);
    }

    /**
     * A list of HTTP methods to match. An empty list matches all values. If a method is present,
     * only HTTP requests using that method are forwarded to this route’s service.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code DELETE}, {@code GET}, {@code
     * HEAD}, {@code OPTIONS}, {@code PATCH}, {@code POST}, {@code PUT}. CloudFormation property
     * {@code Methods}.
     */
    public UriPathRouteInput methods(List<String> value) {
      return set("Methods", Value.listOf(value));
    }

    /** Sets {@code Methods} to this value; see {@link #methods(List)}. */
    public UriPathRouteInput methods(Value<List<String>> value) {
      return set("Methods", value);
    }

    /**
     * This is the path that Refactor Spaces uses to match traffic. Paths must start with
     * <code>/</code> and are relative to the base of the application. To use path parameters in the
     * source path, add a variable in curly braces. For example, the resource path {user} represents
     * a path parameter called 'user'.
     *
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
     * ^(/([a-zA-Z0-9._:-]+|&#92;{[a-zA-Z0-9._:-]+&#92;}))+$}. CloudFormation property {@code
     * SourcePath}.
     */
    public UriPathRouteInput sourcePath(String value) {
      return set("SourcePath", Value.of(value));
    }

    /** Sets {@code SourcePath} to this value; see {@link #sourcePath(String)}. */
    public UriPathRouteInput sourcePath(Value<String> value) {
      return set("SourcePath", value);
    }
  }
}
