// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resourceexplorer2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Turns on Resource Explorer in the AWS Region in which you called this operation by creating an
 * index. Resource Explorer begins discovering the resources in this Region and stores the details
 * about the resources in the index so that they can be queried by using the <a
 * href="https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_Search.html">Search</a>
 * operation.
 *
 * <p>You can create either a local index that returns search results from only the AWS Region in
 * which the index exists, or you can create an aggregator index that returns search results from
 * all AWS Regions in the AWS account .
 *
 * <p>For more details about what happens when you turn on Resource Explorer in an AWS Region , see
 * <a
 * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/manage-service-activate.html">Turning
 * on Resource Explorer to index your resources in an AWS Region</a> in the <em>AWS Resource
 * Explorer User Guide.</em>
 *
 * <p>If this is the first AWS Region in which you've created an index for Resource Explorer, this
 * operation also creates a service-linked role in your AWS account that allows Resource Explorer to
 * search for your resources and populate the index.
 *
 * <p>CloudFormation type {@code AWS::ResourceExplorer2::Index}.
 */
public final class Index extends Resource<Index> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResourceExplorer2::Index")
      .required("Type")
      .allowed("Type", "LOCAL", "AGGREGATOR")
      .refYields("Arn")
      .attributes("Arn", "IndexState")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Index(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The specified tags are attached to only the index created in this AWS Region . The tags don't
   * attach to any of the resources listed in the index.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Index tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Index tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Index tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Specifies the type of the index in this Region. For information about the aggregator index and
   * how it differs from a local index, see <a
   * href="https://docs.aws.amazon.com/resource-explorer/latest/userguide/manage-aggregator-region.html">Turning
   * on cross-Region search by creating an aggregator index</a> in the <em>AWS Resource Explorer
   * User Guide.</em> .
   *
   * <p>Required. Allowed values: {@code LOCAL}, {@code AGGREGATOR}. CloudFormation property {@code
   * Type}.
   */
  public Index typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Index typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN of the new index for the AWS Region . For example:
   *
   * <p><code>arn:aws:resource-explorer-2:us-east-1:123456789012:index/EXAMPLE8-90ab-cdef-fedc-EXAMPLE22222</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates the current state of the index. For example:
   *
   * <p><code>CREATING</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code IndexState}.
   */
  public Value<String> indexState() {
    return getAtt("IndexState");
  }
}
