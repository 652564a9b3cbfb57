// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicediscovery;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an HTTP namespace. Service instances registered using an HTTP namespace can be discovered
 * using a <code>DiscoverInstances</code> request but can't be discovered using DNS.
 *
 * <p>For the current quota on the number of namespaces that you can create using the same AWS
 * account , see <a href="https://docs.aws.amazon.com/cloud-map/latest/dg/cloud-map-limits.html">AWS
 * Cloud Map quotas</a> in the <em>AWS Cloud Map Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ServiceDiscovery::HttpNamespace}.
 */
public final class HttpNamespace extends Resource<HttpNamespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::HttpNamespace")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^(?!arn:)[!-~]{1,1024}$").minLength(1).maxLength(1024))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public HttpNamespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the namespace.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public HttpNamespace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public HttpNamespace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name that you want to assign to this namespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^(?!arn:)[!-~]{1,1024}$}. CloudFormation property {@code Name}.
   */
  public HttpNamespace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public HttpNamespace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags for the namespace. Each tag consists of a key and an optional value, both of which you
   * define. Tag keys can have a maximum character length of 128 characters, and tag values can have
   * a maximum length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public HttpNamespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public HttpNamespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public HttpNamespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the namespace, such as
   * <code>arn:aws:service-discovery:us-east-1:123456789012:http-namespace/http-namespace-a1bzhi</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
