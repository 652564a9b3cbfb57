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
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * AWS Migration Hub is no longer open to new customers as of November 7, 2025. For capabilities
 * similar to AWS Migration Hub , explore <a
 * href="https://docs.aws.amazon.com/https://aws.amazon.com/transform">AWS Migration Hub</a> .
 *
 * <p>Creates an AWS Migration Hub Refactor Spaces service. The account owner of the service is
 * always the environment owner, regardless of which account in the environment creates the service.
 * Services have either a URL endpoint in a virtual private cloud (VPC), or a Lambda function
 * endpoint.
 *
 * <p>If an AWS resource is launched in a service VPC, and you want it to be accessible to all of an
 * environment’s services with VPCs and routes, apply the <code>RefactorSpacesSecurityGroup</code>
 * to the resource. Alternatively, to add more cross-account constraints, apply your own security
 * group.
 *
 * <p>CloudFormation type {@code AWS::RefactorSpaces::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Service")
      .required("ApplicationIdentifier", "EndpointType", "EnvironmentIdentifier", "Name")
      .constrain("ApplicationIdentifier", Constraint.of().pattern("^app-([0-9A-Za-z]{10}$)").minLength(14).maxLength(14))
      .references("ApplicationIdentifier", "AWS::RefactorSpaces::Application.ApplicationIdentifier")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9-_\\s\\.\\!\\*\\#\\@\\']+$").minLength(1).maxLength(256))
      .allowed("EndpointType", "LAMBDA", "URL")
      .constrain("EnvironmentIdentifier", Constraint.of().pattern("^env-([0-9A-Za-z]{10}$)").minLength(14).maxLength(14))
      .references("EnvironmentIdentifier", "AWS::RefactorSpaces::Environment.Ref")
      .constrain("Name", Constraint.of().pattern("^(?!svc-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$").minLength(3).maxLength(63))
      .constrain("VpcId", Constraint.of().pattern("^vpc-[-a-f0-9]{8}([-a-f0-9]{9})?$").minLength(12).maxLength(21).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .attributes("Arn", "ServiceIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 14 to 14 characters. Pattern: {@code
   * ^app-([0-9A-Za-z]{10}$)}. CloudFormation property {@code ApplicationIdentifier}.
   */
  public Service applicationIdentifier(String value) {
    return set("ApplicationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ApplicationIdentifier} to this value; see {@link #applicationIdentifier(String)}.
   */
  public Service applicationIdentifier(Value<String> value) {
    return set("ApplicationIdentifier", value);
  }

  /**
   * Sets {@code ApplicationIdentifier} to the ApplicationIdentifier of {@code
   * AWS::RefactorSpaces::Application}; see {@link #applicationIdentifier(String)}.
   */
  public Service applicationIdentifier(Application resource) {
    return set("ApplicationIdentifier", resource.applicationIdentifier());
  }

  /**
   * A description of the service.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_&#92;s&#92;.&#92;!&#92;*&#92;#&#92;&#64;&#92;']+$}. CloudFormation property {@code
   * Description}.
   */
  public Service description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Service description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The endpoint type of the service.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code LAMBDA}, {@code URL}.
   * CloudFormation property {@code EndpointType}.
   */
  public Service endpointType(String value) {
    return set("EndpointType", Value.of(value));
  }

  /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
  public Service endpointType(Value<String> value) {
    return set("EndpointType", value);
  }

  /**
   * The unique identifier of the environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 14 to 14 characters. Pattern: {@code
   * ^env-([0-9A-Za-z]{10}$)}. CloudFormation property {@code EnvironmentIdentifier}.
   */
  public Service environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public Service environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * Sets {@code EnvironmentIdentifier} to the Ref of {@code AWS::RefactorSpaces::Environment}; see
   * {@link #environmentIdentifier(String)}.
   */
  public Service environmentIdentifier(Environment resource) {
    return set("EnvironmentIdentifier", resource.ref());
  }

  /**
   * A summary of the configuration for the AWS Lambda endpoint type.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LambdaEndpoint}.
   */
  public Service lambdaEndpoint(Value<LambdaEndpointInput> value) {
    return set("LambdaEndpoint", value);
  }

  /**
   * The name of the service.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^(?!svc-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$}. CloudFormation property {@code Name}.
   */
  public Service name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Service name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags assigned to the service.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Service tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Service tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Service tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The summary of the configuration for the URL endpoint type.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UrlEndpoint}.
   */
  public Service urlEndpoint(Value<UrlEndpointInput> value) {
    return set("UrlEndpoint", value);
  }

  /**
   * The ID of the virtual private cloud (VPC).
   *
   * <p>Changing it replaces the resource. Length: 12 to 21 characters. Pattern: {@code
   * ^vpc-[-a-f0-9]{8}([-a-f0-9]{9})?$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public Service vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Service vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public Service vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceIdentifier}.
   */
  public Value<String> serviceIdentifier() {
    return getAtt("ServiceIdentifier");
  }

  /**
   * The input for the AWS Lambda endpoint type.
   *
   * <p>Property type {@code AWS::RefactorSpaces::Service.LambdaEndpointInput}.
   */
  public static final class LambdaEndpointInput extends Struct<LambdaEndpointInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Service.LambdaEndpointInput")
        .required("Arn")
        .constrain("Arn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").minLength(1).maxLength(2048))
        .references("Arn", "AWS::Lambda::Function.Arn")
        .build();

    public LambdaEndpointInput() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lambda function or alias.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:function:[a-zA-Z0-9-_]+(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
     * CloudFormation property {@code Arn}.
     */
    public LambdaEndpointInput arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public LambdaEndpointInput arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::Lambda::Function}; see {@link #arn(String)}. */
    public LambdaEndpointInput arn(Function resource) {
      return set("Arn", resource.arn());
    }
  }

  /**
   * The configuration for the URL endpoint type.
   *
   * <p>Property type {@code AWS::RefactorSpaces::Service.UrlEndpointInput}.
   */
  public static final class UrlEndpointInput extends Struct<UrlEndpointInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::RefactorSpaces::Service.UrlEndpointInput")
        .required("Url")
        .constrain("HealthUrl", Constraint.of().pattern("^https?://[-a-zA-Z0-9+\\x38@#/%?=~_|!:,.;]*[-a-zA-Z0-9+\\x38@#/%=~_|]$").minLength(1).maxLength(2048))
        .constrain("Url", Constraint.of().pattern("^https?://[-a-zA-Z0-9+\\x38@#/%?=~_|!:,.;]*[-a-zA-Z0-9+\\x38@#/%=~_|]$").minLength(1).maxLength(2048))
        .build();

    public UrlEndpointInput() {
      super(SCHEMA);
    }

    /**
     * The health check URL of the URL endpoint type. If the URL is a public endpoint, the
     * <code>HealthUrl</code> must also be a public endpoint. If the URL is a private endpoint
     * inside a virtual private cloud (VPC), the health URL must also be a private endpoint, and the
     * host must be the same as the URL.
     *
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
     * ^https?://[-a-zA-Z0-9+&#92;x38&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&#92;x38&#64;#/%=~_|]$}.
     * CloudFormation property {@code HealthUrl}.
     */
    public UrlEndpointInput healthUrl(String value) {
      return set("HealthUrl", Value.of(value));
    }

    /** Sets {@code HealthUrl} to this value; see {@link #healthUrl(String)}. */
    public UrlEndpointInput healthUrl(Value<String> value) {
      return set("HealthUrl", value);
    }

    /**
     * The URL to route traffic to. The URL must be an <a
     * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc3986">rfc3986-formatted
     * URL</a> . If the host is a domain name, the name must be resolvable over the public internet.
     * If the scheme is <code>https</code> , the top level domain of the host must be listed in the
     * <a href="https://docs.aws.amazon.com/https://www.iana.org/domains/root/db">IANA root zone
     * database</a> .
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
     * ^https?://[-a-zA-Z0-9+&#92;x38&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&#92;x38&#64;#/%=~_|]$}.
     * CloudFormation property {@code Url}.
     */
    public UrlEndpointInput url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public UrlEndpointInput url(Value<String> value) {
      return set("Url", value);
    }
  }
}
