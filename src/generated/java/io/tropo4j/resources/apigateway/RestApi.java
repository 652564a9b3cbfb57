// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPCEndpoint;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGateway::RestApi</code> resource creates a REST API. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRestApi.html">restapi:create</a>
 * in the <em>Amazon API Gateway REST API Reference</em> .
 *
 * <p>On January 1, 2016, the Swagger Specification was donated to the <a
 * href="https://docs.aws.amazon.com/https://www.openapis.org/">OpenAPI initiative</a> , becoming
 * the foundation of the OpenAPI Specification.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::RestApi}.
 */
public final class RestApi extends Resource<RestApi> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::RestApi")
      .references("CloneFrom", "AWS::ApiGateway::RestApi.Ref")
      .refYields("RestApiId")
      .attributes("RestApiId", "RootResourceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RestApi(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The source of the API key for metering requests according to a usage plan. Valid values are:
   * <code>HEADER</code> to read the API key from the <code>X-API-Key</code> header of a request.
   * <code>AUTHORIZER</code> to read the API key from the <code>UsageIdentifierKey</code> from a
   * custom authorizer.
   *
   * <p>CloudFormation property {@code ApiKeySourceType}.
   */
  public RestApi apiKeySourceType(String value) {
    return set("ApiKeySourceType", Value.of(value));
  }

  /** Sets {@code ApiKeySourceType} to this value; see {@link #apiKeySourceType(String)}. */
  public RestApi apiKeySourceType(Value<String> value) {
    return set("ApiKeySourceType", value);
  }

  /**
   * The list of binary media types supported by the RestApi. By default, the RestApi supports only
   * UTF-8-encoded text payloads.
   *
   * <p>CloudFormation property {@code BinaryMediaTypes}.
   */
  public RestApi binaryMediaTypes(List<String> value) {
    return set("BinaryMediaTypes", Value.listOf(value));
  }

  /** Sets {@code BinaryMediaTypes} to this value; see {@link #binaryMediaTypes(List)}. */
  public RestApi binaryMediaTypes(Value<List<String>> value) {
    return set("BinaryMediaTypes", value);
  }

  /**
   * An OpenAPI specification that defines a set of RESTful APIs in JSON format. For YAML templates,
   * you can also provide the specification in YAML format.
   *
   * <p>CloudFormation property {@code Body}.
   */
  public RestApi body(String value) {
    return set("Body", Value.of(value));
  }

  /** Sets {@code Body} to this value; see {@link #body(String)}. */
  public RestApi body(Value<String> value) {
    return set("Body", value);
  }

  /** Sets {@code Body} to this value; see {@link #body(String)}. */
  public RestApi body(Json value) {
    return set("Body", value);
  }

  /**
   * The Amazon Simple Storage Service (Amazon S3) location that points to an OpenAPI file, which
   * defines a set of RESTful APIs in JSON or YAML format.
   *
   * <p>CloudFormation property {@code BodyS3Location}.
   */
  public RestApi bodyS3Location(Value<S3Location> value) {
    return set("BodyS3Location", value);
  }

  /**
   * Sets {@code BodyS3Location} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #bodyS3Location(Value)}.
   */
  public RestApi bodyS3Location(Asset asset) {
    return set("BodyS3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * The ID of the RestApi that you want to clone from.
   *
   * <p>CloudFormation property {@code CloneFrom}.
   */
  public RestApi cloneFrom(String value) {
    return set("CloneFrom", Value.of(value));
  }

  /** Sets {@code CloneFrom} to this value; see {@link #cloneFrom(String)}. */
  public RestApi cloneFrom(Value<String> value) {
    return set("CloneFrom", value);
  }

  /**
   * Sets {@code CloneFrom} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #cloneFrom(String)}.
   */
  public RestApi cloneFrom(RestApi resource) {
    return set("CloneFrom", resource.ref());
  }

  /**
   * The description of the RestApi.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public RestApi description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RestApi description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies whether clients can invoke your API by using the default <code>execute-api</code>
   * endpoint. By default, clients can invoke your API with the default
   * <code>https://{api_id}.execute-api.{region}.amazonaws.com</code> endpoint. To require that
   * clients use a custom domain name to invoke your API, disable the default endpoint
   *
   * <p>CloudFormation property {@code DisableExecuteApiEndpoint}.
   */
  public RestApi disableExecuteApiEndpoint(boolean value) {
    return set("DisableExecuteApiEndpoint", Value.of(value));
  }

  /**
   * Sets {@code DisableExecuteApiEndpoint} to this value; see {@link
   * #disableExecuteApiEndpoint(boolean)}.
   */
  public RestApi disableExecuteApiEndpoint(Value<Boolean> value) {
    return set("DisableExecuteApiEndpoint", value);
  }

  /**
   * The endpoint access mode for your RestApi.
   *
   * <p>CloudFormation property {@code EndpointAccessMode}.
   */
  public RestApi endpointAccessMode(String value) {
    return set("EndpointAccessMode", Value.of(value));
  }

  /** Sets {@code EndpointAccessMode} to this value; see {@link #endpointAccessMode(String)}. */
  public RestApi endpointAccessMode(Value<String> value) {
    return set("EndpointAccessMode", value);
  }

  /**
   * A list of the endpoint types and IP address types of the API. Use this property when creating
   * an API. When importing an existing API, specify the endpoint configuration types using the
   * <code>Parameters</code> property.
   *
   * <p>CloudFormation property {@code EndpointConfiguration}.
   */
  public RestApi endpointConfiguration(Value<EndpointConfiguration> value) {
    return set("EndpointConfiguration", value);
  }

  /**
   * A query parameter to indicate whether to rollback the API update ( <code>true</code> ) or not (
   * <code>false</code> ) when a warning is encountered. The default value is <code>false</code> .
   *
   * <p>CloudFormation property {@code FailOnWarnings}.
   */
  public RestApi failOnWarnings(boolean value) {
    return set("FailOnWarnings", Value.of(value));
  }

  /** Sets {@code FailOnWarnings} to this value; see {@link #failOnWarnings(boolean)}. */
  public RestApi failOnWarnings(Value<Boolean> value) {
    return set("FailOnWarnings", value);
  }

  /**
   * A nullable integer that is used to enable compression (with non-negative between 0 and 10485760
   * (10M) bytes, inclusive) or disable compression (with a null value) on an API. When compression
   * is enabled, compression or decompression is not applied on the payload if the payload size is
   * smaller than this value. Setting it to zero allows compression for any payload size.
   *
   * <p>CloudFormation property {@code MinimumCompressionSize}.
   */
  public RestApi minimumCompressionSize(int value) {
    return set("MinimumCompressionSize", Value.of(value));
  }

  /**
   * Sets {@code MinimumCompressionSize} to this value; see {@link #minimumCompressionSize(int)}.
   */
  public RestApi minimumCompressionSize(Value<Integer> value) {
    return set("MinimumCompressionSize", value);
  }

  /**
   * This property applies only when you use OpenAPI to define your REST API. The <code>Mode</code>
   * determines how API Gateway handles resource updates.
   *
   * <p>Valid values are <code>overwrite</code> or <code>merge</code> .
   *
   * <p>For <code>overwrite</code> , the new API definition replaces the existing one. The existing
   * API identifier remains unchanged.
   *
   * <p>For <code>merge</code> , the new API definition is merged with the existing API.
   *
   * <p>If you don't specify this property, a default value is chosen. For REST APIs created before
   * March 29, 2021, the default is <code>overwrite</code> . For REST APIs created after March 29,
   * 2021, the new API definition takes precedence, but any container types such as endpoint
   * configurations and binary media types are merged with the existing API.
   *
   * <p>Use the default mode to define top-level <code>RestApi</code> properties in addition to
   * using OpenAPI. Generally, it's preferred to use API Gateway's OpenAPI extensions to model these
   * properties.
   *
   * <p>CloudFormation property {@code Mode}.
   */
  public RestApi mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public RestApi mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The name of the RestApi. A name is required if the REST API is not based on an OpenAPI
   * specification.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public RestApi name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RestApi name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Custom header parameters as part of the request. For example, to exclude DocumentationParts
   * from an imported API, set <code>ignore=documentation</code> as a <code>parameters</code> value,
   * as in the AWS CLI command of <code>aws apigateway import-rest-api --parameters
   * ignore=documentation --body 'file:///path/to/imported-api-body.json'</code> .
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public RestApi parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public RestApi parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /**
   * A policy document that contains the permissions for the <code>RestApi</code> resource. To set
   * the ARN for the policy, use the <code>!Join</code> intrinsic function with <code>""</code> as
   * delimiter and values of <code>"execute-api:/"</code> and <code>"*"</code> .
   *
   * <p>CloudFormation property {@code Policy}.
   */
  public RestApi policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public RestApi policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public RestApi policy(Json value) {
    return set("Policy", value);
  }

  /**
   * The Transport Layer Security (TLS) version + cipher suite for this RestApi.
   *
   * <p>CloudFormation property {@code SecurityPolicy}.
   */
  public RestApi securityPolicy(String value) {
    return set("SecurityPolicy", Value.of(value));
  }

  /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
  public RestApi securityPolicy(Value<String> value) {
    return set("SecurityPolicy", value);
  }

  /**
   * The key-value map of strings. The valid character set is [a-zA-Z+-=._:/]. The tag key can be up
   * to 128 characters and must not start with <code>aws:</code> . The tag value can be up to 256
   * characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RestApi tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RestApi tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RestApi tags(Tags tags) {
    return set("Tags", tags);
  }

  /** CloudFormation property {@code Version}. */
  public RestApi version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public RestApi version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RestApiId}.
   */
  public Value<String> restApiId() {
    return getAtt("RestApiId");
  }

  /**
   * The root resource ID for a <code>RestApi</code> resource, such as <code>a0bc123d4e</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RootResourceId}.
   */
  public Value<String> rootResourceId() {
    return getAtt("RootResourceId");
  }

  /**
   * The <code>EndpointConfiguration</code> property type specifies the endpoint types and IP
   * address types of a REST API.
   *
   * <p><code>EndpointConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html">AWS::ApiGateway::RestApi</a>
   * resource.
   *
   * <p>Property type {@code AWS::ApiGateway::RestApi.EndpointConfiguration}.
   */
  public static final class EndpointConfiguration extends Struct<EndpointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::RestApi.EndpointConfiguration")
        .references("VpcEndpointIds", "AWS::EC2::VPCEndpoint.Ref")
        .build();

    public EndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IP address types that can invoke an API (RestApi). Use <code>ipv4</code> to allow only
     * IPv4 addresses to invoke an API, or use <code>dualstack</code> to allow both IPv4 and IPv6
     * addresses to invoke an API. For the <code>PRIVATE</code> endpoint type, only
     * <code>dualstack</code> is supported.
     *
     * <p>CloudFormation property {@code IpAddressType}.
     */
    public EndpointConfiguration ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public EndpointConfiguration ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * A list of endpoint types of an API (RestApi) or its custom domain name (DomainName). For an
     * edge-optimized API and its custom domain name, the endpoint type is <code>"EDGE"</code> . For
     * a regional API and its custom domain name, the endpoint type is <code>REGIONAL</code> . For a
     * private API, the endpoint type is <code>PRIVATE</code> .
     *
     * <p>CloudFormation property {@code Types}.
     */
    public EndpointConfiguration types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public EndpointConfiguration types(Value<List<String>> value) {
      return set("Types", value);
    }

    /**
     * A list of VpcEndpointIds of an API (RestApi) against which to create Route53 ALIASes. It is
     * only supported for <code>PRIVATE</code> endpoint type.
     *
     * <p>CloudFormation property {@code VpcEndpointIds}.
     */
    public EndpointConfiguration vpcEndpointIds(List<String> value) {
      return set("VpcEndpointIds", Value.listOf(value));
    }

    /** Sets {@code VpcEndpointIds} to this value; see {@link #vpcEndpointIds(List)}. */
    public EndpointConfiguration vpcEndpointIds(Value<List<String>> value) {
      return set("VpcEndpointIds", value);
    }

    /**
     * Sets {@code VpcEndpointIds} to the Ref of each {@code AWS::EC2::VPCEndpoint}; see {@link
     * #vpcEndpointIds(List)}.
     */
    public EndpointConfiguration vpcEndpointIds(VPCEndpoint... resources) {
      return set("VpcEndpointIds", Value.refs(resources));
    }
  }

  /**
   * <code>S3Location</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html">AWS::ApiGateway::RestApi</a>
   * resource that specifies the Amazon S3 location of a OpenAPI (formerly Swagger) file that
   * defines a set of RESTful APIs in JSON or YAML.
   *
   * <p>On January 1, 2016, the Swagger Specification was donated to the <a
   * href="https://docs.aws.amazon.com/https://www.openapis.org/">OpenAPI initiative</a> , becoming
   * the foundation of the OpenAPI Specification.
   *
   * <p>Property type {@code AWS::ApiGateway::RestApi.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::RestApi.S3Location")
        .references("Bucket", "AWS::S3::Bucket.Ref")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where the OpenAPI file is stored.
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Sets {@code Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #bucket(String)}. */
    public S3Location bucket(Bucket resource) {
      return set("Bucket", resource.ref());
    }

    /**
     * The Amazon S3 ETag (a file checksum) of the OpenAPI file. If you don't specify a value, API
     * Gateway skips ETag validation of your OpenAPI file.
     *
     * <p>CloudFormation property {@code ETag}.
     */
    public S3Location eTag(String value) {
      return set("ETag", Value.of(value));
    }

    /** Sets {@code ETag} to this value; see {@link #eTag(String)}. */
    public S3Location eTag(Value<String> value) {
      return set("ETag", value);
    }

    /**
     * The file name of the OpenAPI file (Amazon S3 object name).
     *
     * <p>CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * For versioning-enabled buckets, a specific version of the OpenAPI file.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public S3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public S3Location version(Value<String> value) {
      return set("Version", value);
    }
  }
}
