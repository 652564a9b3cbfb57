// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.refactorspaces;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * AWS Migration Hub is no longer open to new customers as of November 7, 2025. For capabilities
 * similar to AWS Migration Hub , explore <a
 * href="https://docs.aws.amazon.com/https://aws.amazon.com/transform">AWS Migration Hub</a> .
 *
 * <p>Creates an AWS Migration Hub Refactor Spaces application. The account that owns the
 * environment also owns the applications created inside the environment, regardless of the account
 * that creates the application. Refactor Spaces provisions an Amazon API Gateway, API Gateway VPC
 * link, and Network Load Balancer for the application proxy inside your account.
 *
 * <p>In environments created with a <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/APIReference/API_CreateEnvironment.html#migrationhubrefactorspaces-CreateEnvironment-request-NetworkFabricType">CreateEnvironment:NetworkFabricType</a>
 * of <code>NONE</code> you need to configure <a
 * href="https://docs.aws.amazon.com/whitepapers/latest/aws-vpc-connectivity-options/amazon-vpc-to-amazon-vpc-connectivity-options.html">VPC
 * to VPC connectivity</a> between your service VPC and the application proxy VPC to route traffic
 * through the application proxy to a service with a private URL endpoint. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/userguide/getting-started-create-application.html">Create
 * an application</a> in the <em>Refactor Spaces User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RefactorSpaces::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Application")
      .required("EnvironmentIdentifier", "Name", "ProxyType", "VpcId")
      .constrain("EnvironmentIdentifier", Constraint.of().pattern("^env-([0-9A-Za-z]{10}$)").minLength(14).maxLength(14))
      .references("EnvironmentIdentifier", "AWS::RefactorSpaces::Environment.Ref")
      .constrain("Name", Constraint.of().pattern("^(?!app-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$").minLength(3).maxLength(63))
      .allowed("ProxyType", "API_GATEWAY")
      .constrain("VpcId", Constraint.of().pattern("^vpc-[-a-f0-9]{8}([-a-f0-9]{9})?$").minLength(12).maxLength(21).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .attributes("ApiGatewayId", "ApplicationIdentifier", "Arn", "NlbArn", "NlbName", "ProxyUrl",
          "StageName", "VpcLinkId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The endpoint URL of the Amazon API Gateway proxy.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ApiGatewayProxy}.
   */
  public Application apiGatewayProxy(Value<ApiGatewayProxyInput> value) {
    return set("ApiGatewayProxy", value);
  }

  /**
   * The unique identifier of the environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 14 to 14 characters. Pattern: {@code
   * ^env-([0-9A-Za-z]{10}$)}. CloudFormation property {@code EnvironmentIdentifier}.
   */
  public Application environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public Application environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * Sets {@code EnvironmentIdentifier} to the Ref of {@code AWS::RefactorSpaces::Environment}; see
   * {@link #environmentIdentifier(String)}.
   */
  public Application environmentIdentifier(Environment resource) {
    return set("EnvironmentIdentifier", resource.ref());
  }

  /**
   * The name of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^(?!app-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$}. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The proxy type of the proxy created within the application.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code API_GATEWAY}.
   * CloudFormation property {@code ProxyType}.
   */
  public Application proxyType(String value) {
    return set("ProxyType", Value.of(value));
  }

  /** Sets {@code ProxyType} to this value; see {@link #proxyType(String)}. */
  public Application proxyType(Value<String> value) {
    return set("ProxyType", value);
  }

  /**
   * The tags assigned to the application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the virtual private cloud (VPC).
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 21 characters. Pattern: {@code
   * ^vpc-[-a-f0-9]{8}([-a-f0-9]{9})?$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public Application vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Application vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public Application vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The resource ID of the ABP for the proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiGatewayId}.
   */
  public Value<String> apiGatewayId() {
    return getAtt("ApiGatewayId");
  }

  /**
   * The unique identifier of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationIdentifier}.
   */
  public Value<String> applicationIdentifier() {
    return getAtt("ApplicationIdentifier");
  }

  /**
   * The Amazon Resource Name (ARN) of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name (ARN) of the Network Load Balancer .
   *
   * <p>{@code Fn::GetAtt} attribute {@code NlbArn}.
   */
  public Value<String> nlbArn() {
    return getAtt("NlbArn");
  }

  /**
   * The name of the Network Load Balancer configured by the API Gateway proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NlbName}.
   */
  public Value<String> nlbName() {
    return getAtt("NlbName");
  }

  /**
   * The endpoint URL of the ABPlong proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProxyUrl}.
   */
  public Value<String> proxyUrl() {
    return getAtt("ProxyUrl");
  }

  /**
   * The name of the ABP stage. The name defaults to <code>prod</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code StageName}.
   */
  public Value<String> stageName() {
    return getAtt("StageName");
  }

  /**
   * The <code>VpcLink</code> ID of the ABP proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcLinkId}.
   */
  public Value<String> vpcLinkId() {
    return getAtt("VpcLinkId");
  }

  /**
   * A wrapper object holding the Amazon API Gateway endpoint input.
   *
   * <p>Property type {@code AWS::RefactorSpaces::Application.ApiGatewayProxyInput}.
   */
  public static final class ApiGatewayProxyInput extends Struct<ApiGatewayProxyInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Application.ApiGatewayProxyInput")
        .allowed("EndpointType", "REGIONAL", "PRIVATE")
        .constrain("StageName", Constraint.of().pattern("^[-a-zA-Z0-9_]*$").minLength(1).maxLength(128))
        .build();

    public ApiGatewayProxyInput() {
      super(SCHEMA);
    }

    /**
     * The type of endpoint to use for the API Gateway proxy. If no value is specified in the
     * request, the value is set to <code>REGIONAL</code> by default.
     *
     * <p>If the value is set to <code>PRIVATE</code> in the request, this creates a private API
     * endpoint that is isolated from the public internet. The private endpoint can only be accessed
     * by using Amazon Virtual Private Cloud (Amazon VPC) interface endpoints for the Amazon API
     * Gateway that has been granted access. For more information about creating a private
     * connection with Refactor Spaces and interface endpoint ( AWS PrivateLink ) availability, see
     * <a
     * href="https://docs.aws.amazon.com/migrationhub-refactor-spaces/latest/userguide/vpc-interface-endpoints.html">Access
     * Refactor Spaces using an interface endpoint ( AWS PrivateLink )</a> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code REGIONAL}, {@code PRIVATE}.
     * CloudFormation property {@code EndpointType}.
     */
    public ApiGatewayProxyInput endpointType(String value) {
      return set("EndpointType", Value.of(value));
    }

    /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
    public ApiGatewayProxyInput endpointType(Value<String> value) {
      return set("EndpointType", value);
    }

    /**
     * The name of the API Gateway stage. The name defaults to <code>prod</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^[-a-zA-Z0-9_]*$}. CloudFormation property {@code StageName}.
     */
    public ApiGatewayProxyInput stageName(String value) {
      return set("StageName", Value.of(value));
    }

    /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
    public ApiGatewayProxyInput stageName(Value<String> value) {
      return set("StageName", value);
    }
  }
}
