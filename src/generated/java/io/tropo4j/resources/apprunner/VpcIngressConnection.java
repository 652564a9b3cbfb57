// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apprunner;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specify an AWS App Runner VPC Ingress Connection by using the
 * <code>AWS::AppRunner::VpcIngressConnection</code> resource in an AWS CloudFormation template.
 *
 * <p>The <code>AWS::AppRunner::VpcIngressConnection</code> resource is an AWS App Runner resource
 * type that specifies an App Runner VPC Ingress Connection.
 *
 * <p>App Runner requires this resource when you want to associate your App Runner service to an
 * Amazon VPC endpoint.
 *
 * <p>CloudFormation type {@code AWS::AppRunner::VpcIngressConnection}.
 */
public final class VpcIngressConnection extends Resource<VpcIngressConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::VpcIngressConnection")
      .required("IngressVpcConfiguration", "ServiceArn")
      .constrain("ServiceArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\\w|/|-){1,1011}").minLength(1).maxLength(1011))
      .constrain("VpcIngressConnectionName", Constraint.of().pattern("[A-Za-z0-9][A-Za-z0-9\\-_]{3,39}").minLength(4).maxLength(40))
      .refYields("VpcIngressConnectionArn")
      .attributes("DomainName", "Status", "VpcIngressConnectionArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VpcIngressConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifications for the customer’s Amazon VPC and the related AWS PrivateLink VPC endpoint that
   * are used to create the VPC Ingress Connection resource.
   *
   * <p>Required. CloudFormation property {@code IngressVpcConfiguration}.
   */
  public VpcIngressConnection ingressVpcConfiguration(Value<IngressVpcConfiguration> value) {
    return set("IngressVpcConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) for this App Runner service that is used to create the VPC
   * Ingress Connection resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1011 characters. Pattern: {@code
   * arn:aws(-[&#92;w]+)*:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[0-9]{12}:(&#92;w|/|-){1,1011}}.
   * CloudFormation property {@code ServiceArn}.
   */
  public VpcIngressConnection serviceArn(String value) {
    return set("ServiceArn", Value.of(value));
  }

  /** Sets {@code ServiceArn} to this value; see {@link #serviceArn(String)}. */
  public VpcIngressConnection serviceArn(Value<String> value) {
    return set("ServiceArn", value);
  }

  /**
   * An optional list of metadata items that you can associate with the VPC Ingress Connection
   * resource. A tag is a key-value pair.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public VpcIngressConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VpcIngressConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VpcIngressConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The customer-provided VPC Ingress Connection name.
   *
   * <p>Changing it replaces the resource. Length: 4 to 40 characters. Pattern: {@code
   * [A-Za-z0-9][A-Za-z0-9&#92;-_]{3,39}}. CloudFormation property {@code VpcIngressConnectionName}.
   */
  public VpcIngressConnection vpcIngressConnectionName(String value) {
    return set("VpcIngressConnectionName", Value.of(value));
  }

  /**
   * Sets {@code VpcIngressConnectionName} to this value; see {@link
   * #vpcIngressConnectionName(String)}.
   */
  public VpcIngressConnection vpcIngressConnectionName(Value<String> value) {
    return set("VpcIngressConnectionName", value);
  }

  /**
   * The domain name associated with the VPC Ingress Connection resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * The current status of the VPC Ingress Connection. The VPC Ingress Connection displays one of
   * the following statuses: <code>AVAILABLE</code> , <code>PENDING_CREATION</code> ,
   * <code>PENDING_UPDATE</code> , <code>PENDING_DELETION</code> , <code>FAILED_CREATION</code> ,
   * <code>FAILED_UPDATE</code> , <code>FAILED_DELETION</code> , and <code>DELETED</code> ..
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) of the VPC Ingress Connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcIngressConnectionArn}.
   */
  public Value<String> vpcIngressConnectionArn() {
    return getAtt("VpcIngressConnectionArn");
  }

  /**
   * Specifications for the customer’s VPC and related PrivateLink VPC endpoint that are used to
   * associate with the VPC Ingress Connection resource.
   *
   * <p>Property type {@code AWS::AppRunner::VpcIngressConnection.IngressVpcConfiguration}.
   */
  public static final class IngressVpcConfiguration extends Struct<IngressVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::VpcIngressConnection.IngressVpcConfiguration")
        .required("VpcEndpointId", "VpcId")
        .constrain("VpcEndpointId", Constraint.of().minLength(0).maxLength(51200))
        .constrain("VpcId", Constraint.of().minLength(0).maxLength(51200).format("AWS::EC2::VPC.Id"))
        .build();

    public IngressVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the VPC endpoint that your App Runner service connects to.
     *
     * <p>Required. Length: 0 to 51200 characters. CloudFormation property {@code VpcEndpointId}.
     */
    public IngressVpcConfiguration vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public IngressVpcConfiguration vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }

    /**
     * The ID of the VPC that is used for the VPC endpoint.
     *
     * <p>Required. Length: 0 to 51200 characters. Format: {@code AWS::EC2::VPC.Id}. CloudFormation
     * property {@code VpcId}.
     */
    public IngressVpcConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public IngressVpcConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
